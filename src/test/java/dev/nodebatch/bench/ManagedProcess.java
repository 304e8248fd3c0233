package dev.nodebatch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A process the benchmark started: its output goes to a log file, its CPU time and resident memory are read from
 * {@code /proc/<pid>} (Linux only).
 */
final class ManagedProcess implements AutoCloseable {

    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
    /** {@code utime} and {@code stime} in {@code /proc/<pid>/stat} count clock ticks, 100 a second on Linux. */
    private static final long MILLIS_PER_TICK = 10;

    private final Process process;
    private final long startedNanos;
    private final Path log;

    private ManagedProcess(Process process, long startedNanos, Path log) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.log = log;
    }

    /** Starts {@code command} in {@code directory}, its output (stdout and stderr) to {@code log}. */
    static ManagedProcess start(List<String> command, Path directory, Map<String, String> environment, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long startedNanos = System.nanoTime();
        try {
            return new ManagedProcess(builder.start(), startedNanos, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
    }

    /** Like {@link #start}, but stdin and stdout stay connected to this process, for processes that report by line. */
    static ManagedProcess startPiped(List<String> command, Path directory, Map<String, String> environment, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(log.toFile());
        builder.environment().putAll(environment);
        long startedNanos = System.nanoTime();
        try {
            return new ManagedProcess(builder.start(), startedNanos, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
    }

    /** Waits for a line of stdout that contains {@code marker} and returns it. */
    String awaitLine(String marker) {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.contains(marker)) {
                    return line;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("The process ended without printing \"" + marker + "\"; see " + log);
    }

    long pid() {
        return process.pid();
    }

    /** Nanoseconds since just before the process was started. */
    long elapsedNanos() {
        return System.nanoTime() - startedNanos;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** User plus system CPU time of the whole process so far. */
    long cpuMillis() {
        return cpuMillis(read("stat"));
    }

    /** User plus system CPU time in a process's or a thread's {@code stat}. */
    private static long cpuMillis(String stat) {
        // the command name in parentheses may contain spaces; the fields after it are space-separated
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
    }

    /**
     * CPU time so far of the JVM's JIT compiler threads ({@code C1 CompilerThread…}, {@code C2 CompilerThread…}; the
     * kernel keeps the first 15 characters of a thread's name). Threads that have ended no longer count.
     */
    long compilerCpuMillis() {
        long millis = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid()), "task"))) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    millis += cpuMillis(stat);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the threads of process " + pid(), e);
        }
        return millis;
    }

    /** Resident memory now. */
    long rssKilobytes() {
        Matcher rss = RSS.matcher(read("status"));
        if (!rss.find()) {
            throw new IllegalStateException("No VmRSS for process " + pid());
        }
        return Long.parseLong(rss.group(1));
    }

    Path log() {
        return log;
    }

    private String read(String file) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid()), file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read /proc of process " + pid() + " (it ended? see " + log + ")", e);
        }
    }

    /** Asks the process to stop (SIGTERM), and kills it if it has not within 10 seconds. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
