package dev.nodebatch.functions;

import static dev.nodebatch.functions.AzureFleets.IDLE_1;
import static dev.nodebatch.functions.AzureFleets.IDLE_2;
import static dev.nodebatch.functions.AzureFleets.REIMAGE;
import static dev.nodebatch.functions.AzureFleets.RENDER_POOL;
import static dev.nodebatch.functions.AzureFleets.calls;
import static dev.nodebatch.functions.AzureFleets.input;
import static dev.nodebatch.functions.AzureFleets.invoke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.azure.AzureConfig;
import dev.nodebatch.azure.EntraClientCredentials;
import dev.nodebatch.azure.EntraTokenSource;
import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.emulator.EmulatorTestResource;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * {@code azure-batch-nodes-reimage} with Microsoft Entra ID client credentials: tokens from the emulator's token
 * endpoint (the authority is configured to point there), living 4 seconds.
 */
@QuarkusTest
@WithTestResource(value = EmulatorTestResource.class, initArgs = {
        @ResourceArg(name = EmulatorTestResource.AZURE_AUTH, value = "entra"),
        @ResourceArg(name = EmulatorTestResource.TOKEN_LIFETIME_SECONDS, value = "4") })
class AzureEntraIdTest {

    private static final String TOKEN = "entra.token";

    @Inject
    EntraTokenSource tokens;
    @Inject
    AzureConfig config;
    @Inject
    OidcClients oidcClients;
    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void fresh() {
        EmulatorControl.reset();
        tokens.forget();
    }

    @Test
    @DisplayName("the reimage calls carry a bearer token; one token serves several invocations")
    void tokenIsCachedAcrossInvocations() {
        JsonPath first = invoke(input(RENDER_POOL, List.of(IDLE_1), ""));
        JsonPath second = invoke(input(RENDER_POOL, List.of(IDLE_2), ""));

        assertEquals("SUBMITTED", first.getString("targets[0].status"), first.prettify());
        assertEquals("SUBMITTED", second.getString("targets[0].status"), second.prettify());
        assertEquals(1, calls(TOKEN), "one token for both invocations");
        assertEquals(2, calls(REIMAGE));
        assertTrue(EmulatorControl.requests().stream().filter(call -> REIMAGE.equals(call.get("operation")))
                .allMatch(call -> EmulatorTestResource.ENTRA_CLIENT.equals(call.get("accessKey"))),
                "the Batch calls come from the Entra application");
    }

    @Test
    @DisplayName("a token is replaced shortly before it expires (here at half its 4 s lifetime)")
    void tokenIsRefreshedBeforeExpiry() throws InterruptedException {
        invoke(input(RENDER_POOL, List.of(IDLE_1), "\"skipStateCheck\":true"));
        assertEquals(1, calls(TOKEN));

        Thread.sleep(2200);
        JsonPath later = invoke(input(RENDER_POOL, List.of(IDLE_2), "\"skipStateCheck\":true"));

        assertEquals("SUBMITTED", later.getString("targets[0].status"), later.prettify());
        assertEquals(2, calls(TOKEN));
    }

    @Test
    @DisplayName("Entra's refusal is an AUTH error with its OAuth code, and the secret appears nowhere")
    void refusedClientSecret() {
        EntraTokenSource own = new EntraTokenSource(config, oidcClients, mapper);
        EntraClientCredentials wrong = new EntraClientCredentials(EmulatorTestResource.ENTRA_TENANT,
                EmulatorTestResource.ENTRA_CLIENT, "wrong-client-secret-for-the-test");

        ProviderCallException refused = assertThrows(ProviderCallException.class,
                () -> own.token(wrong, Deadline.in(Duration.ofSeconds(5))));

        assertEquals(ErrorCategory.AUTH, refused.error().category());
        assertEquals("invalid_client", refused.error().code());
        assertTrue(refused.error().message().startsWith("AADSTS7000215"), refused.error().message());
        assertFalse(refused.getMessage().contains("wrong-client-secret-for-the-test"));
        assertFalse(wrong.toString().contains("wrong-client-secret-for-the-test"));
    }

    @Test
    @DisplayName("with the wait, the follow-up reads use the same cached token")
    void waitUsesTheToken() {
        AzureFleets.reimageDuration(RENDER_POOL, 300);

        JsonPath result = invoke(input(RENDER_POOL, List.of(IDLE_1), "\"options\":{\"wait\":true}"));

        assertEquals("SUCCEEDED", result.getString("targets[0].status"), result.prettify());
        assertEquals(1, calls(TOKEN));
    }
}
