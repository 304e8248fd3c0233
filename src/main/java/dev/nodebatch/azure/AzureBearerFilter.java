package dev.nodebatch.azure;

import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Adds the Entra ID token, fetched before the attempt by {@link AzureRestClients#authenticate}, to every request of
 * an Azure Batch REST client.
 */
final class AzureBearerFilter implements ClientRequestFilter {

    private final EntraTokenSource tokens;

    AzureBearerFilter(EntraTokenSource tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(jakarta.ws.rs.client.ClientRequestContext request) {
        tokens.cached().ifPresent(token -> request.getHeaders().putSingle("Authorization", "Bearer " + token));
    }
}
