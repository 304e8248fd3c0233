package dev.nodebatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The benchmark's one table, row by row, with the machine it ran on. */
final class Report {

    private static final double ALLOWED_RATIO = 1.10;

    private final String machine;
    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String loadAtEnd = "";

    Report(String machine) {
        this.machine = machine;
    }

    /**
     * Wall time against the physical limit; met when within {@value #ALLOWED_RATIO} × the limit plus the JSON work.
     * The row says how warm the process was: how many invocations it had served, and whether its JIT compilers had
     * settled (at most {@code settledMillis} of compiler CPU per run).
     */
    void fanOut(FanOut.Measured measured, double jsonSeconds, long settledMillis) {
        FanOut fanOut = measured.fanOut();
        FanOut.Run median = measured.median();
        double limit = fanOut.physicalLimitSeconds();
        double allowed = ALLOWED_RATIO * limit + jsonSeconds;
        String statuses = measured.runs().stream().collect(Collectors.groupingBy(FanOut.Run::status,
                Collectors.counting())).toString().replaceAll("[{}]", "").replace("=", " ×");
        rows.add(row("fan-out " + fanOut.members() + " members, " + fanOut.calls() + " calls, " + fanOut.concurrency()
                + " in flight, " + fanOut.latencyMs() + " ms latency, " + fanOut.name() + "; after "
                + measured.invokedBefore() + " invocations, " + jit(measured, settledMillis),
                seconds(median.seconds()) + " (" + measured.runs().size() + " runs)",
                "limit " + seconds(limit) + ", target ≤ " + seconds(allowed),
                ratio(median.seconds() / limit) + (median.seconds() <= allowed ? " met" : " missed"),
                median.calls().sent() + " requests, " + median.calls().throttled() + " × 429; " + statuses + "; "
                        + median.outcome() + String.format(Locale.ROOT, "; function %.0f ms CPU per run, of which "
                                + "JIT compilers %.0f ms", measured.functionCpuMillis(), measured.compilerCpuMillis())));
    }

    /** The JSON work of one invocation, then the function's CPU time per target and its memory, from {@code measured}. */
    void fanOutCosts(FanOut.Measured measured, double jsonSeconds, long settledMillis) {
        FanOut fanOut = measured.fanOut();
        rows.add(row("JSON build + parse of that invocation (input, " + fanOut.calls() + " bodies, " + fanOut.calls()
                + " answers, result; 1 thread, warm)", seconds(jsonSeconds), "", "", "part of the targets above"));
        double cpu = measured.functionCpuMillis() - measured.compilerCpuMillis();
        rows.add(row("CPU per target at " + fanOut.members() + " targets, "
                + jit(measured, settledMillis),
                String.format(Locale.ROOT, "%.1f µs", cpu * 1000 / fanOut.members()), "", "",
                String.format(Locale.ROOT, "function %.0f ms CPU per run without its JIT compilers; emulator %.0f ms",
                        cpu, measured.emulatorCpuMillis())));
        rows.add(row("function RSS after those runs", megabytes(measured.functionRssKilobytes()), "", "", ""));
    }

    /** What the leanest client needs for the same calls on this machine ({@link BareClient}). */
    void bareClient(FanOut fanOut, double seconds) {
        rows.add(row("floor: the same " + fanOut.calls() + " signed calls from a bare client (" + fanOut.concurrency()
                + " threads, blocking HttpURLConnection, bodies written beforehand, answers not parsed)",
                seconds(seconds), "limit " + seconds(fanOut.physicalLimitSeconds()),
                ratio(seconds / fanOut.physicalLimitSeconds()),
                "the round trips' own cost on this machine, which every client pays"));
    }

    void coldStartPeer(String name, ColdStart.Summary peer) {
        rows.add(row("cold start to first answer: " + name, seconds(peer.seconds()) + " (median of " + peer.samples()
                + ")", "reference", "", "RSS " + megabytes(peer.rssKilobytes())));
    }

    /** Met when the function answers no later than the peer, with at most 20 % more memory. */
    void coldStart(String name, ColdStart.Summary function, ColdStart.Summary peer) {
        double memory = (double) function.rssKilobytes() / peer.rssKilobytes();
        rows.add(row("cold start to first answer: " + name,
                seconds(function.seconds()) + " (median of " + function.samples() + ")",
                "peer " + seconds(peer.seconds()) + ", RSS ≤ " + megabytes(Math.round(peer.rssKilobytes() * 1.2)),
                ratio(function.seconds() / peer.seconds()) + (function.seconds() <= peer.seconds() ? " met" : " missed"),
                "RSS " + megabytes(function.rssKilobytes()) + " (" + ratio(memory) + " of the peer's, "
                        + (memory <= 1.2 ? "met" : "missed") + ")"));
    }

    void note(String note) {
        notes.add(note);
    }

    void finish(String loadAverage) {
        loadAtEnd = loadAverage;
    }

    String toMarkdown() {
        StringBuilder table = new StringBuilder();
        table.append("Machine: ").append(machine).append("; at end ").append(loadAtEnd).append("\n\n");
        table.append("| measurement | median | reference | ratio | details |\n|---|---|---|---|---|\n");
        rows.forEach(row -> table.append(row).append('\n'));
        notes.forEach(note -> table.append('\n').append(note).append('\n'));
        return table.toString();
    }

    private static String jit(FanOut.Measured measured, long settledMillis) {
        return "JIT " + (measured.jitSettled(settledMillis) ? "settled" : "still compiling");
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3f s", seconds);
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f", ratio);
    }

    private static String megabytes(long kilobytes) {
        return String.format(Locale.ROOT, "%.0f MB", kilobytes / 1024.0);
    }
}
