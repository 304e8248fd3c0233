package dev.nodebatch.jobs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.nodebatch.batch.Acceptor;
import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.JobFollower;
import dev.nodebatch.batch.Observation;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.TargetOutcome;
import dev.nodebatch.batch.WaitState;

/**
 * Follows jobs of several services at once: each job goes to the follower of its service and scope, and that follower's acceptor
 * table turns what it saw into one of the words {@code SUCCESS}, {@code FAILURE} or {@code RETRY}, which this
 * follower's own table reads. The provider's own status stays in the details ({@code jobStatus}). A read that failed
 * and that the service's table does not judge stays a failed read. Keeps no state between calls.
 */
final class ServicesFollower implements JobFollower {

    private static final List<Acceptor> ACCEPTORS = List.of(
            Acceptor.onState(WaitState.SUCCESS, WaitState.SUCCESS.name()),
            Acceptor.onState(WaitState.FAILURE, WaitState.FAILURE.name()));

    private final Map<String, JobGroup> groupOfJob;
    private final Map<JobGroup, JobFollower> followers;

    /**
     * @param groupOfJob each job's service and scope, by job id
     * @param followers each group's follower
     */
    ServicesFollower(Map<String, JobGroup> groupOfJob, Map<JobGroup, JobFollower> followers) {
        this.groupOfJob = groupOfJob;
        this.followers = followers;
    }

    @Override
    public Map<String, Observation> observe(List<TargetOutcome> pending, Deadline deadline) {
        Map<JobGroup, List<TargetOutcome>> byGroup = new LinkedHashMap<>();
        pending.forEach(outcome -> byGroup.computeIfAbsent(groupOfJob.get(outcome.id()), group -> new ArrayList<>())
                .add(outcome));
        Map<String, Observation> seen = new HashMap<>();
        byGroup.forEach((group, outcomes) -> {
            JobFollower follower = followers.get(group);
            if (follower == null) {
                return;
            }
            try {
                follower.observe(outcomes, deadline).forEach((id, observation) ->
                        seen.put(id, normalized(group.service(), follower, observation)));
            } catch (ProviderCallException e) {
                outcomes.forEach(outcome -> seen.put(outcome.id(), Observation.unreadable(e.error())));
            }
        });
        return seen;
    }

    @Override
    public List<Acceptor> acceptors() {
        return ACCEPTORS;
    }

    private static Observation normalized(String service, JobFollower follower, Observation observation) {
        WaitState state = follower.acceptors().stream().filter(acceptor -> acceptor.matcher().test(observation))
                .map(Acceptor::state).findFirst().orElse(observation.state() == null ? null : WaitState.RETRY);
        if (state == null) {
            return observation;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("service", service);
        details.putAll(observation.details());
        return new Observation(state.name(), details, observation.error());
    }
}
