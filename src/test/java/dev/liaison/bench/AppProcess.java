package dev.liaison.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server under measurement in a process of its own (Liaison as it ships, or the bare Bolt-JS app):
 * its start, its CPU time and its resident memory as Linux counts them, read from /proc.
 */
final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final Process process;
    final int port;
    final Path log;
    final long startedNanos;
    /** Liaison's Actuator port (unused for Bolt-JS). */
    int managementPort;

    private AppProcess(String name, Process process, int port, Path log, long startedNanos) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    static AppProcess start(String name, List<String> command, Map<String, String> env, File dir, Path log, int port) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        long started = System.nanoTime();
        try {
            return new AppProcess(name, builder.start(), port, log, started);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command.get(0), e);
        }
    }

    /**
     * Polls {@code url} every 10 ms until it answers 200 and returns the seconds since the process
     * was started; fails when the process dies or {@code max} passes.
     */
    double awaitOk(HttpRequest probe, Duration max) {
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready; see " + log);
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(10);
        }
        throw new IllegalStateException(name + " was not ready within " + max + "; see " + log);
    }

    static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
    }

    static HttpRequest post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static int send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** User plus system CPU seconds of the process so far (Linux: /proc/pid/stat, in clock ticks of 1/100 s). */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // the command name in parentheses may hold spaces: count fields after its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Resident set size now and its high-water mark, in MB (Linux: /proc/pid/status). */
    double[] rssMb() {
        try {
            double rss = Double.NaN;
            double hwm = Double.NaN;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kb(line) / 1024.0;
                } else if (line.startsWith("VmHWM:")) {
                    hwm = kb(line) / 1024.0;
                }
            }
            return new double[] {round(rss), round(hwm)};
        } catch (IOException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }

    /** The lines of the process's output that contain {@code needle} (e.g. OutOfMemoryError). */
    List<String> logLines(String needle) {
        List<String> found = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(log)) {
                if (line.contains(needle)) {
                    found.add(line);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // an unreadable log has nothing to report
        }
        return found;
    }

    /** SIGTERM, as a supervisor stops it; the exit code once it has drained (or -1 when it had to be killed). */
    int stop() {
        process.destroy();
        try {
            if (process.waitFor(60, TimeUnit.SECONDS)) {
                return process.exitValue();
            }
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return -1;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
