package dev.nodebatch.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code deploy/aws/template.yaml}, in each variant: one Lambda function per function the application exports,
 * each with the handler and code of its variant, reachable by an IAM-signed HTTP API route and a disabled schedule
 * whose input is one of the checked examples, writing only its own logs, with credentials only from Secrets Manager.
 */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class AwsSamTemplateTest {

    static final Path TEMPLATE = Deployments.AWS.resolve("template.yaml");
    static final String JVM_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    static final String HUAWEI_SECRET = "arn:aws:secretsmanager:eu-central-1:123456789012:secret:nodebatch/huawei-AbCdEf";
    static final String AZURE_SECRET = "arn:aws:secretsmanager:eu-central-1:123456789012:secret:nodebatch/azure-GhIjKl";
    static final Set<String> HUAWEI_KEYS = Set.of("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK");
    static final String EXTENSION_LAYER =
            "arn:aws:lambda:eu-west-1:015030872274:layer:AWS-Parameters-and-Secrets-Lambda-Extension:11";

    @ParameterizedTest(name = "Variant={0}")
    @ValueSource(strings = { "jvm", "native" })
    void oneFunctionPerExportedFunctionWithTheHandlerAndCodeOfItsVariant(String variant) {
        SamTemplate template = SamTemplate.of(TEMPLATE, Map.of("Variant", variant));
        Map<String, JsonNode> functions = functionsByExport(template);

        assertEquals(exported(), functions.keySet());
        functions.forEach((name, function) -> {
            JsonNode properties = function.get("Properties");
            assertEquals("../../target/function.zip", properties.path("CodeUri").asText(), name);
            assertEquals("jvm".equals(variant) ? "java21" : "provided.al2023", properties.path("Runtime").asText(), name);
            assertEquals("jvm".equals(variant) ? JVM_HANDLER : "bootstrap", properties.path("Handler").asText(), name);
            assertEquals("live", properties.path("AutoPublishAlias").asText(), name);
            assertEquals("jvm".equals(variant) ? "PublishedVersions" : "",
                    properties.path("SnapStart").path("ApplyOn").asText(), name + ": SnapStart on the Java runtime only");
            assertTrue(properties.path("MemorySize").asInt() >= 256, name);
            assertEquals(900, properties.path("Timeout").asInt(), name);
        });
    }

    @Test
    void everyFunctionHasItsRouteOnTheOneIamAuthorizedThrottledHttpApi() {
        SamTemplate template = SamTemplate.of(TEMPLATE, Map.of());
        Map<String, JsonNode> apis = template.resources("AWS::Serverless::HttpApi");
        assertEquals(1, apis.size(), "one HTTP API for every function");
        String apiId = apis.keySet().iterator().next();
        JsonNode api = apis.get(apiId).get("Properties");
        assertEquals("AWS_IAM", api.path("Auth").path("DefaultAuthorizer").asText(), "callers sign their requests");
        assertTrue(api.path("Auth").path("EnableIamAuthorizer").asBoolean());
        assertTrue(api.path("DefaultRouteSettings").path("ThrottlingRateLimit").asInt() > 0);
        assertTrue(api.path("DefaultRouteSettings").path("ThrottlingBurstLimit").asInt() > 0);

        functionsByExport(template).forEach((name, function) -> {
            List<JsonNode> routes = events(function, "HttpApi");
            assertEquals(1, routes.size(), name);
            JsonNode route = routes.get(0);
            assertEquals(apiId, route.path("ApiId").path("Ref").asText(), name);
            assertEquals("POST", route.path("Method").asText(), name);
            assertEquals("/" + name, route.path("Path").asText(), name);
            assertEquals("2.0", route.path("PayloadFormatVersion").asText(), name);
            assertFalse(route.has("Auth"), name + ": no route opts out of IAM authorization");
        });
    }

    @Test
    void everyFunctionHasADisabledScheduleWhoseInputIsItsCheckedExample() {
        SamTemplate template = SamTemplate.of(TEMPLATE, Map.of());

        functionsByExport(template).forEach((name, function) -> {
            List<JsonNode> schedules = events(function, "ScheduleV2");
            assertEquals(1, schedules.size(), name);
            JsonNode schedule = schedules.get(0);
            assertEquals("DISABLED", schedule.path("State").asText(), name + ": enabled only by the operator");
            assertTrue(schedule.path("ScheduleExpression").asText().matches("(cron|rate)\\(.+\\)"), name);
            assertEquals(0, schedule.path("RetryPolicy").path("MaximumRetryAttempts").asInt(-1), name);
            assertFalse(schedule.has("RoleArn"), name + ": SAM makes a role that may invoke this function only");
            // DeployInputsDryRunTest runs the example as a dry run through the function
            JsonNode example = Deployments.read(Deployments.AWS.resolve("examples").resolve(name).resolve("schedule.json"));
            assertEquals(example, Deployments.parse(schedule.path("Input").asText()), name);
        });
    }

    @ParameterizedTest(name = "Variant={0}")
    @ValueSource(strings = { "jvm", "native" })
    void everyFunctionWritesOnlyItsOwnLogGroupWhichKeepsLogsForTheConfiguredDays(String variant) {
        SamTemplate template = SamTemplate.of(TEMPLATE, Map.of("Variant", variant, "LogRetentionDays", "14"));
        Set<String> logGroups = new TreeSet<>();

        functionsByExport(template).forEach((name, function) -> {
            JsonNode properties = function.get("Properties");
            JsonNode logGroupRef = properties.path("LoggingConfig").path("LogGroup");
            String logGroup = logGroupRef.path("Ref").asText();
            assertTrue(logGroups.add(logGroup), name + ": a log group of its own");
            assertEquals(14, template.resource(logGroup).path("Properties").path("RetentionInDays").asInt(), name);

            JsonNode role = template.referenced(properties.path("Role")).path("Properties");
            assertEquals("lambda.amazonaws.com", role.path("AssumeRolePolicyDocument").path("Statement").get(0)
                    .path("Principal").path("Service").asText(), name);
            assertFalse(role.has("ManagedPolicyArns"), name + ": no managed policy, such as logs on every group");
            List<JsonNode> statements = new ArrayList<>();
            role.path("Policies").forEach(policy -> policy.path("PolicyDocument").path("Statement").forEach(statements::add));
            assertEquals(1, statements.size(), name);
            JsonNode statement = statements.get(0);
            assertEquals("Allow", statement.path("Effect").asText());
            assertEquals(Set.of("logs:CreateLogStream", "logs:PutLogEvents"), texts(statement.path("Action")), name);
            assertEquals(logGroup, statement.path("Resource").path("Fn::GetAtt").get(0).asText(), name);
        });
        template.resources("AWS::Logs::LogGroup").forEach((id, group) ->
                assertEquals(14, group.path("Properties").path("RetentionInDays").asInt(), id));
    }

    @Test
    void eachFunctionNamesOnlyTheSecretsItNeedsAndItsRoleMayReadExactlyThose() {
        SamTemplate template = SamTemplate.of(TEMPLATE, Map.of("HuaweiCredentialsSecretArn", HUAWEI_SECRET,
                "AzureCredentialsSecretArn", AZURE_SECRET, "ExtensionLayerArn", EXTENSION_LAYER));

        functionsByExport(template).forEach((name, function) -> {
            Map<String, String> expected = new TreeMap<>();
            if (name.startsWith("huawei-") || "job-status".equals(name)) {
                expected.put("NODEBATCH_HUAWEI_CREDENTIALS_SECRET", HUAWEI_SECRET);
            }
            if (name.startsWith("azure-") || "job-status".equals(name)) {
                expected.put("NODEBATCH_AZURE_CREDENTIALS_SECRET", AZURE_SECRET);
            }
            assertEquals(expected, credentials(function), name + ": the secrets' ARNs, never a key");
            assertEquals(List.of(EXTENSION_LAYER), texts(function.path("Properties").path("Layers")).stream().toList(),
                    name + ": the extension that serves the secret");
            assertEquals(new TreeSet<>(expected.values()), secretsTheRoleMayRead(template, function),
                    name + ": GetSecretValue on its own secrets only");
        });
    }

    @Test
    void withoutSecretsAFunctionGetsNoCredentialVariablesNoLayerAndNoSecretPermission() {
        SamTemplate template = SamTemplate.of(TEMPLATE, Map.of());

        functionsByExport(template).forEach((name, function) -> {
            assertEquals(Map.of(), credentials(function), name);
            assertTrue(function.path("Properties").path("Layers").isMissingNode(), name);
            assertEquals(Set.of(), secretsTheRoleMayRead(template, function), name);
        });
    }

    @Test
    void noSecretValueReachesAFunctionsConfiguration() throws java.io.IOException {
        String text = java.nio.file.Files.readString(TEMPLATE);

        assertFalse(text.contains("{{resolve:"), "no dynamic reference: CloudFormation would write the value into "
                + "the function's environment, readable with lambda:GetFunctionConfiguration");
        assertFalse(text.contains("NODEBATCH_CREDENTIALS_REVISION"), "rotation needs no redeploy");
    }

    @Test
    void noParameterTakesACredentialAndTheTemplateHoldsNoKey() {
        JsonNode raw = SamTemplate.read(TEMPLATE);
        raw.path("Parameters").properties().forEach(parameter -> {
            JsonNode definition = parameter.getValue();
            assertFalse(definition.path("NoEcho").asBoolean(), parameter.getKey() + ": nothing secret is a parameter");
            if (parameter.getKey().matches("(?i).*(key|secret|password|token|credential).*")) {
                Pattern allowed = Pattern.compile(definition.path("AllowedPattern").asText("(?s).*"));
                assertTrue(allowed.matcher(HUAWEI_SECRET).matches(), parameter.getKey());
                assertTrue(allowed.matcher("").matches(), parameter.getKey() + ": optional");
                assertFalse(allowed.matcher(EmulatorTestResource.ACCESS_KEY).matches(),
                        parameter.getKey() + " takes the ARN of a secret, never a key");
                assertFalse(allowed.matcher(EmulatorTestResource.AZURE_BATCH_KEY).matches(), parameter.getKey());
            }
        });
        // Huawei access keys are 20 upper-case letters and digits, secret keys and Azure keys long Base64-like runs
        Pattern keyShaped = Pattern.compile("\\b[A-Z0-9]{20}\\b|[A-Za-z0-9+/]{40,}={0,2}");
        List<String> texts = new ArrayList<>();
        collectTexts(raw, texts);
        texts.forEach(text -> assertFalse(keyShaped.matcher(text).find(), () -> "looks like a key: " + text));
    }

    @Test
    void everyExportedFunctionHasAnExampleAndEveryExampleAFunction() {
        Set<String> withExamples = new TreeSet<>(Deployments.exampleInputs().stream()
                .filter(input -> input.file().startsWith(Deployments.AWS)).map(Deployments.ExampleInput::function).toList());

        assertFalse(withExamples.isEmpty());
        assertEquals(exported(), withExamples);
    }

    private static Set<String> exported() {
        return new TreeSet<>(DeployTemplatesTest.exported());
    }

    /** The template's functions by the function each exports ({@code QUARKUS_FUNQY_EXPORT}), each exactly once. */
    private static Map<String, JsonNode> functionsByExport(SamTemplate template) {
        Map<String, JsonNode> byExport = new TreeMap<>();
        template.resources("AWS::Serverless::Function").forEach((id, function) -> {
            String export = function.path("Properties").path("Environment").path("Variables")
                    .path("QUARKUS_FUNQY_EXPORT").asText();
            assertFalse(export.isEmpty(), id + " sets QUARKUS_FUNQY_EXPORT");
            assertTrue(byExport.put(export, function) == null, export + " is deployed once");
        });
        return byExport;
    }

    private static List<JsonNode> events(JsonNode function, String type) {
        List<JsonNode> found = new ArrayList<>();
        function.path("Properties").path("Events").forEach(event -> {
            if (type.equals(event.path("Type").asText())) {
                found.add(event.path("Properties"));
            }
        });
        return found;
    }

    /**
     * The function's credential variables (interface 6 of the README's Configuration) and the variables naming a
     * credentials secret, with their values.
     */
    private static Map<String, String> credentials(JsonNode function) {
        Map<String, String> found = new TreeMap<>();
        function.path("Properties").path("Environment").path("Variables").properties().forEach(variable -> {
            String name = variable.getKey();
            if (HUAWEI_KEYS.contains(name) || name.startsWith("HUAWEICLOUD_SDK_") || name.startsWith("AZURE_")
                    || name.endsWith("_CREDENTIALS_SECRET")) {
                found.put(name, variable.getValue().isTextual() ? variable.getValue().asText() : variable.getValue().toString());
            }
        });
        return found;
    }

    /** The resources of every statement of the function's role that allows a Secrets Manager action. */
    private static Set<String> secretsTheRoleMayRead(SamTemplate template, JsonNode function) {
        Set<String> secrets = new TreeSet<>();
        JsonNode role = template.referenced(function.path("Properties").path("Role")).path("Properties");
        role.path("Policies").forEach(policy -> policy.path("PolicyDocument").path("Statement").forEach(statement -> {
            Set<String> actions = texts(statement.path("Action"));
            if (actions.stream().anyMatch(action -> action.startsWith("secretsmanager:") || action.equals("*"))) {
                assertEquals(Set.of("secretsmanager:GetSecretValue"), actions);
                secrets.addAll(texts(statement.path("Resource")));
            }
        }));
        return secrets;
    }

    private static Set<String> texts(JsonNode node) {
        Set<String> texts = new TreeSet<>();
        if (node.isArray()) {
            node.forEach(element -> texts.add(element.asText()));
        } else {
            texts.add(node.asText());
        }
        return texts;
    }

    private static void collectTexts(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.properties().forEach(field -> {
            texts.add(field.getKey());
            collectTexts(field.getValue(), texts);
        });
        if (node.isArray()) {
            node.forEach(element -> collectTexts(element, texts));
        }
    }
}
