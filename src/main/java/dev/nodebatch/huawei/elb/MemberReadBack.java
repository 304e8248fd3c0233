package dev.nodebatch.huawei.elb;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderCallGuard;
import dev.nodebatch.batch.ProviderEndpoint;
import dev.nodebatch.batch.SettlingRead;
import dev.nodebatch.huawei.HuaweiRestClients;

/**
 * Settles an update whose answer was lost or was a 5xx by listing the members back and comparing each with
 * what was asked: a member that shows every requested value has the change. The list call is a read, safe to
 * repeat, and filters by member id, a few dozen ids a request to keep the URL short. A group whose read fails
 * is left out (its members stay UNKNOWN); the others still settle.
 */
final class MemberReadBack implements SettlingRead<MemberChange> {

    static final int IDS_PER_READ = 50;

    private final HuaweiRestClients clients;
    private final ProviderCallGuard guard;
    private final URI endpoint;
    private final String projectId;
    private final String poolId;

    MemberReadBack(HuaweiRestClients clients, ProviderCallGuard guard, URI endpoint, String projectId, String poolId) {
        this.clients = clients;
        this.guard = guard;
        this.endpoint = endpoint;
        this.projectId = projectId;
        this.poolId = poolId;
    }

    @Override
    public Map<String, Settlement> read(List<MemberChange> targets, Deadline deadline) {
        ElbApi api = clients.client(ElbApi.class, endpoint);
        ProviderEndpoint paced = clients.endpoint(endpoint);
        Map<String, Settlement> found = new HashMap<>();
        ProviderCallException failed = null;
        for (int from = 0; from < targets.size(); from += IDS_PER_READ) {
            List<MemberChange> group = targets.subList(from, Math.min(targets.size(), from + IDS_PER_READ));
            List<String> ids = group.stream().map(member -> member.id).toList();
            ListMembersResponse page;
            try {
                page = guard.call(paced, true, deadline, new AtomicInteger(),
                        () -> clients.exchange(() -> api.listMembers(projectId, poolId, ids, ids.size()), deadline,
                                ListMembersResponse.class));
            } catch (ProviderCallException e) {
                failed = e;
                continue;
            }
            Map<String, BatchUpdateMembersResponse.Member> now = new HashMap<>();
            if (page.members() != null) {
                page.members().forEach(member -> now.put(member.id(), member));
            }
            for (MemberChange asked : group) {
                BatchUpdateMembersResponse.Member member = now.get(asked.id);
                found.put(asked.id, member != null && shows(member, asked) ? Settlement.applied(member.state())
                        : Settlement.notApplied());
            }
        }
        if (found.isEmpty() && failed != null) {
            throw failed;
        }
        return found;
    }

    private static boolean shows(BatchUpdateMembersResponse.Member member, MemberChange asked) {
        return (asked.weight == null || asked.weight.equals(member.weight()))
                && (asked.name == null || Objects.equals(asked.name, member.name()))
                && (asked.protocolPort == null || asked.protocolPort.equals(member.protocolPort()));
    }
}
