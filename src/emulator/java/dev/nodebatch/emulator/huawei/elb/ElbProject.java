package dev.nodebatch.emulator.huawei.elb;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The ELB resources of one project: the fleet document's {@code huawei.projects.<projectId>.elb}. */
public record ElbProject(List<ElbPool> pools) {

    public ElbProject {
        pools = pools == null ? List.of() : List.copyOf(pools);
        Set<String> ids = new HashSet<>();
        for (ElbPool pool : pools) {
            if (!ids.add(pool.id())) {
                throw new IllegalArgumentException("Pool " + pool.id() + " is listed twice");
            }
        }
    }

    Optional<ElbPool> pool(String poolId) {
        return pools.stream().filter(pool -> pool.id().equals(poolId)).findFirst();
    }

    ElbProject withPool(ElbPool replaced) {
        return new ElbProject(pools.stream().map(pool -> pool.id().equals(replaced.id()) ? replaced : pool).toList());
    }
}
