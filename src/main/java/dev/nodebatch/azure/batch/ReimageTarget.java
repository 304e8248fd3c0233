package dev.nodebatch.azure.batch;

import java.time.Instant;

/**
 * One node to reimage, and when its reimage was first sent: a read after a lost answer counts a state change
 * from then on as the reimage's doing. The time is written by the one worker that sends the node's call and read
 * after it by the same worker's settling read.
 */
public final class ReimageTarget {

    private final String nodeId;
    private volatile Instant sentAt;

    ReimageTarget(String nodeId) {
        this.nodeId = nodeId;
    }

    public String nodeId() {
        return nodeId;
    }

    Instant sentAt() {
        return sentAt;
    }

    void markSent(Instant at) {
        if (sentAt == null) {
            sentAt = at;
        }
    }
}
