package dev.nodebatch.functions;

import static dev.nodebatch.functions.ElbFleets.WEB_1;
import static dev.nodebatch.functions.ElbFleets.WEB_2;
import static dev.nodebatch.functions.ElbFleets.WEB_POOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The HTTP binding takes one strict JSON document per POST. Anything else is answered with a REJECTED batch result
 * and a status that says why, before any provider call, and without an error in the log.
 */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class StrictHttpInputTest {

    static final String FUNCTION = "/huawei-elb-members-update";
    static final String JSON = "application/json";
    /** A valid input for a real run: were it ever let through, the emulator would log a call. */
    static final String REAL_RUN = ElbFleets.weights(WEB_POOL, List.of(WEB_1, WEB_2), 0, "{}");

    private final CapturedLog log = new CapturedLog();

    @BeforeEach
    void freshEmulatorAndLog() {
        EmulatorControl.reset();
        log.start();
    }

    @AfterEach
    void nothingWasSentAndNothingLoggedAsAnError() {
        log.stop();
        assertEquals(List.of(), EmulatorControl.requests(), "a rejected input makes no provider call");
        assertEquals(List.of(), log.warningsAndErrors(), "a user's mistake is not logged as a warning or error");
    }

    static JsonPath rejected(RawHttp.Answer answer, int status) {
        assertEquals(status, answer.status(), answer::body);
        assertEquals(JSON, answer.contentType());
        JsonPath result = answer.json();
        assertEquals("REJECTED", result.getString("status"));
        assertEquals("huawei-elb-members-update", result.getString("operation"));
        assertEquals(0, result.getInt("counts.total"));
        assertEquals(List.of(), result.getList("targets"));
        return result;
    }

    static void assertOnlyError(JsonPath result, String path, String messagePart) {
        assertEquals(List.of(path), result.getList("errors.path"), () -> result.prettify());
        assertTrue(result.getString("errors[0].message").contains(messagePart), result.getString("errors[0].message"));
    }

    @Test
    void aKeyListedTwiceIsRejectedAtItsPathInsteadOfTheLastOneWinning() {
        String input = REAL_RUN.replace("\"options\":{}", "\"options\":{\"dryRun\":true,\"dryRun\":false}")
                .replace("\"poolId\":", "\"poolId\":\"" + WEB_POOL + "\",\"poolId\":")
                .replace("\"weight\":0}", "\"weight\":0,\"weight\":1}");

        JsonPath result = rejected(RawHttp.post(FUNCTION, JSON, input), 200);

        assertEquals(List.of("poolId", "members[0].weight", "members[1].weight", "options.dryRun"),
                result.getList("errors.path"));
        assertEquals(List.of("duplicate key"), result.getList("errors.message").stream().distinct().toList());
    }

    @ParameterizedTest(name = "Content-Type {0} is answered 415")
    @NullSource
    @ValueSource(strings = { "text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/merge-patch+json", "application/vnd.api+json",
            "application/json; charset=ISO-8859-1", "application/jsonx", "application/json, text/plain", "*/*" })
    void aBodyThatIsNotSentAsJsonIsAnswered415(String contentType) {
        JsonPath result = rejected(RawHttp.post(FUNCTION, contentType, REAL_RUN), 415);

        assertOnlyError(result, "$", "must be sent with Content-Type application/json");
    }

    @ParameterizedTest(name = "Content-Type {0} is JSON")
    @ValueSource(strings = { "application/json", "application/json; charset=utf-8", "Application/JSON;Charset=\"UTF-8\"" })
    void jsonWithOrWithoutTheUtf8CharsetIsAccepted(String contentType) {
        RawHttp.Answer answer = RawHttp.post(FUNCTION, contentType, REAL_RUN.replace("\"options\":{}",
                "\"options\":{\"dryRun\":true}"));

        assertEquals(200, answer.status(), answer::body);
        assertEquals("PLANNED", answer.json().getString("status"));
    }

    @ParameterizedTest(name = "{0} is answered 400 at {1}")
    @CsvSource(delimiter = '|', value = {
        "1,001 nested lists          | members[0]                   | nested deeper than the input limit of 32 levels",
        "a 100,000-deep document     | ''                           | nested deeper than the input limit of 32 levels",
        "a number of 1,001 digits    | members[0].weight            | a number longer than the input limit of 32 characters",
        "a 60,000-character name     | members[0]                   | a field name longer than the input limit of 128 characters",
        "a 20,000-character string   | members[0].name              | a string longer than the input limit of 16384 characters",
        "10,001 members              | members                      | a list longer than the input limit of 10000 items",
    })
    void aDocumentOverALimitIsAnswered400NamingTheLimit(String what, String pathStart, String message) {
        JsonPath result = rejected(RawHttp.post(FUNCTION, JSON, overLimit(what)), 400);

        assertEquals(1, result.getList("errors").size(), result::prettify);
        assertTrue(result.getString("errors[0].path").startsWith(pathStart.isEmpty() ? "[0]" : pathStart),
                result.getString("errors[0].path"));
        assertEquals(message, result.getString("errors[0].message"));
    }

    private static String overLimit(String what) {
        java.util.function.UnaryOperator<String> member = field -> REAL_RUN.replace("\"weight\":0}", field + "}");
        return switch (what) {
            case "1,001 nested lists" -> REAL_RUN.replace("[{", "[" + "[".repeat(1001) + "]".repeat(1001) + ",{");
            case "a 100,000-deep document" -> "[".repeat(100_000) + "]".repeat(100_000);
            case "a number of 1,001 digits" -> member.apply("\"weight\":" + "1".repeat(1001));
            case "a 60,000-character name" -> member.apply("\"" + "n".repeat(60_000) + "\":1");
            case "a 20,000-character string" -> member.apply("\"name\":\"" + "n".repeat(20_000) + "\"");
            case "10,001 members" -> ElbFleets.weights(WEB_POOL, ElbFleets.bigPoolIds(10_001), 1, "{\"dryRun\":true}");
            default -> throw new IllegalArgumentException(what);
        };
    }

    @ParameterizedTest(name = "a body of {0} bytes is answered 413")
    @ValueSource(ints = { 1024 * 1024 + 1, 20 * 1024 * 1024 })
    void aBodyOverOneMebibyteIsAnswered413WithARejectedResult(int size) {
        String start = REAL_RUN.substring(0, REAL_RUN.length() - 1) + ",\"pad\":\"";
        byte[] body = (start + "x".repeat(size - start.length() - 2) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertEquals(size, body.length);

        JsonPath result = rejected(RawHttp.post(FUNCTION, JSON, body), 413);

        assertOnlyError(result, "$", "larger than the input limit of 1048576 bytes");
    }

    @ParameterizedTest(name = "body \"{0}\"")
    @ValueSource(strings = { "", " ", "\n\t \r\n" })
    void anEmptyAndABlankBodyAreBothAnswered400(String body) {
        assertOnlyError(rejected(RawHttp.post(FUNCTION, JSON, body), 400), "$", "the document is empty");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "GET", "PUT", "DELETE", "PATCH" })
    void onlyPostCallsAFunction(String method) {
        JsonPath result = rejected(RawHttp.send(method, FUNCTION + "?region=eu-west-101"), 405);

        assertOnlyError(result, "$", "a function is called with POST, not " + method);
    }

    @Test
    void aBodyThatIsNotUtf8IsAnswered400() {
        byte[] latin1 = REAL_RUN.replace("\"options\":{}", "\"options\":{\"dryRun\":\"caf\u00e9\"}")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertOnlyError(rejected(RawHttp.post(FUNCTION, JSON, latin1), 400), "$", "the body is not valid UTF-8 (at byte");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "{} {}", "{\"region\":\"eu-west-101\"}]", "{\"region\": \"eu-west-101\",,}", "nope",
            "{\"region\":\"eu-west-101\"", "{\"members\":[1,2,]}" })
    void aBodyThatIsNotExactlyOneJsonDocumentIsAnswered400(String body) {
        JsonPath result = rejected(RawHttp.post(FUNCTION, JSON, body), 400);

        assertEquals("$", result.getString("errors[0].path"));
        assertTrue(result.getString("errors[0].message").startsWith("malformed JSON: "));
    }
}
