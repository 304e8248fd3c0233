package dev.nodebatch.emulator.huawei.dcs;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nodebatch.emulator.EmulatorJson;

/** DCS resources as the v2 API shows them, in the shapes of the DCS SDK's response models. */
final class DcsJson {

    /** The job type of a start/stop: ShowJobInfo's documented types name no such job, so the emulator names it. */
    static final String JOB_TYPE = "changeNodesStartStopStatusJob";

    private DcsJson() {
    }

    /** {@code ShowInstanceResponse}, the fields a client of node start/stop needs. */
    static ObjectNode instance(DcsInstance instance) {
        return EmulatorJson.MAPPER.createObjectNode()
                .put("instance_id", instance.id())
                .put("name", instance.name())
                .put("engine", "Redis")
                .put("engine_version", instance.engineVersion())
                .put("cache_mode", instance.cacheMode())
                .put("status", instance.status())
                .put("capacity", instance.capacity())
                .put("port", 6379)
                .put("created_at", DcsTime.answer(Instant.parse(instance.createdAt())));
    }

    /** {@code NodesInfoResp}. */
    static ObjectNode node(DcsNode node) {
        return EmulatorJson.MAPPER.createObjectNode()
                .put("logical_node_id", node.logicalNodeId())
                .put("name", node.name())
                .put("status", node.status())
                .put("az_code", node.azCode())
                .put("node_role", node.role())
                .put("node_type", node.type())
                .put("node_ip", node.ip())
                .put("node_port", Integer.toString(node.port()))
                .put("node_id", node.id())
                .put("group_id", node.groupId())
                .put("group_name", node.groupName());
    }

    /** {@code BackupRecordResponse}. */
    static ObjectNode backup(String instanceId, DcsBackup backup) {
        String created = DcsTime.answer(backup.created());
        boolean done = backup.status().equals(DcsBackup.SUCCEED);
        return EmulatorJson.MAPPER.createObjectNode()
                .put("backup_id", backup.id())
                .put("backup_name", backup.name())
                .put("instance_id", instanceId)
                .put("size", backup.size() == null ? 0 : backup.size())
                .put("backup_type", backup.backupType())
                .put("created_at", created)
                .put("updated_at", created)
                .put("execution_at", created)
                .put("progress", done ? "100.00" : "0.00")
                .put("status", backup.status())
                .put("is_support_restore", done ? "TRUE" : "FALSE")
                .put("backup_format", "rdb");
    }

    /** {@code ShowJobInfoResponse}: times are epoch milliseconds as strings; the end only once the job has ended. */
    static ObjectNode job(DcsJob job) {
        ObjectNode json = EmulatorJson.MAPPER.createObjectNode()
                .put("job_id", job.id())
                .put("job_type", JOB_TYPE)
                .put("status", job.status())
                .put("begin_time", Long.toString(job.created().toEpochMilli()));
        if (job.finished()) {
            json.put("end_time", Long.toString(job.ends().toEpochMilli()));
        }
        if (job.status().equals(DcsJob.FAIL)) {
            json.put("fail_reason", job.failReason());
        }
        return json;
    }

    /**
     * {@code SingleBackgroundTask}, plus the {@code job_id} that newer DCS versions add to tasks (the Huawei
     * Terraform provider's {@code huaweicloud_dcs_background_tasks} reads it), so a client can link a task to the job
     * of its submit.
     */
    static ObjectNode task(DcsJob job, DcsInstance instance) {
        ObjectNode params = EmulatorJson.MAPPER.createObjectNode().put("action", job.action());
        job.nodeIds().forEach(params.putArray("node_ids")::add);
        String nodeNames = String.join(",", job.nodeIds().stream()
                .map(nodeId -> instance.node(nodeId).map(DcsNode::name).orElse(nodeId)).toList());
        ObjectNode json = EmulatorJson.MAPPER.createObjectNode()
                .put("id", job.taskId())
                .put("name", taskName(job))
                .put("params", params.toString())
                .put("status", taskStatus(job))
                .put("created_at", DcsTime.answer(job.created()))
                .put("updated_at", DcsTime.answer(job.finished() ? job.ends() : job.created()))
                .put("enable_show", false)
                .put("job_id", job.id());
        json.putObject("details").put("node_name", nodeNames);
        return json;
    }

    /** The task names DCS documents name no start/stop, so the emulator uses these. */
    static String taskName(DcsJob job) {
        return job.action().equals("start") ? "StartNodes" : "StopNodes";
    }

    /** Task statuses as DCS documents them: CREATED, EXECUTING, SUCCESS, FAILED. */
    private static String taskStatus(DcsJob job) {
        return switch (job.status()) {
            case DcsJob.INIT -> "CREATED";
            case DcsJob.RUNNING -> "EXECUTING";
            case DcsJob.SUCCESS -> "SUCCESS";
            default -> "FAILED";
        };
    }
}
