package dev.nodebatch.emulator.huawei.geminidb;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nodebatch.emulator.EmulatorJson;

/** One instance's entry in a batch patch answer: the job it got, or why it got none. */
record UpgradeResult(String instanceId, String jobId, String errorCode, String errorMessage) {

    static UpgradeResult submitted(String instanceId, String jobId) {
        return new UpgradeResult(instanceId, jobId, null, null);
    }

    static UpgradeResult refused(String instanceId, GeminiDbException why) {
        return new UpgradeResult(instanceId, null, why.code(), why.getMessage());
    }

    /** The SDK's {@code UpgradeResult}: note {@code error_message}, where error bodies say {@code error_msg}. */
    ObjectNode json() {
        ObjectNode json = EmulatorJson.MAPPER.createObjectNode().put("instance_id", instanceId);
        return jobId != null ? json.put("job_id", jobId)
                : json.put("error_code", errorCode).put("error_message", errorMessage);
    }
}
