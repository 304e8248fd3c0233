package dev.nodebatch.batch;

import java.util.List;

/** A provider job that carries the change of one or more targets. */
public record JobRef(String jobId, List<String> targets, String status) {
}
