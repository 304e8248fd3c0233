package dev.nodebatch.jobs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import dev.nodebatch.batch.BatchOperation;
import dev.nodebatch.batch.Chunk;
import dev.nodebatch.batch.ChunkCall;
import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.InputViolation;
import dev.nodebatch.batch.JobFollower;
import dev.nodebatch.batch.Observation;
import dev.nodebatch.batch.ProviderError;
import dev.nodebatch.batch.TargetOutcome;
import dev.nodebatch.batch.TargetStatus;
import dev.nodebatch.batch.Waiter;
import dev.nodebatch.huawei.HuaweiConfig;

/**
 * {@code job-status}: looks up jobs that earlier invocations submitted, one target per job (its id is the job id):
 * still running → SUBMITTED, done → SUCCEEDED, failed → FAILED, and UNKNOWN when the job could not be read. With
 * {@code wait} the jobs still running are followed like a submitting function's. The services are the
 * {@link JobStatusService} beans: DCS and GeminiDB jobs, read one by one, and ModelArts and Azure Batch nodes, whose
 * jobs are the nodes (the id is the node's) read pool by pool.
 */
@ApplicationScoped
public class JobStatus implements BatchOperation<JobStatusInput, JobRequest> {

    public static final String NAME = "job-status";

    private final Map<String, JobStatusService> services = new TreeMap<>();
    private final HuaweiConfig config;

    public JobStatus(Instance<JobStatusService> services, HuaweiConfig config) {
        services.forEach(service -> this.services.put(service.name(), service));
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<JobStatusInput> inputType() {
        return JobStatusInput.class;
    }

    /**
     * Refused: a service nobody serves, a service out of reach in the input's region, a Huawei service's job without
     * the input's region or project, a job without the scope fields its service needs or with ones it does not use,
     * and a job id listed twice, even in another pool, because the id is the target's.
     */
    @Override
    public List<InputViolation> check(JobStatusInput input) {
        List<InputViolation> violations = new ArrayList<>();
        if (input.jobs == null) {
            return violations;
        }
        List<JobStatusService> listed = input.jobs.stream()
                .filter(job -> job != null && job.service != null && services.containsKey(job.service))
                .map(job -> services.get(job.service)).distinct().toList();
        violations.addAll(projectViolations(input, listed));
        listed.forEach(service -> service.scopeProblem(input).ifPresent(problem ->
                violations.add(new InputViolation("region", problem + " (for " + service.name() + " jobs)"))));
        Map<String, Integer> firstSeen = new HashMap<>();
        for (int i = 0; i < input.jobs.size(); i++) {
            JobRequest job = input.jobs.get(i);
            if (job == null) {
                continue;
            }
            if (job.service != null && !services.containsKey(job.service)) {
                violations.add(new InputViolation("jobs[" + i + "].service",
                        "must be one of " + String.join(", ", services.keySet()) + ", was \"" + job.service + "\""));
            } else if (job.service != null) {
                violations.addAll(jobViolations(services.get(job.service), job, "jobs[" + i + "]"));
            }
            Integer first = job.jobId == null ? null : firstSeen.putIfAbsent(job.jobId, i);
            if (first != null) {
                violations.add(new InputViolation("jobs[" + i + "].jobId",
                        "duplicate of jobs[" + first + "].jobId: list each job once"));
            }
        }
        return violations;
    }

    private static List<InputViolation> projectViolations(JobStatusInput input, List<JobStatusService> listed) {
        List<String> inProject = listed.stream().filter(JobStatusService::inHuaweiProject).map(JobStatusService::name)
                .sorted().toList();
        List<InputViolation> violations = new ArrayList<>();
        if (inProject.isEmpty()) {
            return violations;
        }
        String required = "is required for " + String.join(", ", inProject) + " jobs";
        if (input.region == null) {
            violations.add(new InputViolation("region", required));
        }
        if (input.projectId == null) {
            violations.add(new InputViolation("projectId", required));
        }
        return violations;
    }

    private static List<InputViolation> jobViolations(JobStatusService service, JobRequest job, String path) {
        List<InputViolation> violations = new ArrayList<>();
        Set<String> given = job.scope().keySet();
        service.scopeFields().stream().filter(field -> !given.contains(field)).sorted().forEach(field ->
                violations.add(new InputViolation(path + "." + field, "is required for " + service.name() + " jobs")));
        given.stream().filter(field -> !service.scopeFields().contains(field)).forEach(field ->
                violations.add(new InputViolation(path + "." + field,
                        "is not used by " + service.name() + " jobs: leave it out")));
        violations.addAll(service.check(job, path));
        return violations;
    }

    @Override
    public List<JobRequest> targets(JobStatusInput input) {
        return input.jobs == null ? List.of() : input.jobs;
    }

    @Override
    public String targetId(JobRequest target) {
        return target.jobId;
    }

    /**
     * A chunk per job, except for services whose one read sees a whole scope (a pool's nodes): their jobs of one
     * scope share a chunk, so that the pool is read once.
     */
    @Override
    public List<Chunk<JobRequest>> chunks(List<JobRequest> targets) {
        Map<Object, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            JobRequest job = targets.get(i);
            Object key = services.get(job.service).readsWholeScope() ? JobGroup.of(job) : Integer.valueOf(i);
            positions.computeIfAbsent(key, first -> new ArrayList<>()).add(i);
        }
        return positions.values().stream()
                .map(chunk -> new Chunk<>(chunk, chunk.stream().map(targets::get).toList())).toList();
    }

    @Override
    public int defaultConcurrency() {
        return config.maxConcurrency();
    }

    @Override
    public Map<String, Object> plannedChange(JobRequest target) {
        return Map.of("service", target.service);
    }

    @Override
    public ChunkCall<JobRequest> prepare(JobStatusInput input) {
        JobFollower follower = followerOf(input);
        return (chunk, deadline) -> {
            List<TargetOutcome> pending = chunk.targets().stream().map(JobStatus::underWay).toList();
            Map<String, Observation> seen = follower.observe(pending, deadline);
            return pending.stream().map(outcome -> judged(follower, outcome, seen.get(outcome.id()))).toList();
        };
    }

    @Override
    public Optional<JobFollower> follower(JobStatusInput input) {
        return Optional.of(followerOf(input));
    }

    /** One follower per service and scope, so that each pool is read once however many of its nodes are listed. */
    private ServicesFollower followerOf(JobStatusInput input) {
        Map<String, JobGroup> groupOfJob = new HashMap<>();
        Map<JobGroup, JobFollower> followers = new LinkedHashMap<>();
        for (JobRequest job : input.jobs) {
            JobGroup group = JobGroup.of(job);
            groupOfJob.put(job.jobId, group);
            followers.computeIfAbsent(group, first -> services.get(job.service).follower(input, job));
        }
        return new ServicesFollower(groupOfJob, followers);
    }

    /** A job as the lookup starts from: under way, as the invocation that submitted it left it. */
    private static TargetOutcome underWay(JobRequest job) {
        return new TargetOutcome(job.jobId, TargetStatus.SUBMITTED, null, null, job.jobId, null,
                Map.of("service", job.service), null, null);
    }

    /**
     * A job still running is SUBMITTED with what the read saw; a read that did not tell the job's state leaves it
     * UNKNOWN, with the read's error.
     */
    private static TargetOutcome judged(JobFollower follower, TargetOutcome outcome, Observation observation) {
        TargetOutcome judged = observation == null ? outcome : Waiter.judge(follower, outcome, observation);
        if (judged.status() != TargetStatus.SUBMITTED) {
            return judged;
        }
        if (observation != null && observation.state() != null) {
            return new TargetOutcome(outcome.id(), TargetStatus.SUBMITTED, null, null, outcome.jobId(), null,
                    observation.details(), null, null);
        }
        ProviderError error = observation != null && observation.error() != null ? observation.error()
                : ProviderError.of(ErrorCategory.PROVIDER_ERROR, "NODEBATCH.NOT_OBSERVED",
                        "the job's status could not be read", null);
        return new TargetOutcome(outcome.id(), TargetStatus.UNKNOWN, null, null, null, null, outcome.state(), error,
                null);
    }
}
