package dev.nodebatch.functions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.azure.AzureConfig;
import dev.nodebatch.batch.BatchResult;
import dev.nodebatch.batch.BatchStatus;
import io.quarkus.funqy.runtime.FunctionInvoker;
import io.quarkus.funqy.runtime.FunctionRecorder;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Azure Functions timer triggers for a custom handler. The Functions host invokes a timer-triggered function as
 * {@code POST /<timer function>} with {@code {"Data": …, "Metadata": …}} (the timer's schedule status, nothing
 * of ours) and expects {@code {"Outputs": …, "Logs": […], "ReturnValue": …}} with a 2xx status. Each timer
 * function of the app ({@link AzureTimerFunction}) runs its function with the input deployed beside it, admitted by
 * the HTTP binding's own rules ({@link InputAdmission}) and run as the HTTP binding runs it ({@link FunctionRun}), so
 * a scheduled run is read and answered exactly like a call from outside. A run the function refused (an input the
 * admission refuses, or a {@code REJECTED} result) is answered with a non-2xx status, so that Azure records the
 * invocation as failed.
 * <p>
 * Off unless {@code nodebatch.azure.timer-functions-dir} names the function app's root (the custom handler's
 * start script sets it): elsewhere no such path exists.
 */
@ApplicationScoped
public class AzureTimerInvocations {

    private static final Logger LOG = Logger.getLogger(AzureTimerInvocations.class);
    /** Before the function index, which answers every path that names no function with 404. */
    private static final int ORDER = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT;
    private static final List<String> JSON = List.of("application/json");

    private final Optional<String> appRoot;
    private final ObjectMapper mapper;

    public AzureTimerInvocations(AzureConfig config, ObjectMapper mapper) {
        this.appRoot = config.timerFunctionsDir().filter(root -> !root.isBlank());
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        if (appRoot.isEmpty()) {
            return;
        }
        for (AzureTimerFunction timer : AzureTimerFunction.in(Path.of(appRoot.get()), mapper)) {
            router.post("/" + timer.name()).order(ORDER).handler(context -> run(context, timer));
            LOG.infof("Timer function %s runs %s with its deployed input", timer.name(), timer.function());
        }
    }

    private void run(RoutingContext context, AzureTimerFunction timer) {
        context.vertx().executeBlocking(() -> answer(timer), false)
                .onSuccess(answer -> context.response().setStatusCode(answer.status())
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(answer.body()))
                .onFailure(context::fail);
    }

    private Answer answer(AzureTimerFunction timer) throws JsonProcessingException {
        FunctionInvoker function = FunctionRecorder.registry.matchInvoker(timer.function());
        if (function == null) {
            LOG.warnf("Timer function %s names no function: %s", timer.name(), timer.function());
            return new Answer(404, invocationResult(timer.function() + " is not a function of this app"));
        }
        InputAdmission.Verdict verdict = InputAdmission.admit("POST", JSON, timer.input());
        BatchResult result = verdict.admitted()
                ? (BatchResult) FunctionRun.of(function, verdict.document())
                : verdict.rejected(timer.function());
        String summary = timer.function() + ": " + result.status() + ", counts " + mapper.writeValueAsString(result.counts())
                + ", invocation " + result.invocationId()
                + (result.errors().isEmpty() ? "" : ", errors " + mapper.writeValueAsString(result.errors()));
        int status = !verdict.admitted() ? verdict.status() : result.status() == BatchStatus.REJECTED ? 422 : 200;
        return new Answer(status, invocationResult(summary));
    }

    /** The custom handler's response payload: no output binding, the run's summary as the invocation's log. */
    private String invocationResult(String log) throws JsonProcessingException {
        return mapper.writeValueAsString(Map.of("Outputs", Map.of(), "Logs", List.of(log)));
    }

    private record Answer(int status, String body) {
    }
}
