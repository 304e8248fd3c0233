package dev.nodebatch.huawei.geminidb;

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

/** Input of {@code huawei-geminidb-patch}. */
@RegisterForReflection
public class GeminiDbPatchInput implements BatchInput {

    /** GeminiDB instance ids: 32 hex digits and an engine suffix, e.g. {@code 944bdc55da6c4b33b260b34185ac86bein13}. */
    static final String INSTANCE_ID = "[0-9a-f]{32}in[0-9]{2}";

    @NotNull(message = "is required")
    @Pattern(regexp = HuaweiEndpoints.REGION_PATTERN, message = "must be a region id such as eu-west-101")
    public String region;

    @NotNull(message = "is required")
    @Pattern(regexp = "[0-9a-f]{32}", message = "must be a project id (32 lower-case hex digits)")
    public String projectId;

    /** {@code huaweicloud} (default) or {@code otc}. */
    public HuaweiCloud cloud;

    @NotNull(message = "is required")
    @Size(min = 1, message = "must list at least one instance")
    public List<@NotNull(message = "must be an instance id") @Pattern(regexp = INSTANCE_ID,
            message = "must be a GeminiDB instance id (32 hex digits and an engine suffix such as in06)") String> instanceIds;

    @Valid
    public BatchOptions options;

    @Override
    public BatchOptions options() {
        if (options == null) {
            options = new BatchOptions();
        }
        return options;
    }

    HuaweiCloud cloudOrDefault() {
        return cloud == null ? HuaweiCloud.HUAWEICLOUD : cloud;
    }
}
