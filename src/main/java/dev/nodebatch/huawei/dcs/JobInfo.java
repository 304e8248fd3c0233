package dev.nodebatch.huawei.dcs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {@code ShowJobInfo}: {@code status} INIT, RUNNING, SUCCESS or FAIL; times are epoch milliseconds as strings;
 * {@code job_type} is read as a plain string (a start/stop's type is undocumented).
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobInfo(@JsonProperty("job_id") String jobId, @JsonProperty("job_type") String jobType,
        String status, @JsonProperty("begin_time") String beginTime, @JsonProperty("end_time") String endTime,
        @JsonProperty("fail_reason") String failReason) {
}
