package dev.nodebatch.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.emulator.EmulatorTestResource;
import dev.nodebatch.fuzz.HostileRequest;
import dev.nodebatch.fuzz.InputMutator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import net.jqwik.api.RandomGenerator;

/**
 * A property of the running function, over real HTTP: for {@value #INPUTS} hostile requests mutated from valid
 * inputs ({@link InputMutator}, {@link ElbSeeds}), every answer is a JSON batch result with a 2xx or 4xx status,
 * never a 5xx, and an input that is rejected, or only planned, reaches no provider. The random seed is printed; a
 * failure names it and the request, and {@code -Dnodebatch.fuzz.seed=<seed>} replays the same requests.
 */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class HostileInputOverHttpTest {

    static final int INPUTS = 10_000;
    static final Set<Integer> HTTP_STATUSES = Set.of(200, 400, 413, 415);
    static final Set<String> RESULT_STATUSES = Set.of("REJECTED", "PLANNED", "SUCCEEDED", "FAILED", "PARTIAL");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Held, so that the level set on it stays: the logger manager keeps loggers only weakly. */
    private final Logger functions = Logger.getLogger("dev.nodebatch");
    private final CapturedLog log = new CapturedLog();
    private Level functionsLevel;

    /** Without the one summary line per invocation, ten thousand of them, in the build log. */
    @BeforeEach
    void freshEmulatorAndQuietLog() {
        EmulatorControl.reset();
        functionsLevel = functions.getLevel();
        functions.setLevel(Level.WARNING);
        log.start();
    }

    @AfterEach
    void restoreLog() {
        log.stop();
        functions.setLevel(functionsLevel);
    }

    @Test
    void everyHostileInputGetsABatchResultAndARejectedOneReachesNoProvider() {
        long seed = Long.getLong("nodebatch.fuzz.seed", new SecureRandom().nextLong());
        RandomGenerator<HostileRequest> requests = InputMutator.requests(ElbSeeds.DOCUMENTS).generator(1000);
        Random random = new Random(seed);
        Map<String, Integer> seen = new TreeMap<>();
        for (int i = 0; i < INPUTS; i++) {
            HostileRequest request = requests.next(random).value();
            try {
                seen.merge(check(request), 1, Integer::sum);
            } catch (AssertionError | RuntimeException e) {
                fail("Input #" + i + " of seed " + seed + " (replay: -Dnodebatch.fuzz.seed=" + seed + "): " + request
                        + ": " + e.getMessage(), e);
            }
        }
        System.out.println("Hostile input over HTTP, seed " + seed + ": " + INPUTS + " requests, " + seen);
        assertTrue(seen.keySet().stream().anyMatch(answer -> answer.startsWith("200 PLANNED")), seen::toString);
        assertTrue(seen.keySet().stream().anyMatch(answer -> answer.startsWith("200 REJECTED")), seen::toString);
        assertEquals(Set.of(), Set.copyOf(log.warningsAndErrors().stream().filter(line -> line.startsWith("SEVERE")
                || line.contains("Exception")).toList()), "no error logged");
    }

    /** Sends one request, checks the answer, and says what it was: "HTTP-status result-status". */
    private static String check(HostileRequest request) throws AssertionError {
        Instant sent = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        RawHttp.Answer answer = RawHttp.post(ElbMembersUpdateTest.FUNCTION, request.contentType(), request.body());
        assertTrue(HTTP_STATUSES.contains(answer.status()), "HTTP " + answer.status() + ": " + answer.body());
        assertEquals("application/json", answer.contentType());
        JsonNode result = json(answer.body());
        String status = result.path("status").asText();
        assertEquals("huawei-elb-members-update", result.path("operation").asText());
        assertTrue(RESULT_STATUSES.contains(status), status);
        assertEquals(result.path("targets").size(), result.path("counts").path("total").asInt());
        int rejected = status.equals("REJECTED") ? 1 : 0;
        assertTrue(answer.status() == 200 || rejected == 1, "not 200 but " + status);
        if (rejected == 1) {
            assertEquals(0, result.path("targets").size());
            assertTrue(result.path("errors").size() >= 1 && result.path("errors").size() <= 101, answer.body());
        }
        int calls = providerCallsSince(sent);
        if (rejected == 1 || status.equals("PLANNED")) {
            assertEquals(0, calls, status + " but the provider was called");
        } else if (calls > 0) {
            RawHttp.sendTo("DELETE", EmulatorControl.url() + "/_emulator/requests");
        }
        return answer.status() + " " + status;
    }

    /**
     * The provider calls that started since {@code sent}: a slow call an earlier test left behind is logged when it
     * ends, maybe during this test, and is not this request's.
     */
    private static int providerCallsSince(Instant sent) {
        int calls = 0;
        for (JsonNode call : json(RawHttp.sendTo("GET", EmulatorControl.url() + "/_emulator/requests").body())
                .path("requests")) {
            calls += Instant.parse(call.path("startedAt").asText()).isBefore(sent) ? 0 : 1;
        }
        return calls;
    }

    private static JsonNode json(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
