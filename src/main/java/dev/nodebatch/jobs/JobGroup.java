package dev.nodebatch.jobs;

import java.util.Map;

/** Jobs of one service in one scope (e.g. one pool's nodes): one follower, and one read, serves them all. */
record JobGroup(String service, Map<String, String> scope) {

    static JobGroup of(JobRequest job) {
        return new JobGroup(job.service, job.scope());
    }
}
