package dev.nodebatch.emulator;

import java.util.function.Function;

import io.vertx.core.http.HttpMethod;

/**
 * One provider API operation: its id (for faults and the request log, e.g. {@code elb.batchUpdateMembers}), its
 * route (a Vert.x path with {@code :param} parts) and what it does once the call is admitted.
 */
public record ProviderOperation(String id, HttpMethod method, String path, Function<ProviderCall, ProviderAnswer> handler) {
}
