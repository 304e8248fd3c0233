package dev.nodebatch.functions;

import java.util.Map;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A Lambda's answer to an API Gateway HTTP API request (payload format 2.0): the status and JSON body the HTTP
 * binding would have answered, which API Gateway sends on as they are.
 */
@RegisterForReflection
record ApiGatewayHttpResponse(int statusCode, Map<String, String> headers, String body) {

    private static final Map<String, String> JSON = Map.of("content-type", "application/json");
    private static final Map<String, String> JSON_POST_ONLY = Map.of("content-type", "application/json", "allow", "POST");

    static ApiGatewayHttpResponse json(int statusCode, String body) {
        return new ApiGatewayHttpResponse(statusCode, statusCode == 405 ? JSON_POST_ONLY : JSON, body);
    }
}
