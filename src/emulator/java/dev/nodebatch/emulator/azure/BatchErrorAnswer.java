package dev.nodebatch.emulator.azure;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nodebatch.emulator.EmulatorJson;
import dev.nodebatch.emulator.ProviderAnswer;
import dev.nodebatch.emulator.ProviderCall;

/**
 * Azure Batch answers: the {@code BatchError} body ({@code code}, {@code message {lang, value}},
 * {@code values [{key, value}]}) and the headers every Batch answer carries ({@code request-id}, the
 * {@code client-request-id} echo when asked for, {@code DataServiceVersion}).
 */
final class BatchErrorAnswer {

    static final String CONTENT_TYPE = "application/json;odata=minimalmetadata";

    private BatchErrorAnswer() {
    }

    /** The service appends the request id and time to every message, as here. */
    static ProviderAnswer of(ProviderCall call, int status, String code, String message, Map<String, String> values) {
        ObjectNode body = EmulatorJson.MAPPER.createObjectNode()
                .put("odata.metadata", baseUrl(call) + "/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element")
                .put("code", code);
        body.putObject("message").put("lang", "en-US")
                .put("value", message + "\nRequestId:" + requestId(call) + "\nTime:" + Instant.now());
        if (!values.isEmpty()) {
            ArrayNode details = body.putArray("values");
            values.forEach((key, value) -> details.addObject().put("key", key).put("value", value));
        }
        return withHeaders(call, ProviderAnswer.json(status, body).withHeader("Content-Type", CONTENT_TYPE));
    }

    static ProviderAnswer withHeaders(ProviderCall call, ProviderAnswer answer) {
        ProviderAnswer withIds = answer.withHeader("request-id", requestId(call)).withHeader("DataServiceVersion", "3.0");
        String clientRequestId = call.header("client-request-id");
        return clientRequestId != null && "true".equalsIgnoreCase(call.header("return-client-request-id"))
                ? withIds.withHeader("client-request-id", clientRequestId)
                : withIds;
    }

    /** The emulator's 32-hex request id, shown as the GUID Batch uses. */
    static String requestId(ProviderCall call) {
        String hex = call.requestId();
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    /** The account URL the call was sent to, as the Host header names it. */
    static String baseUrl(ProviderCall call) {
        String host = call.header("Host");
        return "http://" + (host == null ? "localhost" : host);
    }
}
