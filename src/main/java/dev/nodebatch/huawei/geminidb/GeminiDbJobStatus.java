package dev.nodebatch.huawei.geminidb;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.nodebatch.batch.JobFollower;
import dev.nodebatch.batch.ProviderCallGuard;
import dev.nodebatch.huawei.HuaweiEndpoints;
import dev.nodebatch.huawei.HuaweiRestClients;
import dev.nodebatch.jobs.JobRequest;
import dev.nodebatch.jobs.JobStatusInput;
import dev.nodebatch.jobs.JobStatusService;

/** GeminiDB (GaussDB NoSQL) jobs for {@code job-status}, e.g. a patch's. */
@ApplicationScoped
public class GeminiDbJobStatus implements JobStatusService {

    private final HuaweiEndpoints endpoints;
    private final HuaweiRestClients clients;
    private final ProviderCallGuard guard;

    public GeminiDbJobStatus(HuaweiEndpoints endpoints, HuaweiRestClients clients, ProviderCallGuard guard) {
        this.endpoints = endpoints;
        this.clients = clients;
        this.guard = guard;
    }

    @Override
    public String name() {
        return "geminidb";
    }

    @Override
    public Optional<String> scopeProblem(JobStatusInput input) {
        return HuaweiEndpoints.regionProblem(GeminiDbPatch.SERVICE, input.cloud, input.region);
    }

    @Override
    public JobFollower follower(JobStatusInput input, JobRequest job) {
        return new GeminiDbJobFollower(clients, guard,
                endpoints.resolve(GeminiDbPatch.SERVICE, input.cloudOrDefault(), input.region), input.projectId);
    }
}
