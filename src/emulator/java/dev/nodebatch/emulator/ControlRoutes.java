package dev.nodebatch.emulator;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.nodebatch.emulator.fault.FaultPlan;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** The unsigned control API under {@code /_emulator}: fleet state, faults, rate limit, request log. */
final class ControlRoutes {

    static final String PREFIX = "/_emulator";

    private final Fleet fleet;
    private final FaultPlan faults;
    private final CredentialRateLimiter rateLimiter;
    private final RequestLog requestLog;

    ControlRoutes(Fleet fleet, FaultPlan faults, CredentialRateLimiter rateLimiter, RequestLog requestLog) {
        this.fleet = fleet;
        this.faults = faults;
        this.rateLimiter = rateLimiter;
        this.requestLog = requestLog;
    }

    void mount(Router router) {
        router.get(PREFIX + "/state").handler(context -> send(context, 200, fleet.current()));
        router.put(PREFIX + "/state").handler(context -> {
            fleet.replace(read(context, JsonNode.class));
            send(context, 200, fleet.current());
        });
        router.get(PREFIX + "/faults").handler(context -> send(context, 200, faults.document()));
        router.put(PREFIX + "/faults").handler(context -> {
            faults.replace(read(context, FaultPlan.Document.class));
            send(context, 200, faults.document());
        });
        router.delete(PREFIX + "/faults").handler(context -> {
            faults.clear();
            context.response().setStatusCode(204).end();
        });
        router.get(PREFIX + "/rate-limit").handler(context -> send(context, 200, rateLimiter.limit()));
        router.put(PREFIX + "/rate-limit").handler(context -> {
            rateLimiter.change(read(context, RateLimit.class));
            send(context, 200, rateLimiter.limit());
        });
        router.get(PREFIX + "/requests").handler(context -> send(context, 200, requestLog.snapshot()));
        router.delete(PREFIX + "/requests").handler(context -> {
            requestLog.clear();
            context.response().setStatusCode(204).end();
        });
        router.route(PREFIX + "/*").failureHandler(ControlRoutes::refuse);
    }

    private static <T> T read(RoutingContext context, Class<T> type) {
        Buffer body = context.body().buffer();
        if (body == null || body.length() == 0) {
            throw new IllegalArgumentException("A JSON body is required");
        }
        try {
            T value = EmulatorJson.MAPPER.readValue(body.getBytes(), type);
            if (value == null) {
                throw new IllegalArgumentException("A JSON body is required");
            }
            return value;
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(EmulatorJson.problem(e), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read a body held in memory", e);
        }
    }

    private static void refuse(RoutingContext context) {
        if (context.failure() instanceof IllegalArgumentException e) {
            send(context, 400, EmulatorJson.MAPPER.createObjectNode().put("error", e.getMessage()));
        } else {
            context.next();
        }
    }

    private static void send(RoutingContext context, int status, Object body) {
        try {
            context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(Buffer.buffer(EmulatorJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
