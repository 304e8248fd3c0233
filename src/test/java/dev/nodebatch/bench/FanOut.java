package dev.nodebatch.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.nodebatch.emulator.DemoFleet;
import dev.nodebatch.emulator.LargePool;

/**
 * One fan-out case: {@code members} members of the emulator's large pool re-weighted in one invocation, at most
 * {@value #MEMBERS_PER_CALL} per provider call, {@code concurrency} calls in flight, each answered after
 * {@code latencyMs}, optionally under a gateway rate limit (burst = rate).
 */
record FanOut(String name, int members, int concurrency, long latencyMs, int rateLimit) {

    // ELB accepts at most 200 members per batch-update call
    static final int MEMBERS_PER_CALL = 200;
    // the invocations over which the JIT compilers' CPU time is averaged to tell whether they have settled
    static final int SETTLE_WINDOW = 20;

    int calls() {
        return (members + MEMBERS_PER_CALL - 1) / MEMBERS_PER_CALL;
    }

    /**
     * The least wall time any client could need: the calls in waves of {@code concurrency}, or, under a limit,
     * the calls beyond the initial burst at the limit's rate plus one latency, whichever is longer.
     */
    double physicalLimitSeconds() {
        double waves = Math.ceil((double) calls() / concurrency) * latencyMs / 1000.0;
        if (rateLimit == 0) {
            return waves;
        }
        int burst = rateLimit;
        return Math.max(Math.max(0, calls() - burst) / (double) rateLimit + latencyMs / 1000.0, waves);
    }

    /** The function's input; {@code weight} varies between runs so that every run changes the fleet. */
    String input(int weight) {
        ObjectNode input = Http.JSON.createObjectNode().put("region", "eu-west-101")
                .put("projectId", DemoFleet.PROJECT_ID).put("poolId", LargePool.ID);
        ArrayNode list = input.putArray("members");
        for (int n = 0; n < members; n++) {
            list.addObject().put("id", LargePool.memberId(n)).put("weight", weight);
        }
        input.putObject("options").put("maxTargets", members).put("maxConcurrency", concurrency);
        return input.toString();
    }

    /**
     * Before a run under a rate limit, a quiet spell long enough for a token bucket of one second's burst to refill:
     * the emulator's gateway is reset to a full bucket, and the function, invoked again later as a warm process,
     * gets its own burst back only after such a pause, as it would in service.
     */
    private void quietSpell() {
        if (rateLimit > 0) {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Invokes the function with this case {@code count} times, unmeasured, in a process that has served
     * {@code invoked} invocations; returns {@code invoked + count}.
     */
    int warmUp(FunctionRun function, EmulatorRun emulator, int invoked, int count) throws IOException {
        emulator.latency(latencyMs);
        for (int i = 0; i < count; i++) {
            warmUpOnce(function, emulator, invoked + i);
        }
        return invoked + count;
    }

    /**
     * Invokes the function with this case, unmeasured, until its JIT compilers have settled: at most
     * {@code settledMillis} of compiler CPU per invocation on average over the last {@value #SETTLE_WINDOW}, or
     * {@code maxInvocations} invocations in all.
     *
     * @return how many invocations the process has served by then
     */
    int warmUntilJitSettles(FunctionRun function, EmulatorRun emulator, int invoked, long settledMillis,
            int maxInvocations) throws IOException {
        emulator.latency(latencyMs);
        long[] compilerCpu = new long[SETTLE_WINDOW];
        long compiledSoFar = function.process().compilerCpuMillis();
        int done = invoked;
        while (done < maxInvocations) {
            warmUpOnce(function, emulator, done);
            long compiled = function.process().compilerCpuMillis();
            compilerCpu[done % SETTLE_WINDOW] = compiled - compiledSoFar;
            compiledSoFar = compiled;
            done++;
            if (done - invoked >= SETTLE_WINDOW && LongStream.of(compilerCpu).sum() <= settledMillis * SETTLE_WINDOW) {
                break;
            }
        }
        return done;
    }

    private void warmUpOnce(FunctionRun function, EmulatorRun emulator, int invoked) throws IOException {
        emulator.rateLimit(rateLimit);
        FunctionRun.Invocation invocation = function.invoke(input(1 + invoked % 100));
        PerformanceBenchmark.progress("fan-out, %s, warm-up %d: %.3f s", name, invoked + 1, invocation.nanos() / 1e9);
    }

    /** Runs the case {@code runs} times, measured, in a process that has served {@code invoked} invocations. */
    Measured measure(FunctionRun function, EmulatorRun emulator, int invoked, int runs) throws IOException {
        emulator.latency(latencyMs);
        List<Run> measured = new ArrayList<>();
        long functionCpu = function.process().cpuMillis();
        long compilerCpu = function.process().compilerCpuMillis();
        long emulatorCpu = emulator.process().cpuMillis();
        for (int i = 0; i < runs; i++) {
            quietSpell();
            emulator.rateLimit(rateLimit);
            emulator.forgetRequests();
            FunctionRun.Invocation invocation = function.invoke(input(1 + (invoked + i) % 100));
            Run run = new Run(invocation.nanos() / 1e9, emulator.calls(), invocation.result());
            PerformanceBenchmark.progress("fan-out, %s, run %d: %.3f s, %s", name, i + 1, run.seconds(), run.outcome());
            measured.add(run);
        }
        return new Measured(this, invoked, measured, (function.process().cpuMillis() - functionCpu) / (double) runs,
                (function.process().compilerCpuMillis() - compilerCpu) / (double) runs,
                (emulator.process().cpuMillis() - emulatorCpu) / (double) runs, function.process().rssKilobytes());
    }

    record Run(double seconds, EmulatorRun.Calls calls, JsonNode result) {

        String status() {
            return result.path("status").asText();
        }

        /** Counts that are not zero, and the error categories of the targets that failed. */
        String outcome() {
            StringBuilder text = new StringBuilder();
            result.path("counts").properties().forEach(count -> {
                if (!count.getKey().equals("total") && count.getValue().asInt() > 0) {
                    text.append(text.isEmpty() ? "" : ", ").append(count.getKey()).append(' ')
                            .append(count.getValue().asInt());
                }
            });
            Map<String, Integer> categories = new TreeMap<>();
            result.path("targets").forEach(target -> {
                if (target.has("error")) {
                    categories.merge(target.path("error").path("category").asText(), 1, Integer::sum);
                }
            });
            if (!categories.isEmpty()) {
                text.append(" (").append(categories.toString().replaceAll("[{}]", "").replace("=", " ")).append(')');
            }
            return text.toString();
        }
    }

    /**
     * @param invokedBefore how many invocations the process had served before the measured runs
     * @param functionCpuMillis the function process's CPU time per run, its JIT compilers' included
     * @param compilerCpuMillis the CPU time per run of the function process's JIT compilers
     * @param emulatorCpuMillis the emulator process's CPU time per run
     * @param functionRssKilobytes the function process's resident memory after the runs
     */
    record Measured(FanOut fanOut, int invokedBefore, List<Run> runs, double functionCpuMillis,
            double compilerCpuMillis, double emulatorCpuMillis, long functionRssKilobytes) {

        /** Whether the JIT compilers took at most {@code settledMillis} of CPU per measured run. */
        boolean jitSettled(long settledMillis) {
            return compilerCpuMillis <= settledMillis;
        }

        Run median() {
            List<Run> sorted = new ArrayList<>(runs);
            sorted.sort((a, b) -> Double.compare(a.seconds(), b.seconds()));
            return sorted.get(sorted.size() / 2);
        }
    }
}
