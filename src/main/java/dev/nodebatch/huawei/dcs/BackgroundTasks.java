package dev.nodebatch.huawei.dcs;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One page of {@code ListBackgroundTask}, newest first. {@code task_count} is a string in the API; {@code job_id}
 * is what newer DCS versions add to a task (the 3.1.130 SDK does not model it).
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record BackgroundTasks(@JsonProperty("task_count") String taskCount, List<Task> tasks) {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Task(String id, String name, String params, String status,
            @JsonProperty("created_at") String createdAt, @JsonProperty("job_id") String jobId) {
    }

    List<Task> listed() {
        return tasks == null ? List.of() : tasks;
    }

    int total() {
        try {
            return taskCount == null ? listed().size() : Integer.parseInt(taskCount.trim());
        } catch (NumberFormatException e) {
            return listed().size();
        }
    }
}
