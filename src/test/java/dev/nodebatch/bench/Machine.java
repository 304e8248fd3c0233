package dev.nodebatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The machine the benchmark ran on: cores, CPU model, JDKs, load. */
final class Machine {

    private Machine() {
    }

    static String describe(Path plainJava, Path fastJava) {
        String jdks = version(plainJava) + (fastJava.equals(plainJava) ? "" : ", " + version(fastJava));
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpuModel() + "; " + jdks
                + "; load average at start " + loadAverage();
    }

    /** The JDK of a {@code java} binary as its {@code release} file names it, e.g. {@code JDK 17.0.16 (Ubuntu)}. */
    static String version(Path java) {
        Properties release = new Properties();
        try {
            release.load(Files.newBufferedReader(java.toAbsolutePath().getParent().getParent().resolve("release")));
        } catch (IOException e) {
            return java.toString();
        }
        String version = release.getProperty("JAVA_VERSION", "?").replace("\"", "");
        String vendor = release.getProperty("IMPLEMENTOR", "").replace("\"", "");
        return "JDK " + version + (vendor.isEmpty() ? "" : " (" + vendor + ")");
    }

    static String loadAverage() {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return load[0] + " " + load[1] + " " + load[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
