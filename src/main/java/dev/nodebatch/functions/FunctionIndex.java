package dev.nodebatch.functions;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.funqy.runtime.FunctionInvoker;
import io.quarkus.funqy.runtime.FunctionRecorder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP binding's index of its functions: {@code GET /} lists them, and a path that names none is answered 404
 * with the same list, so that a caller who mistyped a name sees the right ones. Paths under Quarkus' own root
 * ({@code /q/}: health, and the Dev UI in dev mode) are left to Quarkus.
 */
@ApplicationScoped
public class FunctionIndex {

    /** With the input gate, before the functions' own routes. */
    private static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1;

    private final ObjectMapper mapper;
    private final String quarkusPaths;

    public FunctionIndex(ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q") String quarkusRoot) {
        this.mapper = mapper;
        this.quarkusPaths = "/" + quarkusRoot.replaceAll("^/+|/+$", "") + "/";
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::answer);
    }

    private void answer(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.equals("/") && context.request().method() == HttpMethod.GET) {
            answer(context, 200, Map.of("functions", functions()));
        } else if (path.startsWith(quarkusPaths) || HttpInputGate.functionAt(context) != null) {
            context.next();
        } else {
            answer(context, 404, Map.of("message", "no function at " + path + ": call one of these with POST",
                    "functions", functions()));
        }
    }

    /** The functions the HTTP binding serves, by name. */
    static List<Entry> functions() {
        return FunctionRecorder.registry.invokers().stream()
                .sorted(Comparator.comparing(FunctionInvoker::getName))
                .map(Entry::of)
                .toList();
    }

    private void answer(RoutingContext context, int status, Map<String, Object> body) {
        try {
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The function index could not be written", e);
        }
    }

    /** One function: its name, what it does, and how to call it. */
    @RegisterForReflection
    public record Entry(String name, String description, String method, String path) {

        static Entry of(FunctionInvoker invoker) {
            FunctionSummary summary = invoker.getMethod().getAnnotation(FunctionSummary.class);
            return new Entry(invoker.getName(), summary == null ? "" : summary.value(), "POST", "/" + invoker.getName());
        }
    }
}
