package dev.nodebatch.azure.batch;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** What happens to the tasks running on a node being reimaged (docs/azure-batch.md). */
@RegisterForReflection
public enum NodeReimageOption {
    /** Stop the running tasks and requeue them; the default. */
    REQUEUE,
    /** Stop the running tasks and end them. */
    TERMINATE,
    /** Let the running tasks finish first. */
    TASKCOMPLETION,
    /** Let the running tasks finish and their data retention expire first. */
    RETAINEDDATA;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
