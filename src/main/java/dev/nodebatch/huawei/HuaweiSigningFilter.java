package dev.nodebatch.huawei;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Signs every request of a Huawei REST client. The body is serialized here, once, so that the signature
 * covers exactly the bytes that are sent.
 */
public final class HuaweiSigningFilter implements ClientRequestFilter {

    private final HuaweiCredentials credentials;
    private final ObjectMapper mapper;
    private final Clock clock;

    public HuaweiSigningFilter(HuaweiCredentials credentials, ObjectMapper mapper, Clock clock) {
        this.credentials = credentials;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public void filter(ClientRequestContext request) throws IOException {
        byte[] body = new byte[0];
        if (request.hasEntity()) {
            body = request.getEntity() instanceof byte[] bytes ? bytes : mapper.writeValueAsBytes(request.getEntity());
            request.setEntity(body, request.getEntityAnnotations(), request.getMediaType());
        }
        URI uri = request.getUri();
        Map<String, String> headers = new LinkedHashMap<>();
        request.getStringHeaders().forEach((name, values) -> headers.put(name, values.isEmpty() ? "" : values.get(0)));
        headers.put("Host", uri.getRawAuthority());
        HuaweiSigner.sign(request.getMethod(), uri.getRawPath(), HuaweiSigner.decodeQuery(uri.getRawQuery()), headers, body, credentials,
                clock.instant()).forEach(request.getHeaders()::putSingle);
    }
}
