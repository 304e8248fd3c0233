package dev.nodebatch.huawei.geminidb;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.nodebatch.batch.ProviderCallException;

/**
 * One instance to patch, and what the instance list said of it: its engine when found. The list is read once per
 * run, before any patch; until then every target is {@link Lookup#PENDING}.
 */
record PatchTarget(String instanceId, Lookup lookup, String engine, ProviderCallException lookupFailure) {

    enum Lookup { PENDING, FOUND, NOT_FOUND, READ_FAILED }

    static PatchTarget of(String instanceId) {
        return new PatchTarget(instanceId, Lookup.PENDING, null, null);
    }

    PatchTarget found(String foundEngine) {
        return new PatchTarget(instanceId, Lookup.FOUND, foundEngine, null);
    }

    PatchTarget notFound() {
        return new PatchTarget(instanceId, Lookup.NOT_FOUND, null, null);
    }

    PatchTarget unreadable(ProviderCallException failure) {
        return new PatchTarget(instanceId, Lookup.READ_FAILED, null, failure);
    }

    /** The chunk key: patches go out per engine; targets without one are grouped by how their lookup ended. */
    String group() {
        return lookup == Lookup.FOUND ? "engine " + engine : lookup.name();
    }

    Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("action", "patch");
        if (engine != null) {
            state.put("engine", engine);
        }
        return state;
    }
}
