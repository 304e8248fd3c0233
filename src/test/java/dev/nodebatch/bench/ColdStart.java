package dev.nodebatch.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.nodebatch.emulator.DemoFleet;

/**
 * Time from starting a process to its first answer of one small batch update (two members of the demo pool), and
 * its resident memory at that moment: for the packaged function (its first HTTP request) and for the official SDK
 * peer (its first call).
 */
final class ColdStart {

    static final int WEIGHT = 42;
    static final String INPUT = "{\"region\":\"eu-west-101\",\"projectId\":\"" + DemoFleet.PROJECT_ID + "\",\"poolId\":\""
            + DemoFleet.WEB_POOL + "\",\"members\":[{\"id\":\"" + DemoFleet.WEB_1 + "\",\"weight\":" + WEIGHT
            + "},{\"id\":\"" + DemoFleet.WEB_2 + "\",\"weight\":" + WEIGHT + "}]}";
    /** The SDK logs through SLF4J; the peer has no logging backend (its class path is the SDK's own dependencies). */
    private static final String NO_LOGGING_BACKEND = "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider";

    private ColdStart() {
    }

    /** One start of the function: seconds to its first answer, and RSS then. */
    static Sample function(Path java, List<String> javaOptions, Path runnerJar, int port, EmulatorRun emulator,
            Map<String, String> credentials, Path log) throws IOException {
        try (FunctionRun function = FunctionRun.start(java, javaOptions, runnerJar, port, emulator.url(), credentials,
                log)) {
            HttpResponse<String> answer = function.firstAnswer(INPUT);
            long nanos = function.process().elapsedNanos();
            long rss = function.process().rssKilobytes();
            if (answer.statusCode() != 200 || !answer.body().contains("\"status\":\"SUCCEEDED\"")) {
                throw new IllegalStateException("The function's first answer is not a success: " + answer.body());
            }
            return new Sample(nanos / 1e9, rss);
        }
    }

    /** One start of the SDK peer: seconds until its call is done, and RSS then. */
    static Sample peer(Path java, String classPath, EmulatorRun emulator, Map<String, String> credentials, Path log) {
        try (ManagedProcess peer = ManagedProcess.startPiped(List.of(java.toString(), NO_LOGGING_BACKEND, "-cp", classPath,
                SdkPeer.class.getName(), emulator.url()), Path.of("."), credentials, log)) {
            String line = peer.awaitLine(SdkPeer.ANSWERED);
            long nanos = peer.elapsedNanos();
            long rss = peer.rssKilobytes();
            if (!line.equals(SdkPeer.ANSWERED + 200)) {
                throw new IllegalStateException("The SDK peer's call failed: " + line + "; see " + log);
            }
            return new Sample(nanos / 1e9, rss);
        }
    }

    record Sample(double seconds, long rssKilobytes) {
    }

    /** The medians of repeated samples. */
    record Summary(double seconds, long rssKilobytes, int samples) {

        static Summary of(List<Sample> samples) {
            List<Double> seconds = new ArrayList<>(samples.stream().map(Sample::seconds).sorted().toList());
            List<Long> rss = new ArrayList<>(samples.stream().map(Sample::rssKilobytes).sorted().toList());
            return new Summary(seconds.get(seconds.size() / 2), rss.get(rss.size() / 2), samples.size());
        }
    }
}
