package dev.nodebatch.huawei.modelarts;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.nodebatch.huawei.HuaweiInput;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Input of {@code huawei-modelarts-nodes-update}. */
@RegisterForReflection
public class ModelArtsNodesUpdateInput extends HuaweiInput {

    /** The SDK's rule for a pool's {@code metadata.name}: a lower-case letter first, 36 to 63 characters. */
    public static final String POOL_NAME = "[a-z][a-z0-9-]{34,61}[a-z0-9]";
    /** A Kubernetes object name (RFC 1123 subdomain): dot-separated labels of [a-z0-9-], alphanumeric at both ends. */
    public static final String NODE_NAME = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";

    @NotNull(message = "is required")
    @Pattern(regexp = POOL_NAME, message = "must be a pool's metadata.name: 36 to 63 lower-case letters, digits and"
            + " hyphens, starting with a letter and not ending with a hyphen")
    public String poolName;

    @NotNull(message = "is required")
    @Size(min = 1, message = "must list at least one node")
    public List<@NotNull(message = "must be a node name") @Size(max = 253, message = "must be at most 253 characters")
            @Pattern(regexp = NODE_NAME, message = "must be a Kubernetes node name: lower-case letters, digits, '-'"
                    + " and '.', starting and ending with a letter or digit") String> nodeNames;

    @NotNull(message = "is required: openHaRedundant or closeHaRedundant")
    public HaRedundancyAction action;

    /** Only with {@code openHaRedundant}; {@code NoSchedule} when left out. */
    public HaRedundantEffect haRedundantEffect;


    HaRedundantEffect effectOrDefault() {
        if (action != HaRedundancyAction.OPEN_HA_REDUNDANT) {
            return null;
        }
        return haRedundantEffect == null ? HaRedundantEffect.NO_SCHEDULE : haRedundantEffect;
    }
}
