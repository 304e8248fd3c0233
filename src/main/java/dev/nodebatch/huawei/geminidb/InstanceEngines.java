package dev.nodebatch.huawei.geminidb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderCallGuard;
import dev.nodebatch.batch.ProviderEndpoint;
import dev.nodebatch.huawei.HuaweiRestClients;

/**
 * Learns each target's engine from the instance list ({@code datastore.type}): a patch call takes instances of one
 * engine only. Pages through the project's instances until every target is found or the list ends; a read that
 * fails marks every target that is not found yet, so none is lost.
 */
final class InstanceEngines {

    // ListInstances: limit 1..100
    private static final int PAGE = 100;

    private final HuaweiRestClients clients;
    private final ProviderCallGuard guard;
    private final GeminiDbApi api;
    private final ProviderEndpoint endpoint;
    private final String projectId;

    InstanceEngines(HuaweiRestClients clients, ProviderCallGuard guard, GeminiDbApi api, ProviderEndpoint endpoint,
            String projectId) {
        this.clients = clients;
        this.guard = guard;
        this.api = api;
        this.endpoint = endpoint;
        this.projectId = projectId;
    }

    /** @return the targets, in the same order, each FOUND with its engine, NOT_FOUND or READ_FAILED */
    List<PatchTarget> resolve(List<PatchTarget> targets, Deadline deadline) {
        Set<String> wanted = new HashSet<>(targets.stream().map(PatchTarget::instanceId).toList());
        Map<String, String> engines = new HashMap<>();
        ProviderCallException failure = null;
        int offset = 0;
        while (engines.size() < wanted.size()) {
            int from = offset;
            InstancePage page;
            try {
                page = guard.call(endpoint, true, deadline, new AtomicInteger(), () -> clients.exchange(
                        () -> api.listInstances(projectId, from, PAGE), deadline, InstancePage.class));
            } catch (ProviderCallException e) {
                failure = e;
                break;
            }
            page.listed().stream().filter(instance -> wanted.contains(instance.id()) && instance.engine() != null)
                    .forEach(instance -> engines.put(instance.id(), instance.engine()));
            offset += page.listed().size();
            if (page.listed().isEmpty() || page.totalCount() == null || offset >= page.totalCount()) {
                break;
            }
        }
        List<PatchTarget> resolved = new ArrayList<>(targets.size());
        for (PatchTarget target : targets) {
            String engine = engines.get(target.instanceId());
            resolved.add(engine != null ? target.found(engine)
                    : failure != null ? target.unreadable(failure) : target.notFound());
        }
        return resolved;
    }
}
