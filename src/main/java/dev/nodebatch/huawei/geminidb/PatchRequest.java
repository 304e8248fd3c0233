package dev.nodebatch.huawei.geminidb;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The batch patch body. */
@RegisterForReflection
public record PatchRequest(@JsonProperty("instance_ids") List<String> instanceIds) {
}
