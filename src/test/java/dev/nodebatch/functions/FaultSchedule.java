package dev.nodebatch.functions;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.sessions.JqwikSession;

import dev.nodebatch.emulator.fault.FaultType;

/**
 * One random run of {@code huawei-elb-members-update} under mixed emulator faults: which members get which
 * weight (never the weight 10 they start with), whether an unknown member leads the list (it fails, which
 * spends a tight error budget), the fault rules, and the options. Drawn with jqwik's
 * generators from a seed, so a failing seed replays exactly.
 */
record FaultSchedule(long seed, int poolSize, List<Integer> weights, boolean unknownMember, List<Rule> rules,
        int maxConcurrency, String maxErrors, int deadlineSeconds) {

    static final List<String> OPERATIONS = List.of("elb.batchUpdateMembers", "elb.listMembers", "*");

    record Rule(String operation, FaultType fault, double probability, int latencyMs, Integer retryAfterSeconds,
            int status) {

        String json() {
            return String.format(Locale.ROOT, "{\"operation\":\"%s\",\"fault\":\"%s\",\"probability\":%.3f%s%s%s}",
                    operation, fault, probability,
                    fault == FaultType.LATENCY || fault == FaultType.SLOW ? ",\"latencyMs\":" + latencyMs : "",
                    fault == FaultType.THROTTLE && retryAfterSeconds != null ? ",\"retryAfterSeconds\":" + retryAfterSeconds : "",
                    fault == FaultType.ERROR_5XX || fault == FaultType.APPLIED_THEN_FAILED ? ",\"status\":" + status : "");
        }
    }

    static FaultSchedule draw(long seed) {
        Arbitrary<Rule> rule = Combinators.combine(
                Arbitraries.of(OPERATIONS),
                Arbitraries.of(FaultType.values()),
                Arbitraries.doubles().between(0.05, 0.6),
                Arbitraries.integers().between(5, 50),
                Arbitraries.integers().between(0, 1).injectNull(0.9),
                Arbitraries.of(500, 502, 503, 504))
                .as((operation, fault, probability, latency, retryAfter, status) -> new Rule(operation, fault,
                        probability, fault == FaultType.SLOW ? 200 + latency : latency / 2, retryAfter, status));
        Arbitrary<FaultSchedule> schedule = Combinators.combine(
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(1, 40)),
                        net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(180, 900)
                                .withDistribution(RandomDistribution.uniform()))),
                Arbitraries.integers().between(0, 100).filter(weight -> weight != 10).list().ofSize(900),
                Arbitraries.of(true, true, false, false, false),
                rule.list().ofMinSize(0).ofMaxSize(3),
                Arbitraries.integers().between(1, 4),
                Arbitraries.of("0", "0", "1", "5", "\"10%\"", "\"50%\"").injectNull(0.4),
                Arbitraries.integers().between(1, 2))
                .as((size, weights, unknown, rules, concurrency, maxErrors, deadline) -> new FaultSchedule(seed, size,
                        weights.subList(0, size), unknown, rules, concurrency, maxErrors, deadline));
        JqwikSession.start();
        try {
            return schedule.generator(1000).next(new Random(seed)).value();
        } finally {
            JqwikSession.finish();
        }
    }

    List<String> memberIds() {
        List<String> ids = new java.util.ArrayList<>(ElbFleets.bigPoolIds(poolSize));
        if (unknownMember) {
            ids.add(0, ElbFleets.memberId(999_999));
        }
        return ids;
    }

    int weightOf(int position) {
        return weights.get(position % weights.size());
    }

    String faultPlan() {
        return "{\"seed\":" + seed + ",\"rules\":[" + rules.stream().map(Rule::json).collect(Collectors.joining(","))
                + "]}";
    }

    String input() {
        List<String> ids = memberIds();
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            members.append(i == 0 ? "" : ",").append("{\"id\":\"").append(ids.get(i)).append("\",\"weight\":")
                    .append(weightOf(i)).append('}');
        }
        return "{\"region\":\"eu-west-101\",\"projectId\":\"" + ElbFleets.PROJECT + "\",\"poolId\":\""
                + ElbFleets.BIG_POOL + "\",\"members\":[" + members + "],\"options\":{\"maxConcurrency\":"
                + maxConcurrency + (maxErrors == null ? "" : ",\"maxErrors\":" + maxErrors)
                + ",\"deadlineSeconds\":" + deadlineSeconds + "}}";
    }
}
