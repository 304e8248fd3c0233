package dev.nodebatch.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * What the HTTP binding answers around its functions: an index at {@code /}, a 404 that lists the functions for a
 * path that names none, and health checks for the platform that hosts it. None of it logs a warning or an error.
 */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class HttpEdgesTest {

    static final List<String> FUNCTIONS = List.of("azure-batch-nodes-reimage", "huawei-dcs-nodes-start-stop",
            "huawei-elb-members-update", "huawei-geminidb-patch", "huawei-modelarts-nodes-update", "job-status");

    private final CapturedLog log = new CapturedLog();

    @BeforeEach
    void freshEmulatorAndLog() {
        EmulatorControl.reset();
        log.start();
    }

    @AfterEach
    void nothingSentAndNothingLoggedAsAnError() {
        log.stop();
        assertEquals(List.of(), EmulatorControl.requests(), "no function ran");
        assertEquals(List.of(), log.warningsAndErrors(), "a wrong path is not logged as a warning or error");
    }

    @Test
    void theRootListsEveryFunctionWithWhatItDoesAndHowToCallIt() {
        RawHttp.Answer answer = RawHttp.send("GET", "/");

        assertEquals(200, answer.status(), answer::body);
        assertEquals("application/json", answer.contentType());
        assertFunctionsListed(answer.json());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET,  /huawei-elb-members-updat",
        "POST, /huawei-elb-members-updat",
        "POST, /",
        "GET,  /favicon.ico",
        "POST, /huawei-elb-members-update/eu-west-101",
    })
    void aPathThatNamesNoFunctionIsAnswered404ListingTheFunctions(String method, String path) {
        RawHttp.Answer answer = "POST".equals(method) ? RawHttp.post(path, "application/json", "{}")
                : RawHttp.send(method, path);

        assertEquals(404, answer.status(), answer::body);
        assertEquals("application/json", answer.contentType());
        JsonPath index = answer.json();
        assertEquals("no function at " + path + ": call one of these with POST", index.getString("message"));
        assertFunctionsListed(index);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/q/health/live", "/q/health/ready", "/q/health" })
    void healthChecksAnswerUp(String path) {
        RawHttp.Answer answer = RawHttp.send("GET", path);

        assertEquals(200, answer.status(), answer::body);
        assertEquals("UP", answer.json().getString("status"));
    }

    private static void assertFunctionsListed(JsonPath index) {
        assertEquals(FUNCTIONS, index.getList("functions.name"));
        assertEquals(FUNCTIONS.stream().map(name -> "/" + name).toList(), index.getList("functions.path"));
        assertEquals(FUNCTIONS.stream().map(name -> "POST").toList(), index.getList("functions.method"));
        List<String> descriptions = index.getList("functions.description");
        descriptions.forEach(description -> {
            assertFalse(description.isBlank(), "every function says what it does");
            assertTrue(description.length() <= 120 && !description.contains("\n"), description);
        });
        assertEquals(FUNCTIONS.size(), descriptions.stream().distinct().count());
    }
}
