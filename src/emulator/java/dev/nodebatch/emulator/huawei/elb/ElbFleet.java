package dev.nodebatch.emulator.huawei.elb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ELB state of every project, changed only as a whole or all-or-nothing per request. Thread-safe. */
final class ElbFleet {

    private Map<String, ElbProject> projects = Map.of();

    synchronized void replace(Map<String, ElbProject> replaced) {
        projects = Collections.unmodifiableMap(new LinkedHashMap<>(replaced));
    }

    /** Project ids to their ELB resources, in the fleet document's order. */
    synchronized Map<String, ElbProject> projects() {
        return projects;
    }

    /** @throws ElbException ELB.8902 when the project has no such pool */
    synchronized ElbPool pool(String projectId, String poolId) {
        ElbProject project = projects.get(projectId);
        if (project == null) {
            throw ElbException.notFound("Pool", poolId);
        }
        return project.pool(poolId).orElseThrow(() -> ElbException.notFound("Pool", poolId));
    }

    /**
     * Applies every update or none.
     *
     * @return the updated members in the order of the updates
     * @throws ElbException for an unknown pool or member, or a port change in a port passthrough pool
     */
    synchronized List<ElbMember> update(String projectId, String poolId, List<MemberUpdate> updates) {
        ElbPool pool = pool(projectId, poolId);
        String now = ElbMember.timestamp(Instant.now());
        List<ElbMember> updated = new ArrayList<>(updates.size());
        for (MemberUpdate update : updates) {
            ElbMember member = pool.member(update.id()).orElseThrow(() -> ElbException.notFound("Member", update.id()));
            if (update.protocolPort() != null && pool.anyPortEnable()) {
                // ELB: protocol_port cannot change in a pool with port passthrough
                throw ElbException.invalid("protocol_port", "member " + update.id() + " is in pool " + poolId
                        + " with any_port_enable, whose members' protocol_port cannot be changed");
            }
            updated.add(member.updatedBy(update, now));
        }
        Map<String, ElbProject> replaced = new LinkedHashMap<>(projects);
        replaced.put(projectId, projects.get(projectId).withPool(pool.withChanged(updated)));
        replace(replaced);
        return updated;
    }
}
