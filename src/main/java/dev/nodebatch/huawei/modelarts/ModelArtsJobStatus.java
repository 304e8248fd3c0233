package dev.nodebatch.huawei.modelarts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.nodebatch.batch.InputViolation;
import dev.nodebatch.batch.JobFollower;
import dev.nodebatch.huawei.HuaweiEndpoints;
import dev.nodebatch.jobs.JobRequest;
import dev.nodebatch.jobs.JobStatusInput;
import dev.nodebatch.jobs.JobStatusService;

/**
 * ModelArts pool nodes for {@code job-status}: the "job" is a node, its id the node's name, and its scope the pool
 * ({@code poolName}); its state is the node's {@code status.phase}, read from the pool's node list.
 */
@ApplicationScoped
public class ModelArtsJobStatus implements JobStatusService {

    private final ModelArtsNodesUpdate nodes;

    public ModelArtsJobStatus(ModelArtsNodesUpdate nodes) {
        this.nodes = nodes;
    }

    @Override
    public String name() {
        return ModelArtsNodesUpdate.SERVICE;
    }

    @Override
    public Optional<String> scopeProblem(JobStatusInput input) {
        return HuaweiEndpoints.regionProblem(ModelArtsNodesUpdate.SERVICE, input.cloud, input.region);
    }

    @Override
    public Set<String> scopeFields() {
        return Set.of(JobRequest.POOL_NAME);
    }

    @Override
    public boolean readsWholeScope() {
        return true;
    }

    @Override
    public List<InputViolation> check(JobRequest job, String path) {
        List<InputViolation> violations = new ArrayList<>();
        if (job.jobId != null && !job.jobId.matches(ModelArtsNodesUpdateInput.NODE_NAME)) {
            violations.add(new InputViolation(path + ".jobId", "must be a Kubernetes node name: lower-case letters,"
                    + " digits, '-' and '.', starting and ending with a letter or digit"));
        }
        return violations;
    }

    @Override
    public JobFollower follower(JobStatusInput input, JobRequest job) {
        return nodes.follower(input.cloud, input.region, input.projectId, job.poolName);
    }
}
