package dev.nodebatch.azure.batch;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The reimage body: {@code {"nodeReimageOption": "requeue"}}. */
@RegisterForReflection
public record NodeReimageRequest(NodeReimageOption nodeReimageOption) {
}
