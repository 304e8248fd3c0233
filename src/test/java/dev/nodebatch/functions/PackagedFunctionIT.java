package dev.nodebatch.functions;

import static dev.nodebatch.functions.HttpBinding.given;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged prod build: the functions work, and the provider emulator is not part of it. */
@QuarkusIntegrationTest
class PackagedFunctionIT extends PackagedFunctionTest {

    @Test
    void theProdBuildDoesNotRunTheProviderEmulator() throws IOException {
        String log = Files.readString(Path.of("target", "quarkus.log"));
        assertTrue(log.contains("started in"), "the application's own log is read");
        assertTrue(!log.contains("Provider emulator"), "no emulator started");
        assertThrows(ConnectException.class, () -> new Socket("localhost", 8089).close(),
                "nothing listens on the dev-mode emulator port");
        given().get("/_emulator/state").then().statusCode(404);
    }
}
