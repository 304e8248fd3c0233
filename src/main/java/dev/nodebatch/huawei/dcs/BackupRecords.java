package dev.nodebatch.huawei.dcs;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One page of {@code ListBackupRecords}; {@code total_num} counts every matching record. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record BackupRecords(@JsonProperty("total_num") Integer totalNum,
        @JsonProperty("backup_record_response") List<Backup> backups) {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Backup(@JsonProperty("backup_id") String backupId, String status,
            @JsonProperty("created_at") String createdAt) {
    }

    List<Backup> listed() {
        return backups == null ? List.of() : backups;
    }
}
