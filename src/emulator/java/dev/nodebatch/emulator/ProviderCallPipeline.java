package dev.nodebatch.emulator;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import dev.nodebatch.emulator.fault.FaultPlan;
import dev.nodebatch.emulator.fault.FaultRule;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.impl.ContextInternal;
import io.vertx.ext.web.RoutingContext;

/**
 * Handles the calls of one provider operation: gateway authentication, the per-credential rate limit, injected
 * faults, then the operation itself; every call ends in the request log. Delays use Vert.x timers.
 */
final class ProviderCallPipeline implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(ProviderCallPipeline.class);

    private final ProviderOperation operation;
    private final EmulatedService service;
    private final CredentialRateLimiter rateLimiter;
    private final FaultPlan faults;
    private final RequestLog requestLog;

    ProviderCallPipeline(ProviderOperation operation, EmulatedService service, CredentialRateLimiter rateLimiter,
            FaultPlan faults, RequestLog requestLog) {
        this.operation = operation;
        this.service = service;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.requestLog = requestLog;
    }

    @Override
    public void handle(RoutingContext context) {
        ProviderCall call = new ProviderCall(context, operation.id());
        Progress progress = new Progress(context, call);
        Optional<ProviderAnswer> refusal = service.gateway().admit(call);
        if (refusal.isPresent()) {
            progress.answer(refusal.get());
        } else if (!rateLimiter.tryAcquire(call.caller())) {
            progress.answer(service.gateway().throttled(call, rateLimiter.limit().requestsPerSecond(), OptionalInt.empty()));
        } else {
            faults.draw(operation.id()).ifPresentOrElse(fault -> disturb(fault, call, progress),
                    () -> progress.answer(perform(call)));
        }
    }

    private void disturb(FaultRule fault, ProviderCall call, Progress progress) {
        switch (fault.fault()) {
            case LATENCY -> progress.answerAfter(fault.latencyMs(), perform(call));
            case SLOW -> progress.context.vertx().setTimer(Math.max(1, fault.latencyMs()),
                    timer -> progress.answer(perform(call)));
            case THROTTLE -> progress.answer(service.gateway().throttled(call, rateLimiter.limit().requestsPerSecond(),
                    fault.retryAfterSeconds() == null ? OptionalInt.empty() : OptionalInt.of(fault.retryAfterSeconds()),
                    fault.status() == null ? OptionalInt.empty() : OptionalInt.of(fault.status())));
            case ERROR_5XX -> progress.answer(service.serverError(call, fault.statusOr500()));
            case RESET -> progress.reset();
            case MALFORMED -> progress.answer(perform(call).truncated());
            case APPLIED_THEN_FAILED -> {
                perform(call);
                progress.answer(service.serverError(call, fault.statusOr500()));
            }
            case JOB_FAILS -> {
                call.failStartedJobs();
                progress.answer(perform(call));
            }
        }
    }

    private ProviderAnswer perform(ProviderCall call) {
        try {
            return operation.handler().apply(call);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Operation %s failed, request %s", operation.id(), call.requestId());
            return service.serverError(call, 500);
        }
    }

    /** One call from start to answer, counted as in flight meanwhile. */
    private final class Progress {

        private final RoutingContext context;
        private final ProviderCall call;
        private final Instant startedAt = Instant.now();
        private final long startedNanos = System.nanoTime();

        Progress(RoutingContext context, ProviderCall call) {
            this.context = context;
            this.call = call;
            requestLog.started(operation.id());
        }

        void answer(ProviderAnswer answer) {
            answer(answer.status(), answer.headers(), Buffer.buffer(answer.body()));
        }

        private void answer(int status, Map<String, String> headers, Buffer body) {
            // logged before the answer leaves: a caller that has its answer finds its call in the log, whichever event
            // loop serves the caller's next request
            finish(status);
            HttpServerResponse response = context.response();
            if (!response.closed() && !response.ended()) {
                response.setStatusCode(status);
                response.putHeader("Content-Type", "application/json;charset=UTF-8");
                headers.forEach(response::putHeader);
                response.end(body);
            }
        }

        /**
         * Answers {@code latencyMs} after the call arrived: the emulator's own work counts towards the latency, as
         * a provider's processing counts towards its response time, so that a call takes the latency and no more.
         * The answer's bytes are ready before the wait, which is scheduled in nanoseconds on the Netty event loop of
         * the call's connection (a Vert.x timer counts whole milliseconds and would make every call up to 1 ms late;
         * Vert.x's public API has no nanosecond timer, hence its {@code ContextInternal}). On the native epoll
         * transport, which the standalone emulator prefers, the wait ends within microseconds; Java's selector still
         * rounds it up to the millisecond.
         */
        void answerAfter(long latencyMs, ProviderAnswer answer) {
            Buffer body = Buffer.buffer(answer.body());
            long leftNanos = TimeUnit.MILLISECONDS.toNanos(latencyMs) - (System.nanoTime() - startedNanos);
            if (leftNanos <= 0) {
                answer(answer.status(), answer.headers(), body);
            } else {
                // on the connection's own loop: a timer on another loop of the group would wake two threads per answer
                ContextInternal onContext = (ContextInternal) Vertx.currentContext();
                onContext.nettyEventLoop().schedule(
                        () -> onContext.runOnContext(now -> answer(answer.status(), answer.headers(), body)),
                        leftNanos, TimeUnit.NANOSECONDS);
            }
        }

        void reset() {
            context.request().connection().close();
            finish(0);
        }

        private void finish(int status) {
            long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
            requestLog.finished(new RequestLog.Entry(operation.id(), call.method(), call.rawPath(), status,
                    call.caller(), startedAt.toString(), durationMs));
        }
    }
}
