package dev.nodebatch.azure.batch;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.nodebatch.azure.AzureConfig;
import dev.nodebatch.azure.AzureRestClients;
import dev.nodebatch.azure.AzureSharedKeySigner;
import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderCallGuard;

/**
 * Reads the nodes of one pool: all of them, page by page ({@code $select=id,state,stateTransitionTime}, 1000 a page,
 * following {@code odata.nextLink} by its skip token only, so no page is fetched from another host), or one node.
 * Reads are safe to repeat and go through the call guard as such.
 */
final class PoolNodes {

    static final int PAGE_SIZE = 1000;

    private final AzureRestClients clients;
    private final ProviderCallGuard guard;
    private final AzureConfig config;
    private final URI batchUrl;
    private final String poolId;

    PoolNodes(AzureRestClients clients, ProviderCallGuard guard, AzureConfig config, URI batchUrl, String poolId) {
        this.clients = clients;
        this.guard = guard;
        this.config = config;
        this.batchUrl = batchUrl;
        this.poolId = poolId;
    }

    /**
     * @return every node of the pool by id
     * @throws ProviderCallException when a page cannot be read (PoolNotFound among others)
     */
    Map<String, ComputeNodeState> all(Deadline deadline) {
        AzureBatchApi api = clients.client(AzureBatchApi.class, batchUrl);
        Map<String, ComputeNodeState> nodes = new HashMap<>();
        String skipToken = null;
        do {
            String token = skipToken;
            ComputeNodePage page = guard.call(clients.endpoint(batchUrl), true, deadline, new AtomicInteger(), () -> {
                clients.authenticate(deadline);
                return clients.exchange(() -> api.listNodes(poolId, config.apiVersion(), ComputeNodeState.SELECT,
                        PAGE_SIZE, token), deadline, ComputeNodePage.class).body();
            });
            List<ComputeNodeState> value = page.value() == null ? List.of() : page.value();
            value.forEach(node -> nodes.put(node.id(), node));
            skipToken = skipToken(page.nextLink());
        } while (skipToken != null);
        return nodes;
    }

    /** @throws ProviderCallException when the node cannot be read (NodeNotFound among others) */
    ComputeNodeState one(String nodeId, Deadline deadline) {
        AzureBatchApi api = clients.client(AzureBatchApi.class, batchUrl);
        return guard.call(clients.endpoint(batchUrl), true, deadline, new AtomicInteger(), () -> {
            clients.authenticate(deadline);
            return clients.exchange(() -> api.getNode(poolId, nodeId, config.apiVersion(), ComputeNodeState.SELECT),
                    deadline, ComputeNodeState.class).body();
        });
    }

    /** The {@code $skiptoken} of a next link; null when there is no next page. */
    static String skipToken(String nextLink) {
        if (nextLink == null || nextLink.isBlank()) {
            return null;
        }
        return AzureSharedKeySigner.canonicalQuery(URI.create(nextLink).getRawQuery()).get("$skiptoken");
    }
}
