package dev.nodebatch.functions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An HTTP request as an API Gateway HTTP API hands it to a Lambda (payload format 2.0): header names in lower case,
 * values of a repeated header joined by commas, the body as text or, when {@code isBase64Encoded}, as Base64.
 * Only what the HTTP binding's rules look at is kept.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
record ApiGatewayHttpEvent(String version, Map<String, String> headers, RequestContext requestContext, String body,
        @JsonProperty("isBase64Encoded") boolean isBase64Encoded) {

    /** The stage a request came through when the API has no default stage; its name prefixes the path. */
    private static final String DEFAULT_STAGE = "$default";

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RequestContext(String stage, Http http) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Http(String method, String path) {
    }

    /**
     * The event as an HTTP API request, or empty when it is another event: a function's input, whether invoked
     * directly or by a schedule. An HTTP API event has {@code "version": "2.0"} and {@code requestContext.http}; no
     * function's input may have either (unknown fields are refused), so no input is taken for a request.
     */
    static Optional<ApiGatewayHttpEvent> of(byte[] event, ObjectMapper mapper) {
        if (!isHttpApiRequest(event, mapper)) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(event, ApiGatewayHttpEvent.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Looks at the top-level keys only, without building the document: an input may be a megabyte. */
    private static boolean isHttpApiRequest(byte[] event, ObjectMapper mapper) {
        try (JsonParser parser = mapper.getFactory().createParser(event)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            boolean version2 = false;
            boolean http = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("version")) {
                    version2 = value == JsonToken.VALUE_STRING && parser.getText().equals("2.0");
                } else if (name.equals("requestContext") && value == JsonToken.START_OBJECT) {
                    http = holdsObject(parser, "http");
                } else {
                    parser.skipChildren();
                }
            }
            return version2 && http;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean holdsObject(JsonParser parser, String field) throws IOException {
        boolean found = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            found |= parser.nextToken() == JsonToken.START_OBJECT && name.equals(field);
            parser.skipChildren();
        }
        return found;
    }

    String method() {
        return requestContext.http().method();
    }

    /** The request's path as the API's routes see it: without the stage's name, which prefixes it on a named stage. */
    String path() {
        String path = Objects.requireNonNullElse(requestContext.http().path(), "/");
        String stage = requestContext.stage();
        String stagePrefix = "/" + stage;
        return stage != null && !stage.equals(DEFAULT_STAGE) && path.startsWith(stagePrefix + "/")
                ? path.substring(stagePrefix.length()) : path;
    }

    List<String> contentTypes() {
        return headers == null ? List.of() : headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("content-type")).map(Map.Entry::getValue).toList();
    }

    /** The body's bytes (none when there is no body), or empty when Base64 was promised and not given. */
    Optional<byte[]> bodyBytes() {
        if (body == null) {
            return Optional.of(new byte[0]);
        }
        if (!isBase64Encoded) {
            return Optional.of(body.getBytes(StandardCharsets.UTF_8));
        }
        try {
            return Optional.of(Base64.getDecoder().decode(body));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
