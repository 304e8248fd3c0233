package dev.nodebatch.azure;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Signs every request of an Azure Batch REST client with the account's Shared Key. The body is serialized here,
 * once, so that the signed Content-Length is the length of the bytes sent, and {@code ocp-date} is set to now.
 */
public final class AzureSharedKeyFilter implements ClientRequestFilter {

    private final AzureSharedKey key;
    private final ObjectMapper mapper;
    private final Clock clock;

    public AzureSharedKeyFilter(AzureSharedKey key, ObjectMapper mapper, Clock clock) {
        this.key = key;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public void filter(ClientRequestContext request) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        request.getStringHeaders().forEach((name, values) -> headers.put(name, values.isEmpty() ? "" : values.get(0)));
        if (request.hasEntity()) {
            byte[] body = request.getEntity() instanceof byte[] bytes ? bytes : mapper.writeValueAsBytes(request.getEntity());
            request.setEntity(body, request.getEntityAnnotations(), request.getMediaType());
            headers.put("Content-Length", Integer.toString(body.length));
            if (request.getMediaType() != null) {
                headers.put("Content-Type", request.getMediaType().toString());
                request.getHeaders().putSingle("Content-Type", request.getMediaType().toString());
            }
        }
        String date = AzureSharedKeySigner.date(clock.instant());
        headers.put(AzureSharedKeySigner.DATE_HEADER, date);
        request.getHeaders().putSingle(AzureSharedKeySigner.DATE_HEADER, date);
        URI uri = request.getUri();
        request.getHeaders().putSingle("Authorization", AzureSharedKeySigner.authorization(key,
                AzureSharedKeySigner.stringToSign(request.getMethod(), headers, key.accountName(), uri.getRawPath(),
                        uri.getRawQuery())));
    }
}
