package dev.nodebatch.functions;

import static dev.nodebatch.functions.ElbFleets.WEB_1;
import static dev.nodebatch.functions.ElbFleets.WEB_2;
import static dev.nodebatch.functions.ElbFleets.WEB_POOL;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** No key, security token, signature or Authorization header shows up in a result or in any log line. */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class CredentialsNeverLeakTest {

    private final CapturedLog log = new CapturedLog();

    @BeforeEach
    void captureAllLogs() {
        EmulatorControl.reset();
        log.start();
    }

    @AfterEach
    void stopCapture() {
        log.stop();
    }

    @Test
    void noCredentialAppearsInResultsOrLogLines() {
        String input = ElbFleets.weights(WEB_POOL, List.of(WEB_1, WEB_2), 0, "{}");
        StringBuilder results = new StringBuilder();
        results.append(ElbMembersUpdateTest.invoke(input).prettify());
        EmulatorControl.faults("{\"rules\":[{\"operation\":\"*\",\"fault\":\"THROTTLE\",\"count\":1},"
                + "{\"operation\":\"*\",\"fault\":\"RESET\",\"count\":1},"
                + "{\"operation\":\"*\",\"fault\":\"SLOW\",\"count\":4,\"latencyMs\":1500}]}");
        results.append(ElbMembersUpdateTest.invoke(input).prettify());
        results.append(ElbMembersUpdateTest.invoke(input.replace(WEB_2, "00000000-0000-4000-8000-999999999999"))
                .prettify());

        assertFalse(log.lines().isEmpty(), "the invocations logged");
        assertTrue(log.lines().stream().anyMatch(line -> line.contains("Invocation ")), "one summary line per invocation");
        String everything = results + String.join("\n", log.lines());
        for (String secret : List.of(EmulatorTestResource.SECRET_KEY, EmulatorTestResource.SECURITY_TOKEN,
                "Signature=", "SDK-HMAC-SHA256 Access", EmulatorTestResource.ACCESS_KEY)) {
            assertFalse(everything.contains(secret), "leaked: " + secret.substring(0, 4) + "…");
        }
    }
}
