package dev.nodebatch.huawei.geminidb;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One page of {@code ListJobs}, newest first; {@code status} is Running, Completed or Failed. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobPage(List<Job> jobs, @JsonProperty("total_count") Integer totalCount) {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Job(String id, String name, String status, @JsonProperty("start_time") String startTime,
            @JsonProperty("end_time") String endTime, String progress, JobInstance instance,
            @JsonProperty("fail_reason") String failReason) {

        String instanceId() {
            return instance == null ? null : instance.id();
        }
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record JobInstance(String id, String name) {
    }

    List<Job> listed() {
        return jobs == null ? List.of() : jobs;
    }
}
