package dev.nodebatch.functions;

import static dev.nodebatch.functions.ElbFleets.WEB_1;
import static dev.nodebatch.functions.ElbFleets.WEB_2;
import static dev.nodebatch.functions.ElbFleets.WEB_POOL;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

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

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    line.append(' ').append(parameter);
                }
            }
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(' ').append(trace);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureAllLogs() {
        EmulatorControl.reset();
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapture() {
        Logger.getLogger("").removeHandler(capture);
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

        assertFalse(lines.isEmpty(), "the invocations logged");
        assertTrue(lines.stream().anyMatch(line -> line.contains("Invocation ")), "one summary line per invocation");
        String everything = results + String.join("\n", lines);
        for (String secret : List.of(EmulatorTestResource.SECRET_KEY, EmulatorTestResource.SECURITY_TOKEN,
                "Signature=", "SDK-HMAC-SHA256 Access", EmulatorTestResource.ACCESS_KEY)) {
            assertFalse(everything.contains(secret), "leaked: " + secret.substring(0, 4) + "…");
        }
    }
}
