package dev.nodebatch.huawei.dcs;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.nodebatch.batch.JobFollower;
import dev.nodebatch.batch.ProviderCallGuard;
import dev.nodebatch.huawei.HuaweiEndpoints;
import dev.nodebatch.huawei.HuaweiRestClients;
import dev.nodebatch.jobs.JobRequest;
import dev.nodebatch.jobs.JobStatusInput;
import dev.nodebatch.jobs.JobStatusService;

/** DCS jobs for {@code job-status}, e.g. a node start/stop's. */
@ApplicationScoped
public class DcsJobStatus implements JobStatusService {

    private final HuaweiEndpoints endpoints;
    private final HuaweiRestClients clients;
    private final ProviderCallGuard guard;

    public DcsJobStatus(HuaweiEndpoints endpoints, HuaweiRestClients clients, ProviderCallGuard guard) {
        this.endpoints = endpoints;
        this.clients = clients;
        this.guard = guard;
    }

    @Override
    public String name() {
        return "dcs";
    }

    @Override
    public Optional<String> scopeProblem(JobStatusInput input) {
        return HuaweiEndpoints.regionProblem(DcsNodesStartStop.SERVICE, input.cloud, input.region);
    }

    @Override
    public JobFollower follower(JobStatusInput input, JobRequest job) {
        return new DcsJobFollower(clients, guard,
                endpoints.resolve(DcsNodesStartStop.SERVICE, input.cloudOrDefault(), input.region), input.projectId);
    }
}
