package dev.nodebatch.azure.batch;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.nodebatch.batch.BatchInput;
import dev.nodebatch.batch.BatchOptions;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Input of {@code azure-batch-nodes-reimage}. */
@RegisterForReflection
public class AzureBatchNodesReimageInput implements BatchInput {

    /** Batch ids: letters, digits, hyphens and underscores; pools up to 64 characters. */
    public static final String POOL_ID = "[A-Za-z0-9_-]{1,64}";
    /** Node ids are the service's (e.g. tvm-1234567890_1-20170101t000000z), of the same characters. */
    public static final String NODE_ID = "[A-Za-z0-9_-]{1,128}";

    /** The Batch account endpoint, e.g. {@code https://myaccount.eastus2.batch.azure.com}; checked by the operation. */
    @NotNull(message = "is required")
    @Size(max = 2048, message = "must be at most 2048 characters")
    public String batchUrl;

    @NotNull(message = "is required")
    @Pattern(regexp = POOL_ID, message = "must be a Batch pool id (letters, digits, '-' and '_', at most 64)")
    public String poolId;

    @NotNull(message = "is required")
    @Size(min = 1, message = "must list at least one node")
    public List<@NotNull(message = "must be a node id") @Pattern(regexp = NODE_ID,
            message = "must be a Batch node id (letters, digits, '-' and '_', at most 128)") String> nodeIds;

    /** {@code requeue} (default), {@code terminate}, {@code taskcompletion} or {@code retaineddata}. */
    public NodeReimageOption nodeReimageOption;

    /** Reimage without first reading the pool's node states. */
    public Boolean skipStateCheck;

    @Valid
    public BatchOptions options;

    private List<ReimageTarget> targets;

    @Override
    public BatchOptions options() {
        if (options == null) {
            options = new BatchOptions();
        }
        return options;
    }

    NodeReimageOption optionOrDefault() {
        return nodeReimageOption == null ? NodeReimageOption.REQUEUE : nodeReimageOption;
    }

    boolean checksState() {
        return !Boolean.TRUE.equals(skipStateCheck);
    }

    /** One target per node id, the same objects on every call. */
    synchronized List<ReimageTarget> targets() {
        if (targets == null) {
            targets = nodeIds == null ? List.of() : nodeIds.stream().map(ReimageTarget::new).toList();
        }
        return targets;
    }
}
