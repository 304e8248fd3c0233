package dev.nodebatch.functions;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.BatchResult;
import dev.nodebatch.batch.InputViolation;
import dev.nodebatch.batch.Invocation;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Funqy's HTTP binding answers a body that is not JSON with a bare 400. This turns that answer into a
 * REJECTED batch result (still HTTP 400) that says where the JSON broke.
 */
@ApplicationScoped
public class MalformedInputAnswer {

    private final ObjectMapper mapper;

    public MalformedInputAnswer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        if (context.statusCode() != 400 || !"POST".equals(context.request().method().name())
                || context.response().headWritten()) {
            context.next();
            return;
        }
        String operation = context.normalizedPath().replaceFirst("^/", "");
        String body = context.body() == null ? null : context.body().asString();
        BatchResult rejected = BatchResult.rejected(Invocation.start(operation, Clock.systemUTC()), false,
                List.of(new InputViolation(InputViolation.ROOT, "malformed JSON: " + parseProblem(body))));
        try {
            context.response().setStatusCode(400).putHeader("Content-Type", "application/json")
                    .end(mapper.writeValueAsString(rejected));
        } catch (JsonProcessingException e) {
            context.next();
        }
    }

    private String parseProblem(String body) {
        if (body == null || body.isBlank()) {
            return "the body is empty";
        }
        try {
            mapper.readTree(body);
            return "the body could not be read as the function's input";
        } catch (JsonProcessingException e) {
            return e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
        }
    }
}
