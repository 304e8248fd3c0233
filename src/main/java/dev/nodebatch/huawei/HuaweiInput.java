package dev.nodebatch.huawei;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import dev.nodebatch.batch.BatchInput;
import dev.nodebatch.batch.BatchOptions;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What every Huawei function's input starts with: the project and region its targets live in, the cloud
 * (Huawei Cloud or Open Telekom Cloud), and the options every function shares.
 */
@RegisterForReflection
public abstract class HuaweiInput implements BatchInput {

    @NotNull(message = "is required")
    @Pattern(regexp = HuaweiEndpoints.REGION_PATTERN, message = "must be a region id such as eu-west-101 or eu-de")
    public String region;

    @NotNull(message = "is required")
    @Pattern(regexp = "[0-9a-f]{32}", message = "must be a project id (32 lower-case hex digits)")
    public String projectId;

    /** {@code huaweicloud} (default) or {@code otc}. */
    public HuaweiCloud cloud;

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
