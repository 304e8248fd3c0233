package dev.nodebatch.emulator.huawei.dcs;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A backup record of a DCS instance, as the fleet document describes it. Its time is either {@code createdAt} (an
 * ISO-8601 instant) or {@code ageMinutes} before the moment the fleet document is loaded; the emulator keeps and
 * shows it as {@code createdAt}. Absent fields take defaults: status {@code succeed}, type {@code manual}, created now.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DcsBackup(String id, String name, String status, String backupType, String createdAt, Long ageMinutes,
        Long size) {

    static final String SUCCEED = "succeed";
    // BackupRecordResponse.StatusEnum of the DCS SDK
    private static final Set<String> STATUSES = Set.of("waiting", "backuping", SUCCEED, "failed", "expired", "deleted");

    public DcsBackup {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A backup needs an id");
        }
        if (createdAt != null && ageMinutes != null) {
            throw new IllegalArgumentException("Backup " + id + " gives both createdAt and ageMinutes; give one");
        }
        if (ageMinutes != null && ageMinutes < 0) {
            throw new IllegalArgumentException("Backup " + id + " ageMinutes must be >= 0");
        }
        status = status == null ? SUCCEED : status;
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("Backup " + id + " status must be one of " + STATUSES);
        }
        name = name == null ? "backup_" + id : name;
        backupType = backupType == null ? "manual" : backupType;
        Instant created = ageMinutes != null ? Instant.now().minus(Duration.ofMinutes(ageMinutes))
                : createdAt != null ? DcsTime.fleet("Backup " + id + " createdAt", createdAt) : Instant.now();
        createdAt = createdAt != null ? createdAt : created.toString();
        ageMinutes = null;
    }

    Instant created() {
        return Instant.parse(createdAt);
    }

    boolean succeededSince(Instant since) {
        return SUCCEED.equals(status) && !created().isBefore(since);
    }
}
