package dev.nodebatch.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.nodebatch.emulator.EmulatorTestResource;
import dev.nodebatch.huawei.HuaweiCredentials;

/**
 * The performance benchmark ({@code ./mvnw verify -Pbench}): fan-out overhead (early, and with the JIT settled)
 * against a bare client's floor, CPU and memory per target, and cold start against the official SDK, each in
 * processes of their own, printed as one table.
 * <p>
 * Arguments: {@code --jar <runner jar>} (required), {@code --peer-classpath <file>} (required: the class path of
 * the official SDK and its dependencies, e.g. written by {@code dependency:build-classpath}),
 * {@code --fast-java <java binary>} (the JVM that built the AOT cache {@code app.aot} beside the jar; default this
 * JVM), {@code --out <dir>} (logs and the table; default
 * {@code target/bench}), {@code --port <first of 3 free ports>} (default 29000). The plain-JVM measurements use
 * the JVM that runs this class.
 */
public final class PerformanceBenchmark {

    static final int MEMBERS = 10_000;
    static final int CONCURRENCY = 4;
    static final long LATENCY_MS = 25;
    static final int RATE_LIMIT = 10;
    static final int COLD_STARTS = 5;
    static final int EARLY_WARM_UPS = 30;
    /** JIT compiler CPU per invocation at or under which the function's JIT counts as settled. */
    static final long JIT_SETTLED_MILLIS = 5;
    static final int MAX_WARM_UPS = 600;

    private PerformanceBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Path runnerJar = Path.of(required(options, "--jar")).toAbsolutePath();
        Path plainJava = Path.of(System.getProperty("java.home"), "bin", "java");
        Path fastJava = Path.of(options.getOrDefault("--fast-java", plainJava.toString()));
        Path out = Path.of(options.getOrDefault("--out", "target/bench")).toAbsolutePath();
        int port = Integer.parseInt(options.getOrDefault("--port", "29000"));
        // the SDK's own dependencies, then this benchmark's classes for the peer's main class
        String peerClassPath = Files.readString(Path.of(required(options, "--peer-classpath"))).trim()
                + File.pathSeparator + Path.of(SdkPeer.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Files.createDirectories(out);
        Map<String, String> credentials = Map.of("HUAWEICLOUD_SDK_AK", EmulatorTestResource.ACCESS_KEY,
                "HUAWEICLOUD_SDK_SK", EmulatorTestResource.SECRET_KEY);

        Report report = new Report(Machine.describe(plainJava, fastJava));
        try (EmulatorRun emulator = EmulatorRun.start(plainJava, port, MEMBERS, credentials, out)) {
            fanOut(report, plainJava, runnerJar, port + 1, emulator, credentials, out);
            coldStart(report, plainJava, fastJava, runnerJar, peerClassPath, port + 2, emulator, credentials, out);
        }
        report.finish(Machine.loadAverage());
        String table = report.toMarkdown();
        Files.writeString(out.resolve("results.md"), table);
        System.out.println();
        System.out.println(table);
    }

    private static void fanOut(Report report, Path java, Path runnerJar, int port, EmulatorRun emulator,
            Map<String, String> credentials, Path out) throws IOException {
        FanOut unlimited = new FanOut("no rate limit", MEMBERS, CONCURRENCY, LATENCY_MS, 0);
        FanOut limited = new FanOut(RATE_LIMIT + " requests/s limit", MEMBERS, CONCURRENCY, LATENCY_MS, RATE_LIMIT);
        double json = JsonWork.seconds(unlimited);
        progress("JSON work of one %d-member invocation: %.3f s", MEMBERS, json);
        double bare = BareClient.seconds(unlimited, emulator, HuaweiCredentials.of(
                credentials.get("HUAWEICLOUD_SDK_AK"), credentials.get("HUAWEICLOUD_SDK_SK")));
        progress("bare client, the same calls: %.3f s", bare);
        try (FunctionRun function = FunctionRun.start(java, List.of(), runnerJar, port, emulator.url(), credentials,
                out.resolve("function-fan-out.log"))) {
            function.firstAnswer(ColdStart.INPUT);
            // a warm process whose JIT is still busy: the per-call code has run too few times to be compiled by C2
            int invoked = unlimited.warmUp(function, emulator, 0, EARLY_WARM_UPS);
            FanOut.Measured early = unlimited.measure(function, emulator, invoked, 7);
            invoked += early.runs().size();
            // then the same process once its JIT compilers have settled, the state the target is about
            invoked = unlimited.warmUntilJitSettles(function, emulator, invoked, JIT_SETTLED_MILLIS, MAX_WARM_UPS);
            FanOut.Measured settled = unlimited.measure(function, emulator, invoked, 7);
            invoked += settled.runs().size();
            report.fanOut(settled, json, JIT_SETTLED_MILLIS);
            report.fanOut(early, json, JIT_SETTLED_MILLIS);
            report.fanOutCosts(settled, json, JIT_SETTLED_MILLIS);
            report.bareClient(unlimited, bare);
            // one untimed run under the limit, in which the pacer learns the gateway's limit from its first refusal
            invoked = limited.warmUp(function, emulator, invoked, 1);
            report.fanOut(limited.measure(function, emulator, invoked, 3), json, JIT_SETTLED_MILLIS);
        } finally {
            emulator.rateLimit(0);
            emulator.latency(0);
        }
    }

    /**
     * The JVM options of the documented fast start (README, "Running it"): the AOT cache the {@code aot} profile
     * trains; only the C1 compiler, whose compilations cost far less CPU while the function starts; and the serial
     * collector on a small first heap, whose young collections reuse a few megabytes instead of touching fresh
     * pages until a first collection.
     */
    static final List<String> FAST_START = List.of("-XX:AOTCache=app.aot", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xms32m");

    private static void coldStart(Report report, Path plainJava, Path fastJava, Path runnerJar, String peerClassPath,
            int port, EmulatorRun emulator, Map<String, String> credentials, Path out) throws IOException {
        boolean cached = Files.exists(runnerJar.resolveSibling("app.aot"));
        List<Start> starts = new ArrayList<>();
        starts.add(new Start("function, " + Machine.version(plainJava), plainJava, List.of()));
        if (!fastJava.equals(plainJava)) {
            starts.add(new Start("function, " + Machine.version(fastJava), fastJava, List.of()));
        }
        if (cached) {
            starts.add(new Start("function, " + Machine.version(fastJava) + " + AOT cache", fastJava,
                    List.of("-XX:AOTCache=app.aot")));
            starts.add(new Start("function, " + Machine.version(fastJava) + " + AOT cache + C1 only + serial GC on a "
                    + "small first heap (documented fast start)", fastJava, FAST_START));
        } else {
            report.note("No app.aot beside the runner jar, so no AOT cache rows: run the benchmark with -Paot (README).");
        }
        List<ColdStart.Sample> peer = new ArrayList<>();
        Map<Start, List<ColdStart.Sample>> functions = new LinkedHashMap<>();
        // round 0 is untimed: every measured start then finds its files in the page cache
        for (int round = 0; round <= COLD_STARTS; round++) {
            ColdStart.Sample sample = ColdStart.peer(plainJava, peerClassPath, emulator, credentials,
                    out.resolve("sdk-peer.log"));
            progress("cold start " + round + ", SDK peer: %.3f s, RSS %d MB", sample.seconds(),
                    sample.rssKilobytes() / 1024);
            if (round > 0) {
                peer.add(sample);
            }
            for (int i = 0; i < starts.size(); i++) {
                Start start = starts.get(i);
                sample = ColdStart.function(start.java(), start.options(), runnerJar, port, emulator, credentials,
                        out.resolve("function-cold-start-" + (i + 1) + ".log"));
                progress("cold start " + round + ", " + start.name() + ": %.3f s, RSS %d MB", sample.seconds(),
                        sample.rssKilobytes() / 1024);
                if (round > 0) {
                    functions.computeIfAbsent(start, key -> new ArrayList<>()).add(sample);
                }
            }
        }
        ColdStart.Summary reference = ColdStart.Summary.of(peer);
        report.coldStartPeer("official SDK peer, " + Machine.version(plainJava), reference);
        functions.forEach((start, samples) -> report.coldStart(start.name() + (start.options().isEmpty() ? ""
                : " `" + String.join(" ", start.options()) + "`"), ColdStart.Summary.of(samples), reference));
    }

    /** One way of starting the function. */
    private record Start(String name, Path java, List<String> options) {
    }

    static void progress(String format, Object... values) {
        System.out.printf(Locale.ROOT, "[bench] " + format + "%n", values);
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing " + name);
        }
        return value;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
