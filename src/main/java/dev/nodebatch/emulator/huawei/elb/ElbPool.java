package dev.nodebatch.emulator.huawei.elb;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        members = members == null ? List.of() : List.copyOf(members);
        Set<String> ids = new HashSet<>();
        for (ElbMember member : members) {
            if (!ids.add(member.id())) {
                throw new IllegalArgumentException("Pool " + id + " lists member " + member.id() + " twice");
            }
        }
    }

    Optional<ElbMember> member(String memberId) {
        return members.stream().filter(member -> member.id().equals(memberId)).findFirst();
    }

    ElbPool withMembers(List<ElbMember> replaced) {
        return new ElbPool(id, name, protocol, lbAlgorithm, anyPortEnable, replaced);
    }
}
