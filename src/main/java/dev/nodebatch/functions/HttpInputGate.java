package dev.nodebatch.functions;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.BatchResult;
import dev.nodebatch.batch.InputDocument;
import dev.nodebatch.batch.InputLimits;
import dev.nodebatch.batch.InputViolation;
import dev.nodebatch.batch.Invocation;
import dev.nodebatch.batch.StrictJsonReader;
import io.quarkus.funqy.runtime.FunctionRecorder;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP binding's front door for every function Funqy serves. A request reaches the function only as a POST of
 * one JSON document ({@link JsonContentType}), within {@link InputLimits#STANDARD} and readable by
 * {@link StrictJsonReader}; anything else is answered here with a {@code REJECTED} batch result and the status that
 * says why: 405 (not POST), 415 (not JSON), 413 (too large, also when the body handler refused it), 400 (empty, not
 * JSON, over a limit). Funqy never sees such a body, so it never logs a user's mistake as an error. A body that passes
 * is not read again: {@link HttpFunctionCall} hands the function the document read here.
 */
@ApplicationScoped
public class HttpInputGate {

    private static final Logger LOG = Logger.getLogger(HttpInputGate.class);
    /** After the body handler and the body size check, before the functions' own routes. */
    private static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1;

    private final ObjectMapper mapper;
    private final HttpFunctionCall call;
    private final InputLimits limits = InputLimits.STANDARD;
    private final Clock clock = Clock.systemUTC();

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
        if (context.request().method() != HttpMethod.POST) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            reject(context, function, 405, InputViolation.ROOT, "a function is called with POST, not " + context.request().method());
            return;
        }
        String mediaProblem = JsonContentType.problem(context.request().headers().getAll(HttpHeaders.CONTENT_TYPE));
        if (mediaProblem != null) {
            reject(context, function, 415, InputViolation.ROOT, "the input " + mediaProblem);
            return;
        }
        Buffer body = context.body().buffer();
        if (body != null && body.length() > limits.maxBytes()) {
            rejectTooLarge(context, function);
            return;
        }
        InputDocument document = StrictJsonReader.read(body == null ? new byte[0] : body.getBytes(), limits);
        if (!document.isReadable()) {
            reject(context, function, 400, document.problems());
            return;
        }
        call.run(context, FunctionRecorder.registry.matchInvoker(function), document);
    }

    /** Failures before the function ran: the body handler's 413, and a 400 should Funqy still refuse a body. */
    private void answerFailure(RoutingContext context) {
        String function = functionAt(context);
        if (function == null || context.response().headWritten()) {
            context.next();
        } else if (context.statusCode() == 413) {
            rejectTooLarge(context, function);
        } else if (context.statusCode() == 400) {
            reject(context, function, 400, InputViolation.ROOT, "the input could not be read");
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

    private void rejectTooLarge(RoutingContext context, String function) {
        reject(context, function, 413, InputViolation.ROOT,
                "the body is larger than the input limit of " + limits.maxBytes() + " bytes");
    }

    private void reject(RoutingContext context, String function, int status, String path, String message) {
        reject(context, function, status, List.of(new InputViolation(path, message)));
    }

    private void reject(RoutingContext context, String function, int status, List<InputViolation> violations) {
        Invocation invocation = Invocation.start(function, clock);
        BatchResult rejected = BatchResult.rejected(invocation, false, violations);
        LOG.infof("Invocation %s of %s: REJECTED before the function ran (HTTP %d, %d violation(s))",
                invocation.id(), function, status, violations.size());
        try {
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(mapper.writeValueAsString(rejected));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A batch result could not be written", e);
        }
    }
}
