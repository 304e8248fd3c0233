package dev.nodebatch.functions;

import static dev.nodebatch.functions.ElbFleets.PROJECT;
import static dev.nodebatch.functions.ElbFleets.WEB_1;
import static dev.nodebatch.functions.ElbFleets.WEB_2;
import static dev.nodebatch.functions.ElbFleets.WEB_POOL;
import static dev.nodebatch.functions.HttpBinding.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Bad input is rejected whole, with every violation and its JSON path, and nothing reaches the provider. */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class ElbMembersUpdateValidationTest {

    static final String VALID_MEMBER = "{\"id\":\"" + WEB_1 + "\",\"weight\":0}";

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
    }

    @AfterEach
    void nothingWasSent() {
        assertEquals(List.of(), EmulatorControl.requests(), "a rejected input makes no provider call");
    }

    static String input(String region, String projectId, String poolId, String members, String extra) {
        return "{\"region\":" + region + ",\"projectId\":" + projectId + ",\"poolId\":" + poolId
                + ",\"members\":" + members + extra + "}";
    }

    static String withMembers(String members) {
        return input("\"eu-west-101\"", "\"" + PROJECT + "\"", "\"" + WEB_POOL + "\"", members, "");
    }

    static String withOptions(String options) {
        return input("\"eu-west-101\"", "\"" + PROJECT + "\"", "\"" + WEB_POOL + "\"", "[" + VALID_MEMBER + "]",
                ",\"options\":" + options);
    }

    static JsonPath rejected(String input) {
        JsonPath result = given().contentType(ContentType.JSON).body(input).post("/huawei-elb-members-update")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("REJECTED", result.getString("status"));
        assertEquals(0, result.getInt("counts.total"));
        assertEquals(List.of(), result.getList("targets"));
        return result;
    }

    static void assertViolation(JsonPath result, String path, String messagePart) {
        List<Map<String, String>> errors = result.getList("errors");
        assertTrue(errors.stream().anyMatch(e -> e.get("path").equals(path) && e.get("message").contains(messagePart)),
                () -> "expected a violation at " + path + " containing '" + messagePart + "' in " + errors);
    }

    @ParameterizedTest(name = "member {0} is rejected at {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"id\":\"" + WEB_1 + "\",\"weight\":101}                | members[0].weight       | less than or equal to 100",
        "{\"id\":\"" + WEB_1 + "\",\"weight\":-1}                 | members[0].weight       | greater than or equal to 0",
        "{\"id\":\"" + WEB_1 + "\",\"protocolPort\":0}            | members[0].protocolPort | greater than or equal to 1",
        "{\"id\":\"" + WEB_1 + "\",\"protocolPort\":65536}        | members[0].protocolPort | less than or equal to 65535",
        "{\"weight\":5}                                           | members[0].id           | is required",
        "{\"id\":\"not-a-uuid\",\"weight\":5}                     | members[0].id           | ELB member id",
        "{\"id\":\"../../pools\",\"weight\":5}                    | members[0].id           | ELB member id",
        "{\"id\":\"" + WEB_1 + "\"}                               | members[0]              | at least one of weight, name, protocolPort",
        "{\"id\":\"" + WEB_1 + "\",\"weight\":1,\"adminStateUp\":false} | members[0].adminStateUp | must not be set",
        "{\"id\":\"" + WEB_1 + "\",\"wieght\":1}                  | members[0].wieght       | unknown field",
        "{\"id\":\"" + WEB_1 + "\",\"weight\":\"ten\"}            | members[0].weight       | must be a whole number",
        "{\"id\":\"" + WEB_1 + "\",\"weight\":\"10\"}             | members[0].weight       | must be a whole number",
        "{\"id\":\"" + WEB_1 + "\",\"weight\":10.5}               | members[0].weight       | must be a whole number",
        "{\"id\":42,\"weight\":1}                                 | members[0].id           | must be a string",
        "{\"id\":\"" + WEB_1 + "\",\"weight\":3000000000}       | members[0].weight       | must be a whole number from -2147483648 to 2147483647",
        "{\"id\":\"" + WEB_1 + "\",\"weight\":1e1}              | members[0].weight       | must be a whole number",
        "{\"id\":\"" + WEB_1 + "\",\"weight\":true}             | members[0].weight       | must be a whole number",
        "{\"id\":\"" + WEB_1 + "\",\"name\":[\"a\"]}          | members[0].name         | must be a string",
        "{\"id\":\"" + WEB_1 + "\",\"weight\":{}}               | members[0].weight       | must be a whole number",
        "[]                                                       | members[0]              | must be an object",
        "\"" + WEB_1 + "\"                                      | members[0]              | must be an object",
        "null                                                     | members[0]              | must be an object",
    })
    void aBadMemberIsRejectedWithItsPath(String member, String path, String message) {
        assertViolation(rejected(withMembers("[" + member + "]")), path, message);
    }

    @Test
    void aTooLongNameIsRejected() {
        assertViolation(rejected(withMembers("[{\"id\":\"" + WEB_1 + "\",\"name\":\"" + "n".repeat(256) + "\"}]")),
                "members[0].name", "size must be between 0 and 255");
    }

    @ParameterizedTest(name = "scope {0} is rejected at {1}")
    @CsvSource(delimiter = '|', value = {
        "null                | \"" + PROJECT + "\" | \"" + WEB_POOL + "\" | region    | is required",
        "\"EU West\"         | \"" + PROJECT + "\" | \"" + WEB_POOL + "\" | region    | region id",
        "\"evil.example.com/x\" | \"" + PROJECT + "\" | \"" + WEB_POOL + "\" | region | region id",
        "\"eu-west-101\"     | null                | \"" + WEB_POOL + "\" | projectId | is required",
        "\"eu-west-101\"     | \"ABC\"             | \"" + WEB_POOL + "\" | projectId | project id",
        "\"eu-west-101\"     | \"" + PROJECT + "\" | \"x/../y\"           | poolId    | ELB pool id",
        "\"eu-west-101\"     | \"" + PROJECT + "\" | 7                    | poolId    | must be a string",
        "\"eu-west-101\"     | \"" + PROJECT + "\" | [\"a\"]            | poolId    | must be a string",
    })
    void aBadScopeIsRejectedWithItsPath(String region, String project, String pool, String path, String message) {
        assertViolation(rejected(input(region, project, pool, "[" + VALID_MEMBER + "]", "")), path, message);
    }

    @ParameterizedTest(name = "cloud {0} is rejected")
    @ValueSource(strings = { "\"aws\"", "\"OTC\"", "1", "0", "[\"otc\"]" })
    void anUnknownCloudIsRejected(String cloud) {
        assertViolation(rejected(input("\"eu-de\"", "\"" + PROJECT + "\"", "\"" + WEB_POOL + "\"",
                "[" + VALID_MEMBER + "]", ",\"cloud\":" + cloud)), "cloud", "must be one of huaweicloud, otc");
    }

    @Test
    void aLongListIsCheckedToItsLastMemberWithEachViolationAtItsPath() {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            int weight = i == 5 || i == 1_500 || i == 2_999 ? 101 : 1;
            members.add("{\"id\":\"" + ElbFleets.memberId(i) + "\",\"weight\":" + weight + "}");
        }
        JsonPath result = rejected(input("\"eu-west-101\"", "\"" + PROJECT + "\"", "\"x/../y\"",
                "[" + String.join(",", members) + "]", ",\"options\":{\"maxTargets\":3000}"));

        assertEquals(List.of("members[1500].weight", "members[2999].weight", "members[5].weight", "poolId"),
                result.getList("errors.path"));
    }

    @Test
    void everyMemberIsCheckedAtItsOwnPathWhateverTheOthersAre() {
        JsonPath result = rejected(withMembers("[{\"id\":\"" + WEB_1 + "\",\"weight\":500},1,{\"id\":\"" + WEB_2
                + "\",\"weight\":\"x\"},null]"));

        assertEquals(List.of("members[1]", "members[2].weight", "members[3]", "members[0].weight", "members[2]"),
                result.getList("errors.path"));
        assertViolation(result, "members[0].weight", "less than or equal to 100");
        assertViolation(result, "members[1]", "must be an object");
        assertViolation(result, "members[3]", "must be an object");
    }

    @Test
    void beyondOneHundredViolationsTheRestIsCountedAndEveryCheckStillRuns() {
        String members = java.util.stream.IntStream.range(0, 150)
                .mapToObj(i -> "{\"id\":\"" + ElbFleets.memberId(i) + "\",\"weight\":\"x\",\"name\":\"n\"}")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        JsonPath result = rejected(input("\"EU\"", "\"" + PROJECT + "\"", "\"" + WEB_POOL + "\"", members, ""));

        List<String> paths = result.getList("errors.path");
        assertEquals(101, paths.size());
        assertEquals("members[99].weight", paths.get(99));
        assertEquals(new java.util.LinkedHashMap<>(Map.of("path", "$", "message", "51 more violations not listed")),
                new java.util.LinkedHashMap<>(result.getMap("errors[100]")));
    }

    @ParameterizedTest(name = "an unknown field holding {0} is reported at the field")
    @ValueSource(strings = { "[1,2]", "[[{}]]", "{\"a\":[1]}", "null" })
    void anUnknownFieldIsReportedAtTheFieldWhateverItHolds(String value) {
        JsonPath result = rejected(withOptions("{\"tags\":" + value + "}").replace("\"members\"", "\"tags\":" + value
                + ",\"members\""));

        assertEquals(List.of("tags", "options.tags"), result.getList("errors.path"));
        assertEquals(List.of("unknown field", "unknown field"), result.getList("errors.message"));
    }

    @Test
    void aFieldNameThatIsNotAnIdentifierIsQuotedInThePath() {
        JsonPath result = rejected(withOptions("{\"dry.Run\":true,\"a\\\"b\":1,\"\\u001b[31m\":1}"));

        assertEquals(List.of("options[\"dry.Run\"]", "options[\"a\\\"b\"]", "options[\"\\u001B[31m\"]"),
                result.getList("errors.path"));
    }

    @ParameterizedTest(name = "a name with U+{0} is rejected")
    @ValueSource(strings = { "0000", "0009", "000A", "000D", "001B", "007F", "0085", "009B", "00AD", "200B", "200E",
            "202E", "2066", "2028", "FEFF", "D800" })
    void aNameWithAControlOrInvisibleFormattingCharacterIsRejected(String codePoint) {
        JsonPath result = rejected(withMembers("[{\"id\":\"" + WEB_1 + "\",\"weight\":1,\"name\":\"web\\u" + codePoint + "1\"}]"));

        assertEquals(List.of("members[0].name"), result.getList("errors.path"));
        assertEquals("must not contain control or invisible formatting characters (U+" + codePoint + " at index 3)",
                result.getString("errors[0].message"));
    }

    @Test
    void everyStringFieldIsHeldToTheSameRule() {
        JsonPath result = rejected(input("\"eu-west-101\\u0000\"", "\"" + PROJECT + "\\u202e\"", "\"" + WEB_POOL + "\"",
                "[{\"id\":\"" + WEB_1 + "\\r\\n\",\"weight\":1}]", ""));

        assertEquals(List.of("region", "projectId", "members[0].id"), result.getList("errors.path"));
        result.getList("errors.message").forEach(message -> assertTrue(((String) message).startsWith("must not contain")));
    }

    @Test
    void aNameInAnyScriptIsAccepted() {
        String name = "w\u00e9b-1 \u2603 \u65e5\u672c \ud83d\ude80";
        JsonPath result = given().contentType(ContentType.JSON)
                .body(withOptions("{\"dryRun\":true}").replace("\"weight\":0}", "\"name\":\"" + name + "\"}"))
                .post("/huawei-elb-members-update").then().statusCode(200).extract().jsonPath();

        assertEquals("PLANNED", result.getString("status"));
        assertEquals("w\u00e9b-1 \u2603 \u65e5\u672c \ud83d\ude80", result.getString("targets[0].state.name"));
    }

    @Test
    void nullEverywhereIsReportedFieldByField() {
        JsonPath result = rejected("{\"region\":null,\"projectId\":null,\"poolId\":null,\"cloud\":null,\"members\":null,"
                + "\"options\":null}");

        assertEquals(List.of("members", "poolId", "projectId", "region"), result.getList("errors.path"));
    }

    @Test
    void aRegionOfTheOtherCloudIsRejectedBeforeAnyCall() {
        assertViolation(rejected(input("\"eu-west-101\"", "\"" + PROJECT + "\"", "\"" + WEB_POOL + "\"",
                "[" + VALID_MEMBER + "]", ",\"cloud\":\"otc\"")), "region",
                "eu-west-101 is a region of Huawei Cloud, not of Open Telekom Cloud");
        assertViolation(rejected(input("\"eu-de\"", "\"" + PROJECT + "\"", "\"" + WEB_POOL + "\"",
                "[" + VALID_MEMBER + "]", "")), "region", "set \"cloud\": \"otc\"");
    }

    @Test
    void membersMustBeANonEmptyList() {
        assertViolation(rejected(withMembers("[]")), "members", "at least one member");
        assertViolation(rejected(withMembers("{\"id\":\"" + WEB_1 + "\"}")), "members", "must be a list");
        assertViolation(rejected(withMembers("null")), "members", "is required");
    }

    @Test
    void aMemberListedTwiceIsRejected() {
        JsonPath result = rejected(withMembers("[" + VALID_MEMBER + ",{\"id\":\"" + WEB_2 + "\",\"weight\":1},"
                + "{\"id\":\"" + WEB_1 + "\",\"weight\":100}]"));
        assertViolation(result, "members[2].id", "duplicate of members[0].id");
    }

    @ParameterizedTest(name = "options {0} are rejected at {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"maxConcurrency\":0}          | options.maxConcurrency     | greater than or equal to 1",
        "{\"maxConcurrency\":65}         | options.maxConcurrency     | less than or equal to 64",
        "{\"maxErrors\":\"lots\"}        | options.maxErrors          | percentage",
        "{\"maxErrors\":\"150%\"}        | options.maxErrors          | percentage",
        "{\"maxErrors\":-1}              | options.maxErrors          | percentage",
        "{\"maxErrors\":\"10.5%\"}       | options.maxErrors          | whole percentage",
        "{\"maxErrors\":\" 5 \"}         | options.maxErrors          | whole percentage",
        "{\"maxErrors\":\"5\"}           | options.maxErrors          | whole percentage",
        "{\"maxErrors\":\"10 %\"}        | options.maxErrors          | whole percentage",
        "{\"maxErrors\":2.0}             | options.maxErrors          | whole percentage",
        "{\"maxErrors\":[3]}             | options.maxErrors          | whole percentage",
        "{\"maxTargets\":0}              | options.maxTargets         | greater than or equal to 1",
        "{\"deadlineSeconds\":0}         | options.deadlineSeconds    | greater than or equal to 1",
        "{\"deadlineSeconds\":901}       | options.deadlineSeconds    | less than or equal to 900",
        "{\"waitTimeoutSeconds\":0}      | options.waitTimeoutSeconds | greater than or equal to 1",
        "{\"dryRun\":\"yes\"}            | options.dryRun             | true or false",
        "{\"dryrun\":true}               | options.dryrun             | unknown field",
    })
    void badOptionsAreRejectedWithTheirPath(String options, String path, String message) {
        assertViolation(rejected(withOptions(options)), path, message);
    }

    @Test
    void moreTargetsThanMaxTargetsRejectTheWholeInput() {
        JsonPath result = rejected(withMembers("[" + VALID_MEMBER + ",{\"id\":\"" + WEB_2 + "\",\"weight\":1}]")
                .replace("}]}", "}],\"options\":{\"maxTargets\":1}}"));
        assertViolation(result, "$", "more than maxTargets 1");
    }

    @Test
    void theConfiguredMaxTargetsGuardsByDefault() {
        assertViolation(rejected(ElbFleets.weights(WEB_POOL, ElbFleets.bigPoolIds(1001), 1, "{}")), "$",
                "has 1001 targets, more than maxTargets 1000");
    }

    @Test
    void everyViolationIsListedAtOnce() {
        JsonPath result = rejected(input("\"EU\"", "null", "\"" + WEB_POOL + "\"",
                "[{\"id\":\"" + WEB_1 + "\",\"weight\":101,\"protocolPort\":\"x\"},{\"id\":\"bad\",\"weight\":1},"
                        + "{\"id\":\"" + WEB_1 + "\",\"weight\":2}]",
                ",\"options\":{\"maxConcurrency\":0,\"extra\":1}"));
        List<String> paths = result.getList("errors.path");
        assertTrue(paths.containsAll(List.of("region", "projectId", "members[0].weight", "members[0].protocolPort",
                "members[1].id", "members[2].id", "options.maxConcurrency", "options.extra")), paths::toString);
        assertEquals(paths.size(), paths.stream().distinct().count(), "one violation per problem: " + paths);
    }

    @Test
    void anInputThatIsNotAnObjectIsRejected() {
        assertViolation(rejected("[1,2]"), "$", "must be a JSON object");
    }

    @Test
    void malformedJsonIsAnsweredWith400AndARejectedResultThatSaysWhere() {
        JsonPath result = given().contentType(ContentType.JSON).body("{\"region\": \"eu-west-101\",,}")
                .post("/huawei-elb-members-update").then().statusCode(400).contentType(ContentType.JSON)
                .extract().jsonPath();
        assertEquals("REJECTED", result.getString("status"));
        assertEquals("huawei-elb-members-update", result.getString("operation"));
        assertEquals("$", result.getString("errors[0].path"));
        assertTrue(result.getString("errors[0].message").startsWith("malformed JSON: "));
        assertTrue(result.getString("errors[0].message").contains("line 1, column"));
    }

    @Test
    void aValidDryRunIsNotRejected() {
        JsonPath result = given().contentType(ContentType.JSON).body(withOptions("{\"dryRun\":true,\"maxErrors\":\"10%\"}"))
                .post("/huawei-elb-members-update").then().statusCode(200).extract().jsonPath();
        assertEquals("PLANNED", result.getString("status"));
        assertEquals(List.of(), result.getList("errors"));
    }
}
