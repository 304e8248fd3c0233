package dev.nodebatch.huawei.modelarts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The batch-update body; {@code haRedundantEffect} only with {@code openHaRedundant}. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchUpdatePoolNodesRequest(List<String> nodeNames, HaRedundancyAction action,
        HaRedundantEffect haRedundantEffect) {
}
