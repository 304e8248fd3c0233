package dev.nodebatch.functions;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.aws.ExtensionCredentialsStore;
import dev.nodebatch.batch.InputLimits;
import dev.nodebatch.batch.StrictJsonReader;

/**
 * Every AWS Lambda event of a deployment, for the one function it serves ({@link ExportedFunction}). Quarkus' Lambda
 * runtime calls it on the Java runtime ({@code QuarkusStreamHandler}) and in a native image (its poll loop) alike,
 * selected by {@code quarkus.lambda.handler}.
 * <ul>
 * <li>An API Gateway HTTP API request ({@link ApiGatewayHttpEvent}) is admitted by the HTTP binding's own rules
 * ({@link InputAdmission}) for the route {@code POST /<function>}, and answered with the status and body the HTTP
 * binding would answer: the result (200), a REJECTED result (400, 405, 413, 415), or the function's entry (404).
 * <li>Any other event is the function's input as is: a direct invocation, or an EventBridge Scheduler schedule's
 * constant input. It is read as strictly as an HTTP body, and the result is the answer.
 * </ul>
 * The time Lambda still grants the invocation is the batch's deadline ({@link LambdaTimeBudget}). Credentials kept in
 * Secrets Manager are read again in each invocation ({@link ExtensionCredentialsStore}).
 */
@Named(LambdaEventHandler.NAME)
@ApplicationScoped
public class LambdaEventHandler implements RequestStreamHandler {

    /** The value of {@code quarkus.lambda.handler} that selects this handler. */
    public static final String NAME = "nodebatch";
    /** Lambda's longest timeout: no invocation is granted more. */
    private static final Duration LONGEST_TIMEOUT = Duration.ofMinutes(15);

    private final ExportedFunction function;
    private final ObjectMapper mapper;
    private final ExtensionCredentialsStore credentials;

    public LambdaEventHandler(ExportedFunction function, ObjectMapper mapper, ExtensionCredentialsStore credentials) {
        this.function = function;
        this.mapper = mapper;
        this.credentials = credentials;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        credentials.beginInvocation();
        byte[] event = input.readAllBytes();
        Supplier<Object> answer = () -> answer(event);
        Optional<Duration> remaining = remainingTime(context);
        mapper.writeValue(output, remaining.isPresent() ? LambdaTimeBudget.during(remaining.get(), answer) : answer.get());
    }

    private Object answer(byte[] event) {
        Optional<ApiGatewayHttpEvent> request = ApiGatewayHttpEvent.of(event, mapper);
        return request.isPresent() ? answer(request.get()) : function.run(StrictJsonReader.read(event, InputLimits.STANDARD));
    }

    private ApiGatewayHttpResponse answer(ApiGatewayHttpEvent request) {
        if (!request.path().equals("/" + function.name())) {
            return ApiGatewayHttpResponse.json(404, json(Map.of(
                    "message", "no function at " + request.path() + ": call one of these with POST",
                    "functions", List.of(function.entry()))));
        }
        InputAdmission.Verdict verdict = request.bodyBytes()
                .map(body -> InputAdmission.admit(request.method(), request.contentTypes(), body))
                .orElseGet(() -> InputAdmission.Verdict.refused(400, "isBase64Encoded is true, but the body is not Base64"));
        return verdict.admitted()
                ? ApiGatewayHttpResponse.json(200, json(function.run(verdict.document())))
                : ApiGatewayHttpResponse.json(verdict.status(), json(verdict.rejected(function.name())));
    }

    /**
     * What Lambda still grants the invocation, if it said. Quarkus' runtime client reckons it from the
     * {@code Lambda-Runtime-Deadline-Ms} header, and from 0 when there is none (the mock event server of dev and test
     * mode sends none): then it is an arbitrary number, never a time Lambda grants.
     */
    static Optional<Duration> remainingTime(Context context) {
        if (context == null) {
            return Optional.empty();
        }
        Duration remaining = Duration.ofMillis(context.getRemainingTimeInMillis());
        return remaining.isNegative() || remaining.compareTo(LONGEST_TIMEOUT) > 0 ? Optional.empty() : Optional.of(remaining);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("An answer could not be written", e);
        }
    }
}
