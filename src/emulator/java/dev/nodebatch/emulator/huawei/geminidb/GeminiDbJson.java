package dev.nodebatch.emulator.huawei.geminidb;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nodebatch.emulator.EmulatorJson;

/** GeminiDB resources as the v3 API shows them, in the shapes of the GaussDB NoSQL SDK's response models. */
final class GeminiDbJson {

    private GeminiDbJson() {
    }

    /**
     * {@code ListInstancesResult}, the fields a client of batch patching needs. {@code actions} lists the names of the
     * instance's running jobs (the API documents the field, not its values).
     */
    static ObjectNode instance(GeminiDbInstance instance, GeminiDbProject project) {
        ObjectNode json = EmulatorJson.MAPPER.createObjectNode()
                .put("id", instance.id())
                .put("name", instance.name())
                .put("status", instance.status())
                .put("mode", instance.mode())
                .put("engine", "rocksDB")
                .put("created", GeminiDbTime.answer(instance.created()))
                .put("updated", GeminiDbTime.answer(instance.created()));
        ObjectNode datastore = json.putObject("datastore").put("type", instance.datastoreType())
                .put("version", instance.version()).put("patch_available", instance.patchAvailable());
        if (instance.wholeVersion() != null) {
            datastore.put("whole_version", instance.wholeVersion());
        }
        ArrayNode actions = json.putArray("actions");
        project.runningJob(instance.id()).ifPresent(job -> actions.add(job.name()));
        return json;
    }

    /** {@code JobDetail}: {@code end_time} once the job has ended, {@code fail_reason} once it has failed. */
    static ObjectNode job(GeminiDbJob job, Instant now) {
        ObjectNode json = EmulatorJson.MAPPER.createObjectNode()
                .put("id", job.id())
                .put("name", job.name())
                .put("status", job.status())
                .put("start_time", GeminiDbTime.answer(job.created()));
        if (job.finished()) {
            json.put("end_time", GeminiDbTime.answer(job.ends()));
        }
        json.put("progress", job.progress(now));
        json.putObject("instance").put("id", job.instanceId()).put("name", job.instanceName());
        if (job.status().equals(GeminiDbJob.FAILED)) {
            json.put("fail_reason", job.failReason());
        }
        return json;
    }
}
