package dev.nodebatch.functions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.BatchResult;
import io.quarkus.funqy.runtime.FunctionRecorder;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP binding's front door for every function Funqy serves. A request reaches the function only when
 * {@link InputAdmission} admits it; anything else is answered here with a {@code REJECTED} batch result and the status
 * that says why: 405 (not POST), 415 (not JSON), 413 (too large, also when the body handler refused it), 400 (empty,
 * not JSON, over a limit). Funqy never sees such a body, so it never logs a user's mistake as an error. A body that
 * passes is not read again: {@link HttpFunctionCall} hands the function the document admitted here.
 */
@ApplicationScoped
public class HttpInputGate {

    /** After the body handler and the body size check, before the functions' own routes. */
    private static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1;

    private final ObjectMapper mapper;
    private final HttpFunctionCall call;

    public HttpInputGate(ObjectMapper mapper, HttpFunctionCall call) {
        this.mapper = mapper;
        this.call = call;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::admit);
        router.route().failureHandler(this::answerFailure);
    }

    private void admit(RoutingContext context) {
        String function = functionAt(context);
        if (function == null) {
            context.next();
            return;
        }
        Buffer body = context.body().buffer();
        InputAdmission.Verdict verdict = InputAdmission.admit(context.request().method().name(),
                context.request().headers().getAll(HttpHeaders.CONTENT_TYPE), body == null ? new byte[0] : body.getBytes());
        if (verdict.admitted()) {
            call.run(context, FunctionRecorder.registry.matchInvoker(function), verdict.document());
        } else {
            reject(context, function, verdict);
        }
    }

    /** Failures before the function ran: the body handler's 413, and a 400 should Funqy still refuse a body. */
    private void answerFailure(RoutingContext context) {
        String function = functionAt(context);
        if (function == null || context.response().headWritten()) {
            context.next();
        } else if (context.statusCode() == 413) {
            reject(context, function, InputAdmission.tooLarge());
        } else if (context.statusCode() == 400) {
            reject(context, function, InputAdmission.Verdict.refused(400, "the input could not be read"));
        } else {
            context.next();
        }
    }

    /** The function a request is addressed to, or null when its path names none. */
    static String functionAt(RoutingContext context) {
        String name = context.normalizedPath().substring(1);
        return !name.isEmpty() && FunctionRecorder.registry != null && FunctionRecorder.registry.matchInvoker(name) != null
                ? name : null;
    }

    private void reject(RoutingContext context, String function, InputAdmission.Verdict verdict) {
        BatchResult rejected = verdict.rejected(function);
        if (verdict.status() == 405) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
        }
        try {
            context.response().setStatusCode(verdict.status()).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(mapper.writeValueAsString(rejected));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A batch result could not be written", e);
        }
    }
}
