package dev.nodebatch.batch;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Runs one invocation of an operation: validate → plan → run → result. Never throws for bad input or
 * provider faults; both end up in the result.
 */
@ApplicationScoped
public class BatchExecutor {

    private static final Logger LOG = Logger.getLogger(BatchExecutor.class);
    private static final int LOGGED_IDS = 20;

    private final InputValidation validation;
    private final BatchConfig config;
    private final WaitConfig waitConfig;
    private final InputBinder binder = new InputBinder();
    private final Clock clock = Clock.systemUTC();

    public BatchExecutor(InputValidation validation, BatchConfig config, WaitConfig waitConfig) {
        this.validation = validation;
        this.config = config;
        this.waitConfig = waitConfig;
    }

    /**
     * @param document the input as the binding read it; {@code null} when there was none
     * @param platformRemaining the time the hosting platform still grants this invocation, where it says; the
     *        deadline when the input sets none, and the limit of the one it sets
     */
    public <I extends BatchInput, T> BatchResult execute(BatchOperation<I, T> operation, InputDocument document,
            Optional<Duration> platformRemaining) {
        Invocation invocation = Invocation.start(operation.name(), clock);
        MDC.put("invocationId", invocation.id());
        MDC.put("operation", invocation.operation());
        try {
            BatchResult result = executeLogged(operation, document == null ? InputDocument.absent() : document,
                    platformRemaining, invocation);
            logSummary(result);
            return result;
        } finally {
            MDC.remove("invocationId");
            MDC.remove("operation");
        }
    }

    /** Every check runs, whatever an earlier one found, so that the result lists every violation. */
    private <I extends BatchInput, T> BatchResult executeLogged(BatchOperation<I, T> operation, InputDocument document,
            Optional<Duration> platformRemaining, Invocation invocation) {
        Violations violations = new Violations();
        violations.addAll(document.problems());
        if (!document.isReadable()) {
            return BatchResult.rejected(invocation, false, violations.toList());
        }
        boolean dryRun = document.tree().path("options").path("dryRun").booleanValue();
        Optional<I> bound = binder.bind(document.tree(), operation.inputType(), violations);
        if (bound.isEmpty()) {
            return BatchResult.rejected(invocation, dryRun, violations.toList());
        }
        I input = bound.get();
        // a value the binder left out is reported once, by the binder
        validation.validate(input).stream().filter(violation -> !violations.reported(violation.path())).toList()
                .forEach(violations::add);
        violations.addAll(operation.check(input));
        List<T> targets = operation.targets(input);
        int maxTargets = Optional.ofNullable(input.options().maxTargets).orElse(config.maxTargets());
        if (targets.size() > maxTargets) {
            violations.add(InputViolation.ROOT, "has " + targets.size() + " targets, more than maxTargets " + maxTargets);
        }
        if (!violations.isEmpty()) {
            return BatchResult.rejected(invocation, dryRun, violations.toList());
        }

        if (input.options().isDryRun()) {
            return BatchResult.of(invocation, true, targets.stream()
                    .map(target -> TargetOutcome.planned(operation.targetId(target), operation.plannedChange(target)))
                    .toList());
        }

        ChunkCall<T> call = operation.prepare(input);
        RunLimits limits = limits(operation, input, targets.size(), platformRemaining);
        List<TargetOutcome> outcomes = BatchRunner.run(targets, operation.chunks(input, targets, limits.deadline()),
                operation::targetId, call, operation.settlingRead(input), limits);
        Optional<JobFollower> follower = operation.follower(input);
        if (!Boolean.TRUE.equals(input.options().wait) || follower.isEmpty()) {
            return BatchResult.of(invocation, false, outcomes);
        }
        Waiter.Followed followed = waitFor(follower.get(), outcomes, input.options(), limits);
        return BatchResult.of(invocation, false, followed.outcomes(), followed.report());
    }

    /** Follows the SUBMITTED targets until they end, the wait timeout passes or the deadline nears. */
    Waiter.Followed waitFor(JobFollower follower, List<TargetOutcome> outcomes, BatchOptions options, RunLimits limits) {
        Duration timeout = Optional.ofNullable(options.waitTimeoutSeconds).map(Duration::ofSeconds)
                .orElse(waitConfig.timeout());
        Duration untilDeadline = limits.deadline().remaining().minus(limits.callReserve());
        boolean deadlineFirst = untilDeadline.compareTo(timeout) < 0;
        Deadline waitEnd = Deadline.in(deadlineFirst ? (untilDeadline.isNegative() ? Duration.ZERO : untilDeadline)
                : timeout);
        return new Waiter(follower, waitConfig.firstDelay(), waitConfig.maxDelay())
                .follow(outcomes, waitEnd, deadlineFirst ? "DEADLINE" : "WAIT_TIMEOUT", limits.deadline());
    }

    private RunLimits limits(BatchOperation<?, ?> operation, BatchInput input, int total,
            Optional<Duration> platformRemaining) {
        BatchOptions options = input.options();
        int concurrency = Optional.ofNullable(options.maxConcurrency).orElse(operation.defaultConcurrency());
        int allowedFailures = options.maxErrors == null ? Integer.MAX_VALUE : options.maxErrors.allowedFailures(total);
        Duration asked = Optional.ofNullable(options.deadlineSeconds).map(Duration::ofSeconds)
                .or(() -> platformRemaining)
                .orElse(config.deadline());
        // the platform ends the invocation when its time is up, whatever the input asked for
        Duration deadline = platformRemaining.filter(granted -> granted.compareTo(asked) < 0).orElse(asked);
        return new RunLimits(concurrency, allowedFailures, Deadline.in(deadline), config.callReserve(),
                config.settleGrace());
    }

    /** "FAILED AUTH NODEBATCH.NO_CREDENTIALS", with the HTTP status and the provider's request id where there are. */
    private static String failureKind(TargetOutcome target) {
        String kind = target.status() + " " + target.error().category() + " " + target.error().code();
        List<String> answer = new ArrayList<>();
        if (target.error().httpStatus() != null) {
            answer.add("HTTP " + target.error().httpStatus());
        }
        if (target.providerRequestId() != null) {
            answer.add("provider request " + target.providerRequestId());
        }
        return answer.isEmpty() ? kind : kind + " (" + String.join(", ", answer) + ")";
    }

    /** One line per kind of failure (with its targets' ids and the provider's request id), then the summary. */
    private static void logSummary(BatchResult result) {
        Map<String, List<String>> failures = result.targets().stream()
                .filter(target -> target.status().isFailure())
                .collect(Collectors.groupingBy(BatchExecutor::failureKind, LinkedHashMap::new,
                        Collectors.mapping(TargetOutcome::id, Collectors.toList())));
        failures.forEach((failure, ids) -> LOG.warnf("%d target(s) %s: %s%s", ids.size(), failure,
                String.join(", ", ids.subList(0, Math.min(ids.size(), LOGGED_IDS))),
                ids.size() > LOGGED_IDS ? ", …" : ""));
        Counts counts = result.counts();
        LOG.infof("Invocation %s of %s: %s total=%d succeeded=%d submitted=%d failed=%d skipped=%d unknown=%d "
                + "planned=%d violations=%d durationMs=%d", result.invocationId(), result.operation(),
                result.status(), counts.total(), counts.succeeded(), counts.submitted(), counts.failed(),
                counts.skipped(), counts.unknown(), counts.planned(), result.errors().size(), result.durationMs());
    }
}
