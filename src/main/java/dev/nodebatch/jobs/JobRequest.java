package dev.nodebatch.jobs;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.nodebatch.azure.batch.AzureBatchNodesReimageInput;
import dev.nodebatch.huawei.modelarts.ModelArtsNodesUpdateInput;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One job of a {@code job-status} input: the service that runs it, its id as an earlier result gave it, and where
 * the service needs one, the job's own scope (a node's pool). Which scope fields a job must give, and the exact
 * shape of its id, are its service's to say ({@link JobStatusService}).
 */
@RegisterForReflection
public class JobRequest {

    public static final String POOL_NAME = "poolName";
    public static final String BATCH_URL = "batchUrl";
    public static final String POOL_ID = "poolId";

    @NotNull(message = "is required")
    public String service;

    /** Ids go into URLs: each service checks that an id has its ids' shape ({@link JobStatusService#check}). */
    @NotNull(message = "is required")
    public String jobId;

    /** A ModelArts node's pool ({@code metadata.name}). */
    @Pattern(regexp = ModelArtsNodesUpdateInput.POOL_NAME, message = "must be a pool's metadata.name: 36 to 63"
            + " lower-case letters, digits and hyphens, starting with a letter and not ending with a hyphen")
    public String poolName;

    /** An Azure Batch node's account endpoint; whether it may be called is its service's check. */
    @Size(max = 2048, message = "must be at most 2048 characters")
    public String batchUrl;

    /** An Azure Batch node's pool. */
    @Pattern(regexp = AzureBatchNodesReimageInput.POOL_ID,
            message = "must be a Batch pool id (letters, digits, '-' and '_', at most 64)")
    public String poolId;

    /** The scope fields this job gives, by name: jobs with the same service and scope are read together. */
    Map<String, String> scope() {
        Map<String, String> scope = new LinkedHashMap<>();
        if (poolName != null) {
            scope.put(POOL_NAME, poolName);
        }
        if (batchUrl != null) {
            scope.put(BATCH_URL, batchUrl);
        }
        if (poolId != null) {
            scope.put(POOL_ID, poolId);
        }
        return scope;
    }
}
