package dev.nodebatch.emulator.huawei.elb;

/** An ELB error answer: status, {@code ELB.*} code and message. */
final class ElbException extends RuntimeException {

    private final int status;
    private final String code;

    private ElbException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ElbException emptyBody() {
        return new ElbException(400, "ELB.0002", "The request body is empty.");
    }

    static ElbException invalid(String field, String problem) {
        return new ElbException(400, "ELB.1001", "Invalid input for " + field + ": " + problem);
    }

    /** ELB.8902 is the emulator's choice: the ELB error table names no code for a missing pool or member. */
    static ElbException notFound(String kind, String id) {
        return new ElbException(404, "ELB.8902", kind + " " + id + " could not be found.");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
