package dev.nodebatch.huawei.modelarts;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.nodebatch.batch.BatchInput;
import dev.nodebatch.batch.BatchOptions;
import dev.nodebatch.huawei.HuaweiCloud;
import dev.nodebatch.huawei.HuaweiEndpoints;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Input of {@code huawei-modelarts-nodes-update}. */
@RegisterForReflection
public class ModelArtsNodesUpdateInput implements BatchInput {

    /** The SDK's rule for a pool's {@code metadata.name}: a lower-case letter first, 36 to 63 characters. */
    public static final String POOL_NAME = "[a-z][a-z0-9-]{34,61}[a-z0-9]";
    /** A Kubernetes object name (RFC 1123 subdomain): dot-separated labels of [a-z0-9-], alphanumeric at both ends. */
    public static final String NODE_NAME = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";

    @NotNull(message = "is required")
    @Pattern(regexp = HuaweiEndpoints.REGION_PATTERN, message = "must be a region id such as eu-de or cn-north-4")
    public String region;

    @NotNull(message = "is required")
    @Pattern(regexp = "[0-9a-f]{32}", message = "must be a project id (32 lower-case hex digits)")
    public String projectId;

    /** {@code huaweicloud} (default) or {@code otc}. */
    public HuaweiCloud cloud;

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

    @Valid
    public BatchOptions options;

    @Override
    public BatchOptions options() {
        if (options == null) {
            options = new BatchOptions();
        }
        return options;
    }

    HuaweiCloud cloudOrDefault() {
        return cloud == null ? HuaweiCloud.HUAWEICLOUD : cloud;
    }

    HaRedundantEffect effectOrDefault() {
        if (action != HaRedundancyAction.OPEN_HA_REDUNDANT) {
            return null;
        }
        return haRedundantEffect == null ? HaRedundantEffect.NO_SCHEDULE : haRedundantEffect;
    }
}
