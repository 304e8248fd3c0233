package dev.nodebatch.azure.batch;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

import dev.nodebatch.azure.AzureConfig;
import dev.nodebatch.azure.AzureRestClients;
import dev.nodebatch.batch.JobFollower;
import dev.nodebatch.batch.ProviderCallGuard;

/** Makes {@link AzureNodeFollower}s: for the reimage's {@code wait}, and for {@code job-status} on demand. */
@ApplicationScoped
public class AzureNodeFollowers {

    private final AzureRestClients clients;
    private final ProviderCallGuard guard;
    private final AzureConfig config;

    public AzureNodeFollowers(AzureRestClients clients, ProviderCallGuard guard, AzureConfig config) {
        this.clients = clients;
        this.guard = guard;
        this.config = config;
    }

    /** @param batchUrl an account URL already accepted by {@code BatchAccountUrls} */
    public JobFollower forPool(URI batchUrl, String poolId) {
        return new AzureNodeFollower(pool(batchUrl, poolId));
    }

    PoolNodes pool(URI batchUrl, String poolId) {
        return new PoolNodes(clients, guard, config, batchUrl, poolId);
    }
}
