package dev.nodebatch.huawei.geminidb;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.BatchOperation;
import dev.nodebatch.batch.CallNotSentException;
import dev.nodebatch.batch.Chunk;
import dev.nodebatch.batch.ChunkCall;
import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.InputViolation;
import dev.nodebatch.batch.JobFollower;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderCallGuard;
import dev.nodebatch.batch.ProviderError;
import dev.nodebatch.batch.SettlingRead;
import dev.nodebatch.batch.TargetOutcome;
import dev.nodebatch.huawei.HuaweiConfig;
import dev.nodebatch.huawei.HuaweiEndpoints;
import dev.nodebatch.huawei.HuaweiRestClients;

/**
 * Patches GeminiDB instances in batches (GaussDB NoSQL v3 db-upgrade). The instance list tells each instance's
 * engine; the patches go out per engine, at most 10 instances a call. A patch starts jobs and is not safe to
 * repeat: throttling is retried, other faults are not; a lost answer is settled by finding the instances' jobs in
 * the job list ({@link LostPatchSearch}).
 */
@ApplicationScoped
public class GeminiDbPatch implements BatchOperation<GeminiDbPatchInput, PatchTarget> {

    public static final String NAME = "huawei-geminidb-patch";
    static final String SERVICE = "gaussdb-nosql";
    // BatchUpgradeDatabaseVersionRequestBody: at most 10 instance ids, all of one engine
    static final int MAX_INSTANCES_PER_CALL = 10;
    // the search for a lost patch's jobs starts this long before the invocation, for clock skew with the provider
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    private final HuaweiEndpoints endpoints;
    private final HuaweiRestClients clients;
    private final ProviderCallGuard guard;
    private final HuaweiConfig config;
    private final ObjectMapper mapper;
    private final Clock clock = Clock.systemUTC();

    public GeminiDbPatch(HuaweiEndpoints endpoints, HuaweiRestClients clients, ProviderCallGuard guard,
            HuaweiConfig config, ObjectMapper mapper) {
        this.endpoints = endpoints;
        this.clients = clients;
        this.guard = guard;
        this.config = config;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<GeminiDbPatchInput> inputType() {
        return GeminiDbPatchInput.class;
    }

    @Override
    public List<InputViolation> check(GeminiDbPatchInput input) {
        List<InputViolation> violations = new ArrayList<>();
        HuaweiEndpoints.regionProblem(SERVICE, input.cloud, input.region)
                .ifPresent(problem -> violations.add(new InputViolation("region", problem)));
        if (input.instanceIds == null) {
            return violations;
        }
        Map<String, Integer> firstSeen = new HashMap<>();
        for (int i = 0; i < input.instanceIds.size(); i++) {
            String id = input.instanceIds.get(i);
            Integer first = id == null ? null : firstSeen.putIfAbsent(id, i);
            if (first != null) {
                violations.add(new InputViolation("instanceIds[" + i + "]",
                        "duplicate of instanceIds[" + first + "]: list each instance once"));
            }
        }
        return violations;
    }

    @Override
    public List<PatchTarget> targets(GeminiDbPatchInput input) {
        return input.instanceIds == null ? List.of()
                : input.instanceIds.stream().map(PatchTarget::of).toList();
    }

    @Override
    public String targetId(PatchTarget target) {
        return target.instanceId();
    }

    /** Without the instance list (a dry run): input order, 10 a call. */
    @Override
    public List<Chunk<PatchTarget>> chunks(List<PatchTarget> targets) {
        return Chunk.consecutive(targets, MAX_INSTANCES_PER_CALL);
    }

    /**
     * Reads each instance's engine, then groups by engine (in order of first appearance) and cuts each group into
     * calls of at most 10. Instances the list does not have, and those whose read failed, form groups of their own
     * that are answered without a patch.
     */
    @Override
    public List<Chunk<PatchTarget>> chunks(GeminiDbPatchInput input, List<PatchTarget> targets, Deadline deadline) {
        List<PatchTarget> resolved;
        try {
            URI endpoint = endpoint(input);
            resolved = new InstanceEngines(clients, guard, clients.client(GeminiDbApi.class, endpoint),
                    clients.endpoint(endpoint), input.projectId).resolve(targets, deadline);
        } catch (ProviderCallException noClient) {
            resolved = targets.stream().map(target -> target.unreadable(noClient)).toList();
        }
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int position = 0; position < resolved.size(); position++) {
            groups.computeIfAbsent(resolved.get(position).group(), group -> new ArrayList<>()).add(position);
        }
        List<Chunk<PatchTarget>> chunks = new ArrayList<>();
        for (List<Integer> positions : groups.values()) {
            for (int from = 0; from < positions.size(); from += MAX_INSTANCES_PER_CALL) {
                List<Integer> part = positions.subList(from, Math.min(positions.size(), from + MAX_INSTANCES_PER_CALL));
                chunks.add(new Chunk<>(part, part.stream().map(resolved::get).toList()));
            }
        }
        return chunks;
    }

    @Override
    public int defaultConcurrency() {
        return config.maxConcurrency();
    }

    @Override
    public Map<String, Object> plannedChange(PatchTarget target) {
        return target.state();
    }

    @Override
    public ChunkCall<PatchTarget> prepare(GeminiDbPatchInput input) {
        URI endpoint = endpoint(input);
        return (chunk, deadline) -> switch (chunk.targets().get(0).lookup()) {
            case FOUND -> patch(endpoint, input.projectId, chunk.targets(), deadline);
            case NOT_FOUND -> chunk.targets().stream().map(GeminiDbPatch::notFound).toList();
            case READ_FAILED, PENDING -> chunk.targets().stream().map(GeminiDbPatch::lookupFailed).toList();
        };
    }

    @Override
    public Optional<SettlingRead<PatchTarget>> settlingRead(GeminiDbPatchInput input) {
        return Optional.of(new LostPatchSearch(clients, guard, endpoint(input), input.projectId,
                clock.instant().minus(CLOCK_SKEW)));
    }

    @Override
    public Optional<JobFollower> follower(GeminiDbPatchInput input) {
        return Optional.of(new GeminiDbJobFollower(clients, guard, endpoint(input), input.projectId));
    }

    private URI endpoint(GeminiDbPatchInput input) {
        return endpoints.resolve(SERVICE, input.cloudOrDefault(), input.region);
    }

    private List<TargetOutcome> patch(URI endpoint, String projectId, List<PatchTarget> targets, Deadline deadline) {
        AtomicInteger tries = new AtomicInteger();
        PatchRequest body = new PatchRequest(targets.stream().map(PatchTarget::instanceId).toList());
        try {
            GeminiDbApi api = clients.client(GeminiDbApi.class, endpoint);
            Answered answered = guard.call(clients.endpoint(endpoint), false, deadline, tries, () -> {
                var raw = clients.exchangeRaw(() -> api.batchUpgradeDatabaseVersion(projectId, body), deadline);
                return new Answered(raw.read(PatchAnswer.class, mapper), raw.requestId(), raw.status());
            });
            Map<String, PatchAnswer.Result> results = new HashMap<>();
            answered.answer().results().forEach(result -> results.putIfAbsent(result.instanceId(), result));
            return targets.stream().map(target -> outcome(target, results.get(target.instanceId()), tries.get(),
                    answered)).toList();
        } catch (ProviderCallException e) {
            return targets.stream().map(target -> TargetOutcome.ofFailure(target.instanceId(), tries.get(), e))
                    .toList();
        }
    }

    private record Answered(PatchAnswer answer, String requestId, int status) {
    }

    /** One instance's entry of a 202: a job, the provider's refusal, or nothing (UNKNOWN, for the job list to settle). */
    private static TargetOutcome outcome(PatchTarget target, PatchAnswer.Result result, int attempts,
            Answered answered) {
        String id = target.instanceId();
        if (result != null && result.jobId() != null && !result.jobId().isBlank()) {
            return TargetOutcome.submitted(id, attempts, answered.requestId(), result.jobId(), target.state());
        }
        if (result != null && result.errorCode() != null) {
            return TargetOutcome.failed(id, attempts, answered.requestId(), ProviderError.of(
                    PatchRefusals.category(result.errorCode()), result.errorCode(), result.errorMessage(),
                    answered.status()));
        }
        return TargetOutcome.unknown(id, attempts, answered.requestId(), ProviderError.of(ErrorCategory.PROVIDER_ERROR,
                "NODEBATCH.NOT_IN_ANSWER", "the provider accepted the call but did not report this instance",
                answered.status()));
    }

    private static TargetOutcome notFound(PatchTarget target) {
        return TargetOutcome.failed(target.instanceId(), 0, null, ProviderError.of(ErrorCategory.NOT_FOUND,
                "NODEBATCH.INSTANCE_NOT_FOUND", "the project's GeminiDB instance list has no instance "
                        + target.instanceId() + "; no patch was sent for it", null));
    }

    /** The instance list could not be read: nothing was sent for the target. */
    private static TargetOutcome lookupFailed(PatchTarget target) {
        ProviderCallException failure = target.lookupFailure();
        if (failure instanceof CallNotSentException notSent) {
            return TargetOutcome.skipped(target.instanceId(), notSent.reason());
        }
        return TargetOutcome.failed(target.instanceId(), 0, failure == null ? null : failure.requestId(),
                failure == null ? ProviderError.of(ErrorCategory.PROVIDER_ERROR, "NODEBATCH.NOT_LOOKED_UP",
                        "the instance's engine was not read", null) : failure.error());
    }
}
