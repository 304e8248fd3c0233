package dev.nodebatch.huawei.geminidb;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.nodebatch.huawei.HuaweiInput;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Input of {@code huawei-geminidb-patch}. */
@RegisterForReflection
public class GeminiDbPatchInput extends HuaweiInput {

    /** GeminiDB instance ids: 32 hex digits and an engine suffix, e.g. {@code 944bdc55da6c4b33b260b34185ac86bein13}. */
    static final String INSTANCE_ID = "[0-9a-f]{32}in[0-9]{2}";

    @NotNull(message = "is required")
    @Size(min = 1, message = "must list at least one instance")
    public List<@NotNull(message = "must be an instance id") @Pattern(regexp = INSTANCE_ID,
            message = "must be a GeminiDB instance id (32 hex digits and an engine suffix such as in06)") String> instanceIds;
}
