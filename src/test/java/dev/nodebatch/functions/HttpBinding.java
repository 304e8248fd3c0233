package dev.nodebatch.functions;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to the functions' HTTP binding (funqy-http). RestAssured's default port is the Lambda mock
 * event server's in tests with the Lambda binding present, so the HTTP port is named explicitly.
 */
final class HttpBinding {

    private HttpBinding() {
    }

    static RequestSpecification given() {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
        return RestAssured.given().port(port);
    }
}
