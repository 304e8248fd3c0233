package dev.nodebatch.emulator.huawei.geminidb;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A GeminiDB instance, as the fleet document describes it. {@code datastoreType} is the engine: {@code cassandra},
 * {@code mongodb}, {@code influxdb} or {@code redis}. Absent fields take defaults: the engine's usual version and
 * mode, status {@code normal}, no patch available, created now, jobs that take 2000 ms.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GeminiDbInstance(String id, String name, String datastoreType, String version, String wholeVersion,
        Boolean patchAvailable, String status, String mode, String createdAt, Long jobDurationMs) {

    static final String NORMAL = "normal";
    private static final Map<String, String> VERSIONS =
            Map.of("cassandra", "3.11", "mongodb", "4.0", "influxdb", "1.8", "redis", "5.0");
    // ListInstancesRequest javadoc: the modes of each engine's cluster instances
    private static final Map<String, String> MODES =
            Map.of("cassandra", "Cluster", "mongodb", "ReplicaSet", "influxdb", "InfluxdbCluster", "redis", "Cluster");

    public GeminiDbInstance {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An instance needs an id");
        }
        if (datastoreType == null || !VERSIONS.containsKey(datastoreType)) {
            throw new IllegalArgumentException("Instance " + id + " datastoreType must be one of "
                    + VERSIONS.keySet().stream().sorted().toList());
        }
        if (jobDurationMs != null && jobDurationMs < 0) {
            throw new IllegalArgumentException("Instance " + id + " jobDurationMs must be >= 0");
        }
        name = name == null ? id : name;
        version = version == null ? VERSIONS.get(datastoreType) : version;
        patchAvailable = patchAvailable != null && patchAvailable;
        status = status == null ? NORMAL : status;
        mode = mode == null ? MODES.get(datastoreType) : mode;
        createdAt = createdAt == null ? Instant.now().toString() : createdAt;
        GeminiDbTime.fleet("Instance " + id + " createdAt", createdAt);
        jobDurationMs = jobDurationMs == null ? 2000L : jobDurationMs;
    }

    Instant created() {
        return Instant.parse(createdAt);
    }

    GeminiDbInstance patched() {
        return new GeminiDbInstance(id, name, datastoreType, version, wholeVersion, false, status, mode, createdAt,
                jobDurationMs);
    }
}
