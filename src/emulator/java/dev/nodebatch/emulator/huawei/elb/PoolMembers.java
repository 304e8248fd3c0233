package dev.nodebatch.emulator.huawei.elb;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A pool's members in their order, found by id in constant time. Immutable. Changing members yields a new list
 * that shares the id index, so a batch update costs a copy of references, not a rebuilt index: a pool of
 * 10,000 members is updated 200 at a time without rehashing 10,000 ids per call.
 */
final class PoolMembers extends AbstractList<ElbMember> implements RandomAccess {

    private final ElbMember[] members;
    private final Map<String, Integer> positions;

    private PoolMembers(ElbMember[] members, Map<String, Integer> positions) {
        this.members = members;
        this.positions = positions;
    }

    /**
     * @throws IllegalArgumentException naming a member listed twice
     */
    static PoolMembers of(List<ElbMember> members) {
        if (members instanceof PoolMembers indexed) {
            return indexed;
        }
        ElbMember[] ordered = members.toArray(ElbMember[]::new);
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < ordered.length; i++) {
            if (positions.putIfAbsent(ordered[i].id(), i) != null) {
                throw new IllegalArgumentException("lists member " + ordered[i].id() + " twice");
            }
        }
        return new PoolMembers(ordered, Map.copyOf(positions));
    }

    Optional<ElbMember> byId(String id) {
        Integer position = positions.get(id);
        return position == null ? Optional.empty() : Optional.of(members[position]);
    }

    /** These members with each of {@code changed} put in the place of the member with its id, which must exist. */
    PoolMembers replacing(List<ElbMember> changed) {
        ElbMember[] replaced = members.clone();
        for (ElbMember member : changed) {
            Integer position = positions.get(member.id());
            if (position == null) {
                throw new IllegalArgumentException("No member " + member.id() + " to replace");
            }
            replaced[position] = member;
        }
        return new PoolMembers(replaced, positions);
    }

    @Override
    public ElbMember get(int index) {
        return members[index];
    }

    @Override
    public int size() {
        return members.length;
    }
}
