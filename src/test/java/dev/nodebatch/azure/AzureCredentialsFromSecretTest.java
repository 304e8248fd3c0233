package dev.nodebatch.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.nodebatch.batch.CredentialsStore;
import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.StoredSecret;

/** Azure credentials from a secret the deployment names win over configuration, by the same rules, on every read. */
class AzureCredentialsFromSecretTest {

    private static final String SECRET_ID = "arn:aws:secretsmanager:eu-central-1:123456789012:secret:nodebatch/azure-TeStAb";
    private static final String KEY = "dGVzdC1iYXRjaC1hY2NvdW50LWtleS1ub3QtYS1yZWFsLW9uZQ==";
    private static final String ROTATED_KEY = "cm90YXRlZC10ZXN0LWtleS1ub3QtYS1yZWFsLW9uZQ==";

    private final AtomicReference<Map<String, String>> secret = new AtomicReference<>();
    private final CredentialsStore store = provider -> provider == CredentialsStore.Provider.AZURE
            ? Optional.ofNullable(secret.get()).map(values -> new StoredSecret(SECRET_ID, values))
            : Optional.empty();
    private final AzureCredentialsSource source = new AzureCredentialsSource(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.of("configuredaccount"), Optional.of("Y29uZmlndXJlZA=="), Optional.of(store));

    @Test
    @DisplayName("no secret named: the configured Shared Key")
    void configuration() {
        assertEquals("configuredaccount", source.sharedKey().orElseThrow().accountName());
    }

    @Test
    @DisplayName("the secret's Shared Key, and after a rotation the new key on the next read")
    void sharedKeyFromTheSecret() {
        secret.set(Map.of("AZURE_BATCH_ACCOUNT", "testbatchaccount", "AZURE_BATCH_ACCESS_KEY", KEY));
        assertEquals(new AzureSharedKey("testbatchaccount", KEY), source.sharedKey().orElseThrow());

        secret.set(Map.of("AZURE_BATCH_ACCOUNT", "testbatchaccount", "AZURE_BATCH_ACCESS_KEY", ROTATED_KEY));
        assertEquals(new AzureSharedKey("testbatchaccount", ROTATED_KEY), source.sharedKey().orElseThrow());
    }

    @Test
    @DisplayName("Entra ID client credentials in the secret win over a Shared Key there")
    void entraFromTheSecret() {
        secret.set(Map.of("AZURE_TENANT_ID", "t", "AZURE_CLIENT_ID", "c", "AZURE_CLIENT_SECRET", "s",
                "AZURE_BATCH_ACCOUNT", "testbatchaccount", "AZURE_BATCH_ACCESS_KEY", KEY));

        AzureCredentialsSource.AzureCredentials current = source.current();
        assertEquals(new EntraClientCredentials("t", "c", "s"), current.entra().orElseThrow());
        assertTrue(current.sharedKey().isEmpty());
    }

    @Test
    @DisplayName("a secret without usable keys: AUTH before any call, naming the secret and its keys, no value")
    void incompleteSecret() {
        secret.set(Map.of("AZURE_BATCH_ACCOUNT", "testbatchaccount", "batchKey", KEY));

        ProviderCallException missing = assertThrows(ProviderCallException.class, source::current);

        assertEquals(ErrorCategory.AUTH, missing.error().category());
        assertEquals("NODEBATCH.NO_CREDENTIALS", missing.error().code());
        assertTrue(missing.error().message().startsWith("the secret " + SECRET_ID + " has no "), missing.error().message());
        assertTrue(missing.error().message().endsWith("(it has: AZURE_BATCH_ACCOUNT, batchKey)"), missing.error().message());
        assertFalse(missing.error().message().contains(KEY));
    }
}
