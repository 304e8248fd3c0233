package dev.nodebatch.jobs;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.nodebatch.batch.BatchInput;
import dev.nodebatch.batch.BatchOptions;
import dev.nodebatch.huawei.HuaweiCloud;
import dev.nodebatch.huawei.HuaweiEndpoints;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Input of {@code job-status}: the Huawei scope the jobs run in, where they run in one, and the jobs. */
@RegisterForReflection
public class JobStatusInput implements BatchInput {

    /** Required when a Huawei service's job is listed, as is {@code projectId} (checked by the operation). */
    @Pattern(regexp = HuaweiEndpoints.REGION_PATTERN, message = "must be a region id such as eu-west-101")
    public String region;

    @Pattern(regexp = "[0-9a-f]{32}", message = "must be a project id (32 lower-case hex digits)")
    public String projectId;

    /** {@code huaweicloud} (default) or {@code otc}. */
    public HuaweiCloud cloud;

    @NotNull(message = "is required")
    @Size(min = 1, message = "must list at least one job")
    public List<@NotNull(message = "must be a job object") @Valid JobRequest> jobs;

    @Valid
    public BatchOptions options;

    @Override
    public BatchOptions options() {
        if (options == null) {
            options = new BatchOptions();
        }
        return options;
    }

    public HuaweiCloud cloudOrDefault() {
        return cloud == null ? HuaweiCloud.HUAWEICLOUD : cloud;
    }
}
