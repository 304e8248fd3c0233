package dev.nodebatch.batch;

import java.util.List;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A provider job that carries the change of one or more targets. */
@RegisterForReflection
public record JobRef(String jobId, List<String> targets, String status) {
}
