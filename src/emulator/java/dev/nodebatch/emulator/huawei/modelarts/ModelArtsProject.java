package dev.nodebatch.emulator.huawei.modelarts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The ModelArts resources of one project: the fleet document's {@code huawei.projects.<projectId>.modelarts}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelArtsProject(List<ModelArtsPool> pools) {

    public ModelArtsProject {
        pools = pools == null ? List.of() : List.copyOf(pools);
        Set<String> names = new HashSet<>();
        for (ModelArtsPool pool : pools) {
            if (!names.add(pool.name())) {
                throw new IllegalArgumentException("Pool " + pool.name() + " is listed twice");
            }
        }
    }

    Optional<ModelArtsPool> pool(String poolName) {
        return pools.stream().filter(pool -> pool.name().equals(poolName)).findFirst();
    }

    ModelArtsProject withPool(ModelArtsPool changed) {
        List<ModelArtsPool> replaced = new ArrayList<>(pools);
        replaced.replaceAll(pool -> pool.name().equals(changed.name()) ? changed : pool);
        return new ModelArtsProject(replaced);
    }
}
