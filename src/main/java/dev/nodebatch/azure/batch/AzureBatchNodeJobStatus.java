package dev.nodebatch.azure.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.nodebatch.azure.BatchAccountUrls;
import dev.nodebatch.batch.InputViolation;
import dev.nodebatch.batch.JobFollower;
import dev.nodebatch.jobs.JobRequest;
import dev.nodebatch.jobs.JobStatusInput;
import dev.nodebatch.jobs.JobStatusService;

/**
 * Azure Batch compute nodes for {@code job-status}, e.g. after {@code azure-batch-nodes-reimage}: the "job" is a
 * node, its id the node id, and its scope the account and pool ({@code batchUrl}, {@code poolId}); its state is
 * judged by the official reimage poller's rules ({@link AzureNodeFollower}). Needs no Huawei region or project.
 */
@ApplicationScoped
public class AzureBatchNodeJobStatus implements JobStatusService {

    private final BatchAccountUrls accountUrls;
    private final AzureNodeFollowers followers;

    public AzureBatchNodeJobStatus(BatchAccountUrls accountUrls, AzureNodeFollowers followers) {
        this.accountUrls = accountUrls;
        this.followers = followers;
    }

    @Override
    public String name() {
        return "azure-batch-node";
    }

    @Override
    public boolean inHuaweiProject() {
        return false;
    }

    @Override
    public Set<String> scopeFields() {
        return Set.of(JobRequest.BATCH_URL, JobRequest.POOL_ID);
    }

    @Override
    public boolean readsWholeScope() {
        return true;
    }

    @Override
    public List<InputViolation> check(JobRequest job, String path) {
        List<InputViolation> violations = new ArrayList<>();
        if (job.jobId != null && !job.jobId.matches(AzureBatchNodesReimageInput.NODE_ID)) {
            violations.add(new InputViolation(path + ".jobId",
                    "must be a Batch node id (letters, digits, '-' and '_', at most 128)"));
        }
        if (job.batchUrl != null) {
            accountUrls.refusal(job.batchUrl)
                    .ifPresent(refusal -> violations.add(new InputViolation(path + ".batchUrl", refusal)));
        }
        return violations;
    }

    @Override
    public JobFollower follower(JobStatusInput input, JobRequest job) {
        return followers.forPool(accountUrls.accept(job.batchUrl)
                .orElseThrow(() -> new IllegalStateException("batchUrl was accepted by check()")), job.poolId);
    }
}
