package dev.nodebatch.emulator.huawei.dcs;

/**
 * A DCS error answer: status, {@code DCS.*} code and message. The DCS docs name no codes for these cases, so the
 * codes are the emulator's choice (docs/emulator.md); DCS.4026 and DCS.4049 are codes the Huawei Terraform provider
 * treats as "current state not supported" and "instance status is not running".
 */
final class DcsException extends RuntimeException {

    private final int status;
    private final String code;

    private DcsException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static DcsException invalid(String problem) {
        return new DcsException(400, "DCS.4001", "Invalid parameter: " + problem);
    }

    static DcsException instanceNotFound(String instanceId) {
        return new DcsException(404, "DCS.4002", "The instance " + instanceId + " does not exist.");
    }

    static DcsException nodeNotFound(String instanceId, String nodeId) {
        return new DcsException(400, "DCS.4003", "The node " + nodeId + " does not belong to instance " + instanceId + ".");
    }

    static DcsException jobNotFound(String jobId) {
        return new DcsException(404, "DCS.4004", "The job " + jobId + " does not exist.");
    }

    static DcsException busy(String instanceId, String jobId) {
        return new DcsException(409, "DCS.4026",
                "The instance " + instanceId + " is running job " + jobId + "; try again when it has finished.");
    }

    static DcsException notRunning(String instanceId, String status) {
        return new DcsException(409, "DCS.4049", "The instance " + instanceId + " is " + status + ", not RUNNING.");
    }

    static DcsException nodeState(String nodeId, String status, String action) {
        return new DcsException(409, "DCS.4050", "The node " + nodeId + " is " + status + " and cannot be "
                + ("start".equals(action) ? "started" : "stopped") + ".");
    }

    static DcsException noRecentBackup(String instanceId) {
        return new DcsException(400, "DCS.4051", "The instance " + instanceId
                + " has no successful backup from the last 24 hours; back it up before stopping its nodes.");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
