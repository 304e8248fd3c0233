package dev.nodebatch.emulator.huawei.elb;

import java.util.List;
import java.util.Optional;

/** A backend server group and its members, as the fleet document describes it. */
public record ElbPool(String id, String name, String protocol, String lbAlgorithm, boolean anyPortEnable,
        List<ElbMember> members) {

    public ElbPool {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A pool needs an id");
        }
        name = name == null ? "" : name;
        protocol = protocol == null ? "HTTP" : protocol;
        lbAlgorithm = lbAlgorithm == null ? "ROUND_ROBIN" : lbAlgorithm;
        try {
            members = PoolMembers.of(members == null ? List.of() : members);
        } catch (IllegalArgumentException duplicate) {
            throw new IllegalArgumentException("Pool " + id + " " + duplicate.getMessage(), duplicate);
        }
    }

    Optional<ElbMember> member(String memberId) {
        return PoolMembers.of(members).byId(memberId);
    }

    /** This pool with each of {@code changed} in the place of the member with its id. */
    ElbPool withChanged(List<ElbMember> changed) {
        return new ElbPool(id, name, protocol, lbAlgorithm, anyPortEnable, PoolMembers.of(members).replacing(changed));
    }
}
