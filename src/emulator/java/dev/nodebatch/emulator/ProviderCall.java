package dev.nodebatch.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.nodebatch.huawei.HuaweiSigner;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/** One request to a provider API, as a gateway and an operation see it. Used on one event loop at a time. */
public final class ProviderCall {

    private final RoutingContext context;
    private final String operationId;
    private final Map<String, List<String>> query;
    private String caller;
    private boolean jobsFail;

    ProviderCall(RoutingContext context, String operationId) {
        this.context = context;
        this.operationId = operationId;
        this.query = HuaweiSigner.decodeQuery(context.request().query());
    }

    public String requestId() {
        return RequestIds.of(context);
    }

    public String operationId() {
        return operationId;
    }

    public String method() {
        return context.request().method().name();
    }

    /** The path exactly as sent, not decoded. */
    public String rawPath() {
        return context.request().path();
    }

    /** The query exactly as sent, not decoded; null when there is none. */
    public String rawQuery() {
        return context.request().query();
    }

    /** The decoded query parameters: names as sent (case kept), values in the order sent. */
    public Map<String, List<String>> query() {
        return query;
    }

    public List<String> queryValues(String name) {
        return query.getOrDefault(name, List.of());
    }

    public Optional<String> queryValue(String name) {
        return queryValues(name).stream().findFirst();
    }

    /** The first value of a request header, as received; null when absent. */
    public String header(String name) {
        return context.request().getHeader(name);
    }

    /** Every request header name with its first value, as received. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        context.request().headers().names().forEach(name -> headers.put(name, context.request().getHeader(name)));
        return headers;
    }

    /** A decoded path parameter of the operation's route. */
    public String pathParam(String name) {
        return context.pathParam(name);
    }

    /** The raw body bytes, empty when there is none. */
    public byte[] body() {
        Buffer body = context.body().buffer();
        return body == null ? new byte[0] : body.getBytes();
    }

    /** Who the gateway found the call to come from, e.g. an access key; null until identified. */
    public String caller() {
        return caller;
    }

    public void identify(String caller) {
        this.caller = caller;
    }

    /** Whether the jobs this call starts must end failed (the {@code JOB_FAILS} fault). */
    public boolean jobsFail() {
        return jobsFail;
    }

    void failStartedJobs() {
        this.jobsFail = true;
    }
}
