package dev.nodebatch.huawei.elb;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import dev.nodebatch.batch.BatchOperation;
import dev.nodebatch.batch.Chunk;
import dev.nodebatch.batch.ChunkCall;
import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.InputViolation;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderCallGuard;
import dev.nodebatch.batch.ProviderError;
import dev.nodebatch.batch.SettlingRead;
import dev.nodebatch.batch.TargetOutcome;
import dev.nodebatch.huawei.HuaweiConfig;
import dev.nodebatch.huawei.HuaweiEndpoints;
import dev.nodebatch.huawei.HuaweiRestClients;

/**
 * Re-weights, renames or re-ports ELB backend members in batches (ELB v3 batch-update). The call sets
 * absolute values, so repeating it after an unknown outcome is safe; an outcome still unknown after the
 * retries is settled by listing the members back.
 */
@ApplicationScoped
public class ElbMembersUpdate implements BatchOperation<ElbMembersUpdateInput, MemberChange> {

    public static final String NAME = "huawei-elb-members-update";
    static final String SERVICE = "elb";
    // ELB rejects more than 200 members per call
    static final int MAX_MEMBERS_PER_CALL = 200;

    private final HuaweiEndpoints endpoints;
    private final HuaweiRestClients clients;
    private final ProviderCallGuard guard;
    private final HuaweiConfig config;

    public ElbMembersUpdate(HuaweiEndpoints endpoints, HuaweiRestClients clients, ProviderCallGuard guard,
            HuaweiConfig config) {
        this.endpoints = endpoints;
        this.clients = clients;
        this.guard = guard;
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<ElbMembersUpdateInput> inputType() {
        return ElbMembersUpdateInput.class;
    }

    @Override
    public List<InputViolation> check(ElbMembersUpdateInput input) {
        List<InputViolation> violations = new ArrayList<>();
        HuaweiEndpoints.regionProblem(SERVICE, input.cloud, input.region)
                .ifPresent(problem -> violations.add(new InputViolation("region", problem)));
        if (input.members == null) {
            return violations;
        }
        Map<String, Integer> firstSeen = new HashMap<>();
        for (int i = 0; i < input.members.size(); i++) {
            MemberChange member = input.members.get(i);
            if (member == null) {
                continue;
            }
            if (!member.changesSomething()) {
                violations.add(new InputViolation("members[" + i + "]",
                        "must set at least one of weight, name, protocolPort"));
            }
            Integer first = member.id == null ? null : firstSeen.putIfAbsent(member.id, i);
            if (first != null) {
                violations.add(new InputViolation("members[" + i + "].id",
                        "duplicate of members[" + first + "].id: list each member once"));
            }
        }
        return violations;
    }

    @Override
    public List<MemberChange> targets(ElbMembersUpdateInput input) {
        return input.members == null ? List.of() : input.members;
    }

    @Override
    public String targetId(MemberChange target) {
        return target.id;
    }

    @Override
    public List<Chunk<MemberChange>> chunks(List<MemberChange> targets) {
        return Chunk.consecutive(targets, MAX_MEMBERS_PER_CALL);
    }

    @Override
    public int defaultConcurrency() {
        return config.maxConcurrency();
    }

    @Override
    public Map<String, Object> plannedChange(MemberChange target) {
        Map<String, Object> change = new LinkedHashMap<>();
        Optional.ofNullable(target.weight).ifPresent(weight -> change.put("weight", weight));
        Optional.ofNullable(target.protocolPort).ifPresent(port -> change.put("protocolPort", port));
        Optional.ofNullable(target.name).ifPresent(name -> change.put("name", name));
        return change;
    }

    @Override
    public ChunkCall<MemberChange> prepare(ElbMembersUpdateInput input) {
        URI endpoint = endpoints.resolve(SERVICE, input.cloudOrDefault(), input.region);
        return (chunk, deadline) -> new ChunkUpdate(endpoint, input.projectId, input.poolId, deadline)
                .send(chunk.targets());
    }

    /** The members are listed back and compared with what was asked. */
    @Override
    public Optional<SettlingRead<MemberChange>> settlingRead(ElbMembersUpdateInput input) {
        URI endpoint = endpoints.resolve(SERVICE, input.cloudOrDefault(), input.region);
        return Optional.of(new MemberReadBack(clients, guard, endpoint, input.projectId, input.poolId));
    }

    /**
     * One chunk's update. When the provider refuses the whole call and its message names exactly one member
     * of it, that member fails alone and the rest is sent again without it.
     */
    private final class ChunkUpdate {

        private final URI endpoint;
        private final String projectId;
        private final String poolId;
        private final Deadline deadline;
        private final Map<String, TargetOutcome> settled = new HashMap<>();
        private int attempts;

        ChunkUpdate(URI endpoint, String projectId, String poolId, Deadline deadline) {
            this.endpoint = endpoint;
            this.projectId = projectId;
            this.poolId = poolId;
            this.deadline = deadline;
        }

        List<TargetOutcome> send(List<MemberChange> members) {
            List<MemberChange> remaining = new ArrayList<>(members);
            while (!remaining.isEmpty()) {
                remaining = sendOnce(remaining);
            }
            return members.stream().map(member -> settled.get(member.id)).toList();
        }

        /** @return the members to send again */
        private List<MemberChange> sendOnce(List<MemberChange> members) {
            AtomicInteger tries = new AtomicInteger();
            try {
                ElbApi api = clients.client(ElbApi.class, endpoint);
                BatchUpdateMembersRequest body = new BatchUpdateMembersRequest(
                        members.stream().map(BatchUpdateMembersRequest.Option::of).toList());
                BatchUpdateMembersResponse answer = guard.call(clients.endpoint(endpoint), true, deadline, tries,
                        () -> clients.exchange(() -> api.batchUpdateMembers(projectId, poolId, body), deadline,
                                BatchUpdateMembersResponse.class));
                attempts += tries.get();
                settleAnswered(members, answer);
                return List.of();
            } catch (ProviderCallException refused) {
                attempts += tries.get();
                Optional<MemberChange> named = namedMember(refused, members);
                if (named.isPresent() && members.size() > 1) {
                    settled.put(named.get().id, outcome(named.get(), refused));
                    List<MemberChange> rest = new ArrayList<>(members);
                    rest.remove(named.get());
                    return rest;
                }
                members.forEach(member -> settled.put(member.id, outcome(member, refused)));
                return List.of();
            }
        }

        private void settleAnswered(List<MemberChange> members, BatchUpdateMembersResponse answer) {
            Map<String, BatchUpdateMembersResponse.Member> updated = new HashMap<>();
            if (answer.members() != null) {
                answer.members().forEach(member -> updated.put(member.id(), member));
            }
            for (MemberChange member : members) {
                BatchUpdateMembersResponse.Member now = updated.get(member.id);
                settled.put(member.id, now != null
                        ? TargetOutcome.succeeded(member.id, attempts, answer.requestId(), now.state())
                        : TargetOutcome.unknown(member.id, attempts, answer.requestId(),
                                ProviderError.of(ErrorCategory.PROVIDER_ERROR, "MEMBER_NOT_IN_ANSWER",
                                        "the provider accepted the call but did not report this member", 200)));
            }
        }

        private TargetOutcome outcome(MemberChange member, ProviderCallException refused) {
            return TargetOutcome.ofFailure(member.id, attempts, refused);
        }

        private Optional<MemberChange> namedMember(ProviderCallException refused, List<MemberChange> members) {
            ErrorCategory category = refused.error().category();
            String message = refused.error().message();
            if (message == null || (category != ErrorCategory.INVALID_REQUEST && category != ErrorCategory.NOT_FOUND)) {
                return Optional.empty();
            }
            List<MemberChange> named = members.stream().filter(member -> message.contains(member.id)).toList();
            return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
        }
    }
}
