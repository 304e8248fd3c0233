package dev.nodebatch.functions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.azure.AzureConfig;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Azure Functions timer triggers for a custom handler. The Functions host invokes a timer-triggered function as
 * {@code POST /<timer function>} with {@code {"Data": …, "Metadata": …}} (the timer's schedule status, nothing
 * of ours) and expects {@code {"Outputs": …, "Logs": […], "ReturnValue": …}} with a 2xx status. Each timer
 * function of the app ({@link AzureTimerFunction}) runs its function with the input deployed beside it, through
 * this application's own HTTP binding ({@code POST /<function>} on its own port), so a scheduled run is read and
 * answered exactly like a call from outside. A run the function refused (not 200, or {@code REJECTED}) is
 * answered with a non-2xx status, so that Azure records the invocation as failed.
 * <p>
 * Off unless {@code nodebatch.azure.timer-functions-dir} names the function app's root (the custom handler's
 * start script sets it): elsewhere no such path exists.
 */
@ApplicationScoped
public class AzureTimerInvocations {

    private static final Logger LOG = Logger.getLogger(AzureTimerInvocations.class);
    /** Before the function index, which answers every path that names no function with 404. */
    private static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT;

    private final Optional<String> appRoot;
    private final ObjectMapper mapper;
    private final Vertx vertx;
    private HttpClient client;

    public AzureTimerInvocations(AzureConfig config, ObjectMapper mapper, Vertx vertx) {
        this.appRoot = config.timerFunctionsDir().filter(root -> !root.isBlank());
        this.mapper = mapper;
        this.vertx = vertx;
    }

    void install(@Observes Router router) {
        if (appRoot.isEmpty()) {
            return;
        }
        List<AzureTimerFunction> timers = AzureTimerFunction.in(Path.of(appRoot.get()), mapper);
        client = vertx.createHttpClient();
        for (AzureTimerFunction timer : timers) {
            router.post("/" + timer.name()).order(ORDER).handler(context -> run(context, timer));
            LOG.infof("Timer function %s runs %s with its deployed input", timer.name(), timer.function());
        }
    }

    private void run(RoutingContext context, AzureTimerFunction timer) {
        // the function is called where the host's call came in: this server, on the address the host reaches
        SocketAddress here = context.request().localAddress();
        client.request(HttpMethod.POST, here.port(), here.hostAddress(), "/" + timer.function())
                .compose(request -> request.putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .send(Buffer.buffer(timer.input()))
                        .compose(response -> response.body().map(body -> answer(timer, response, body))))
                .onSuccess(answer -> context.response().setStatusCode(answer.status())
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(answer.body()))
                .onFailure(failure -> {
                    LOG.warnf("Timer function %s could not reach %s: %s", timer.name(), timer.function(),
                            failure.toString());
                    context.response().setStatusCode(502).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                            .end(invocationResult(List.of(timer.function() + " could not be reached")));
                });
    }

    private Answer answer(AzureTimerFunction timer, HttpClientResponse response, Buffer body) {
        String status = "";
        String summary;
        try {
            JsonNode result = mapper.readTree(body.getBytes());
            status = result.path("status").asText();
            summary = timer.function() + ": " + status + ", counts " + result.path("counts") + ", invocation "
                    + result.path("invocationId").asText() + (result.path("errors").isEmpty() ? ""
                            : ", errors " + result.path("errors"));
        } catch (IOException e) {
            summary = timer.function() + " answered HTTP " + response.statusCode() + " without a batch result";
        }
        boolean ran = response.statusCode() == 200 && !status.equals("REJECTED");
        int answerStatus = ran ? 200 : response.statusCode() == 200 ? 422 : response.statusCode();
        return new Answer(answerStatus, invocationResult(List.of(summary)));
    }

    /** The custom handler's response payload: no output binding, the run's summary as the invocation's log. */
    private String invocationResult(List<String> logs) {
        try {
            return mapper.writeValueAsString(Map.of("Outputs", Map.of(), "Logs", logs));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A timer invocation's result could not be written", e);
        }
    }

    private record Answer(int status, String body) {
    }
}
