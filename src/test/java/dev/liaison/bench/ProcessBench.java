package dev.liaison.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.TestInstances;

/**
 * Liaison as it ships, in a process of its own, on the benchmark's database (docs/benchmarks.md,
 * "Start, first requests and memory"): the time from {@code java} to readiness, the first seconds of
 * traffic after readiness, the warm latency against two floors measured in the same seconds (the
 * {@code /bench-floor} command on Liaison's own Bolt app, and a bare Bolt-JS app), CPU per request,
 * and resident memory after a soak at the full rate.
 *
 * <p>"before" is the process as the image ran it until now (no archive, no warm-up, the JVM's default
 * heap); "after" uses docker/jvm.options, the class-data archive a training run made, and the
 * readiness warm-up.
 */
final class ProcessBench {

    /** The digest job in the measured process, started once during the soak through the Actuator. */
    private static final String DIGEST_JOB = "/actuator/quartz/jobs/liaison/daily-digest";

    record Settings(String launch, int coldSeconds, int soakMinutes, boolean boltJs, int coldRps, boolean cds,
                    List<String> extraJvm, String appJava,
                    boolean before) {
    }

    private final BenchMain.Config config;
    private final Settings settings;
    private final Path dataDir;
    private final FakeSlackWebApi slack;
    private final Path workDir;
    private final Dataset names;

    private ProcessBench(BenchMain.Config config, Path dataDir, FakeSlackWebApi slack) {
        this.config = config;
        this.settings = config.process();
        this.dataDir = dataDir;
        this.slack = slack;
        this.workDir = config.outDir().resolve("process").toAbsolutePath();
        this.names = new Dataset(null, config.seed(), config.size());
    }

    static JsonObject run(BenchMain.Config config, Path dataDir, FakeSlackWebApi slack) {
        return new ProcessBench(config, dataDir, slack).run();
    }

    private JsonObject run() {
        JsonObject out = new JsonObject();
        recreate(workDir);
        Launch launch = launch();
        out.addProperty("launch", launch.describe());
        out.addProperty("jvmOptions", String.join(" ", jvmOptions()));
        AppProcess boltJs = null;
        try {
            if (settings.boltJs()) {
                boltJs = startBoltJs();
                JsonObject js = new JsonObject();
                js.addProperty("startToListeningSeconds", AppProcess.round(boltJs.awaitOk(boltFloorProbe(boltJs), Duration.ofSeconds(60)) * 10) / 10.0);
                js.add("first", toJson(cold(boltJs, "bolt-js floor", floorCalls(boltJs))));
                js.add("rssAfterFirstMb", rss(boltJs));
                out.add("boltJs", js);
            }
            if (settings.before()) {
                out.add("before", measureStart(launch, false));
            }
            if (launch.archive() != null) {
                BenchMain.log("Training the class-data archive");
                out.add("training", train(launch));
            }
            out.add("after", measureAfter(launch, boltJs));
            if (boltJs != null) {
                out.getAsJsonObject("boltJs").add("rssAtEndMb", rss(boltJs));
                out.getAsJsonObject("boltJs").addProperty("exit", boltJs.stop());
            }
        } finally {
            if (boltJs != null) {
                boltJs.close();
            }
        }
        BenchMain.log("Process: " + out);
        return out;
    }

    /** Start to ready and the first seconds of traffic, with or without what this issue added. */
    private JsonObject measureStart(Launch launch, boolean after) {
        try (AppProcess app = startLiaison(launch, after, after ? "after" : "before")) {
            return startAndFirstSeconds(app);
        }
    }

    private JsonObject startAndFirstSeconds(AppProcess app) {
        JsonObject row = new JsonObject();
        double ready = app.awaitOk(readiness(app), Duration.ofMinutes(3));
        row.addProperty("startToReadySeconds", Math.round(ready * 100) / 100.0);
        row.addProperty("cpuSecondsToReady", app.cpuSeconds());
        row.add("rssAtReadyMb", rss(app));
        row.add("first", toJson(cold(app, "status", statusCalls(app))));
        return row;
    }

    private JsonObject measureAfter(Launch launch, AppProcess boltJs) {
        try (AppProcess app = startLiaison(launch, true, "after")) {
            JsonObject row = startAndFirstSeconds(app);
            long readyAt = System.nanoTime();
            row.add("warm", warm(app, boltJs));
            row.add("cpuPerRequest", cpuPerRequest(app, boltJs));
            row.add("soak", soak(app, readyAt));
            row.addProperty("outOfMemoryErrors", app.logLines("OutOfMemoryError").size());
            row.addProperty("exit", app.stop());
            return row;
        }
    }

    // --- the measurements

    /** Open loop at the cold rate from the first instant after readiness: what the first users of a new process see. */
    private OpenLoad.Result cold(AppProcess app, String name, List<OpenLoad.Call> calls) {
        OpenLoad load = load(app);
        OpenLoad.Result r = load.run(name, calls, settings.coldRps(), Duration.ofSeconds(settings.coldSeconds()));
        BenchMain.log(app.name + " first " + settings.coldSeconds() + " s: " + r);
        return r;
    }

    /** Each command at each rate, with Liaison's floor and (when running) the Bolt-JS floor interleaved at a quarter of it. */
    private JsonArray warm(AppProcess app, AppProcess boltJs) {
        JsonArray rows = new JsonArray();
        OpenLoad load = load(app);
        for (int rate : config.rates()) {
            for (String command : List.of("status", "list-mine")) {
                List<OpenLoad.Call> calls = command.equals("status") ? statusCalls(app) : mineCalls(app);
                load.run(command, calls, rate, Duration.ofSeconds(config.warmupSeconds()));
                List<OpenLoad.Stream> streams = new ArrayList<>(List.of(new OpenLoad.Stream(command, calls, rate),
                        new OpenLoad.Stream("floor", floorCalls(app), Math.max(1, rate / 4))));
                if (boltJs != null) {
                    streams.add(new OpenLoad.Stream("bolt-js floor", floorCalls(boltJs), Math.max(1, rate / 4)));
                }
                List<OpenLoad.Result> results = load.run(streams, Duration.ofSeconds(config.seconds()));
                JsonObject row = toJson(results.get(0));
                row.add("floor", toJson(results.get(1)));
                row.addProperty("p50VsFloor", ratio(results.get(0).p50ms(), results.get(1).p50ms()));
                row.addProperty("p99VsFloor", ratio(results.get(0).p99ms(), results.get(1).p99ms()));
                if (boltJs != null) {
                    row.add("boltJsFloor", toJson(results.get(2)));
                    row.addProperty("p50VsBoltJs", ratio(results.get(0).p50ms(), results.get(2).p50ms()));
                    row.addProperty("p99VsBoltJs", ratio(results.get(0).p99ms(), results.get(2).p99ms()));
                }
                BenchMain.log("process warm " + row);
                rows.add(row);
            }
        }
        return rows;
    }

    /** The server's own CPU seconds per request over requests sent one at a time (nothing else running). */
    private JsonObject cpuPerRequest(AppProcess app, AppProcess boltJs) {
        int n = Math.max(50, Math.min(2_000, config.seconds() * 100));
        OpenLoad load = load(app);
        JsonObject cpu = new JsonObject();
        double status = cpuPer(app, load, "status", statusCalls(app), n);
        double floor = cpuPer(app, load, "floor", floorCalls(app), n);
        double mine = cpuPer(app, load, "list-mine", mineCalls(app), n);
        cpu.addProperty("requests", n);
        cpu.addProperty("statusMicros", status);
        cpu.addProperty("listMineMicros", mine);
        cpu.addProperty("floorMicros", floor);
        cpu.addProperty("statusVsFloor", ratio(status, floor));
        if (boltJs != null) {
            double js = cpuPer(boltJs, load(boltJs), "bolt-js floor", floorCalls(boltJs), n);
            cpu.addProperty("boltJsFloorMicros", js);
            cpu.addProperty("statusVsBoltJs", ratio(status, js));
        }
        BenchMain.log("CPU per request " + cpu);
        return cpu;
    }

    private double cpuPer(AppProcess app, OpenLoad load, String name, List<OpenLoad.Call> calls, int n) {
        load.serial(name, calls, Duration.ofSeconds(30), n / 2);
        double before = app.cpuSeconds();
        OpenLoad.Result r = load.serial(name, calls, Duration.ofMinutes(5), n);
        double after = app.cpuSeconds();
        return Math.round((after - before) * 1e6 / Math.max(1, r.sent()));
    }

    /**
     * The full rate (three status requests to one list mine) until {@code soakMinutes} have passed
     * since readiness, re-signed each minute (Slack's signatures are good for five); the digest job
     * runs once at its start, as it would each morning. Then resident memory.
     */
    private JsonObject soak(AppProcess app, long readyAt) {
        JsonObject soak = new JsonObject();
        long end = readyAt + TimeUnit.MINUTES.toNanos(settings.soakMinutes());
        int rate = settings.coldRps();
        OpenLoad load = load(app);
        int digestStatus = AppProcess.send(AppProcess.post(management(app) + DIGEST_JOB, "{\"state\":\"running\"}"));
        soak.addProperty("digestJobStarted", digestStatus);
        long sent = 0;
        long errors = 0;
        double worstP99 = 0;
        int minutes = 0;
        while (System.nanoTime() < end) {
            long left = TimeUnit.NANOSECONDS.toSeconds(end - System.nanoTime());
            Duration chunk = Duration.ofSeconds(Math.max(1, Math.min(60, left)));
            List<OpenLoad.Result> r = load.run(List.of(new OpenLoad.Stream("status", statusCalls(app), rate * 3 / 4),
                    new OpenLoad.Stream("list-mine", mineCalls(app), Math.max(1, rate / 4))), chunk);
            for (OpenLoad.Result x : r) {
                sent += x.sent();
                errors += x.errors();
                worstP99 = Math.max(worstP99, x.p99ms());
            }
            minutes++;
        }
        soak.addProperty("minutesSinceReady", AppProcess.round((System.nanoTime() - readyAt) / 6e10));
        soak.addProperty("chunks", minutes);
        soak.addProperty("rps", rate);
        soak.addProperty("sent", sent);
        soak.addProperty("errors", errors);
        soak.addProperty("worstMinuteP99ms", worstP99);
        soak.addProperty("digestsQueued", metric(app, "liaison.digests.sent"));
        soak.add("rssMb", rss(app));
        soak.add("jvm", jvmMemory(app));
        if (settings.extraJvm().stream().anyMatch(o -> o.startsWith("-XX:NativeMemoryTracking"))) {
            // where the resident memory is, by the JVM's own account (docs/benchmarks.md reads it)
            run(List.of(javaHome().resolve("bin").resolve("jcmd").toString(), Long.toString(app.process.pid()),
                    "VM.native_memory", "summary"), workDir.resolve("native-memory.txt"), Duration.ofMinutes(1));
            run(List.of(javaHome().resolve("bin").resolve("jcmd").toString(), Long.toString(app.process.pid()),
                    "GC.class_histogram"), workDir.resolve("heap-histogram.txt"), Duration.ofMinutes(1));
        }
        BenchMain.log("Soak " + soak);
        return soak;
    }

    // --- the processes

    private record Launch(String mode, List<String> prefix, List<String> suffix, Path archive, File dir, int javaVersion) {
        String describe() {
            return mode + ", Java " + javaVersion + (archive == null ? "" : ", class cache " + archive.getFileName());
        }

        /** Java 25 has the ahead-of-time cache (JEP 483/514), the successor of the dynamic AppCDS archive of 17. */
        String write() {
            return javaVersion >= 25 ? "-XX:AOTCacheOutput=" + archive : "-XX:ArchiveClassesAtExit=" + archive;
        }

        String use() {
            return javaVersion >= 25 ? "-XX:AOTCache=" + archive : "-XX:SharedArchiveFile=" + archive;
        }
    }

    /**
     * The JDK the image runs (25) when this machine has it, else the benchmark's own; {@code appJava=<home>}
     * chooses another.
     */
    private Path javaHome() {
        if (!settings.appJava().isBlank()) {
            return Path.of(settings.appJava());
        }
        Path temurin25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        return Files.isExecutable(temurin25.resolve("bin").resolve("java")) ? temurin25 : Path.of(System.getProperty("java.home"));
    }

    private static int javaVersion(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring(line.indexOf('"') + 1);
                    return Integer.parseInt(v.split("[.\\\"]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no release file: assume the oldest supported
        }
        return 17;
    }

    /** The packaged jar extracted as the image extracts it (jar mode), or the build's classpath (the harness test). */
    private Launch launch() {
        Path home = javaHome();
        int version = javaVersion(home);
        String java = home.resolve("bin").resolve("java").toString();
        if (settings.launch().equals("classpath")) {
            String cp = Stream.of(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(File.pathSeparator))
                    .filter(entry -> !entry.endsWith("test-classes")).reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
            return new Launch("classpath", List.of(java), List.of("-cp", cp, "dev.liaison.LiaisonApplication"), null,
                    workDir.toFile(), version);
        }
        Path jar = packagedJar();
        Path app = workDir.resolve("app");
        run(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", app.toString()),
                workDir.resolve("extract.log"), Duration.ofMinutes(2));
        Path extracted;
        try (Stream<Path> files = Files.list(app)) {
            extracted = files.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Launch("jar (extracted: " + jar.getFileName() + ")", List.of(java), List.of("-jar", extracted.toString()),
                settings.cds() ? app.resolve(version >= 25 ? "liaison.aot" : "liaison.jsa") : null, app.toFile(), version);
    }

    private static Path packagedJar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("liaison-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .max(Comparator.comparingLong(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("No target/liaison-*.jar: bench/run packages it (launch=jar)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The training run: the app with the archive to write, on this database, warms up and exits; the
     * archive then holds every class the request path loaded (docker/Dockerfile does the same).
     */
    private JsonObject train(Launch launch) {
        List<String> command = new ArrayList<>(launch.prefix());
        command.addAll(jvmOptions());
        command.add(launch.write());
        command.addAll(launch.suffix());
        Map<String, String> env = liaisonEnv(AppProcess.freePort(), AppProcess.freePort(), true);
        env.put("LIAISON_EXIT_WHEN_WARM", "true");
        long start = System.nanoTime();
        int exit;
        try {
            ProcessBuilder builder = new ProcessBuilder(withJobsOff(command)).directory(launch.dir()).redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("training.log").toFile());
            builder.environment().putAll(env);
            Process p = builder.start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("The training run did not exit within 5 minutes; see " + workDir.resolve("training.log"));
            }
            exit = p.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        JsonObject t = new JsonObject();
        t.addProperty("exit", exit);
        t.addProperty("seconds", Math.round((System.nanoTime() - start) / 1e7) / 100.0);
        t.addProperty("archiveMb", AppProcess.round(launch.archive().toFile().length() / 1048576.0));
        if (exit != 0 || !Files.exists(launch.archive())) {
            throw new IllegalStateException("The training run failed (exit " + exit + "); see " + workDir.resolve("training.log"));
        }
        return t;
    }

    private AppProcess startLiaison(Launch launch, boolean after, String name) {
        int port = AppProcess.freePort();
        int management = AppProcess.freePort();
        List<String> command = new ArrayList<>(launch.prefix());
        if (after) {
            command.addAll(jvmOptions());
            if (launch.archive() != null) {
                command.add(launch.use());
            }
            command.addAll(settings.extraJvm());
        } else {
            // as the image ran it before: three quarters of the machine's memory for the heap
            command.add("-XX:MaxRAMPercentage=75");
        }
        command.addAll(launch.suffix());
        Map<String, String> env = liaisonEnv(port, management, after);
        BenchMain.log("Starting Liaison (" + name + ")");
        AppProcess app = AppProcess.start("liaison " + name, withJobsOff(command), env, launch.dir(),
                workDir.resolve("liaison-" + name + ".log"), port);
        app.managementPort = management;
        return app;
    }

    private Map<String, String> liaisonEnv(int port, int management, boolean warmUp) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", Integer.toString(port));
        env.put("MANAGEMENT_PORT", Integer.toString(management));
        env.put("SLACK_BOT_TOKEN", "xoxb-bench-token");
        env.put("SLACK_SIGNING_SECRET", BenchMain.SECRET);
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("LIAISON_DATA_DIR", dataDir.toAbsolutePath().toString());
        env.put("LIAISON_TOKEN_KEY", BenchMain.TOKEN_KEY);
        // the floor command exists only under this profile
        env.put("SPRING_PROFILES_ACTIVE", "bench");
        if (!warmUp) {
            env.put("LIAISON_WARM_UP_REQUESTS", "0");
        }
        env.putAll(jvmEnvironment());
        return env;
    }

    /**
     * Jobs on their schedules would start on the wall clock in the middle of a measurement; the soak
     * starts the digest itself. The queue is not delivered: the fake Slack would only add its own
     * load to the machine.
     */
    private static List<String> withJobsOff(List<String> command) {
        List<String> out = new ArrayList<>(command.subList(0, 1));
        TestInstances.jobsOff().forEach((k, v) -> out.add("-D" + k + "=" + v));
        out.add("-Dliaison.outbox.worker=false");
        out.addAll(command.subList(1, command.size()));
        return out;
    }

    private AppProcess startBoltJs() {
        Path modules = config.outDir().resolve("bolt-js").resolve("node_modules").toAbsolutePath();
        if (!Files.isDirectory(modules.resolve("@slack").resolve("bolt"))) {
            throw new IllegalStateException("No @slack/bolt under " + modules + ": bench/run installs it (or boltJs=false)");
        }
        int port = AppProcess.freePort();
        Map<String, String> env = new HashMap<>();
        env.put("NODE_PATH", modules.toString());
        env.put("PORT", Integer.toString(port));
        env.put("SLACK_SIGNING_SECRET", BenchMain.SECRET);
        env.put("SLACK_BOT_TOKEN", "xoxb-bench-token");
        env.put("SLACK_API_URL", slack.apiUrl());
        BenchMain.log("Starting the bare Bolt-JS app");
        return AppProcess.start("bolt-js", List.of("node", Path.of("bench", "bolt-js", "app.js").toAbsolutePath().toString()),
                env, workDir.toFile(), workDir.resolve("bolt-js.log"), port);
    }

    // --- requests, signed now (the processes check signatures against the wall clock)

    private OpenLoad load(AppProcess app) {
        return new OpenLoad("http://127.0.0.1:" + app.port + "/slack/events", BenchMain.SECRET);
    }

    private List<OpenLoad.Call> floorCalls(AppProcess app) {
        OpenLoad load = load(app);
        List<OpenLoad.Call> calls = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < 100; i++) {
            calls.add(load.command(Dataset.TEAM, Dataset.userId(i % config.size().people()), "/bench-floor", "", now, body -> true));
        }
        return calls;
    }

    private List<OpenLoad.Call> statusCalls(AppProcess app) {
        return BenchMain.calls(load(app), config, Instant.now(), names).get("status");
    }

    private List<OpenLoad.Call> mineCalls(AppProcess app) {
        return BenchMain.calls(load(app), config, Instant.now(), names).get("list-mine");
    }

    private HttpRequest readiness(AppProcess app) {
        return AppProcess.get(management(app) + "/actuator/health/readiness");
    }

    private HttpRequest boltFloorProbe(AppProcess app) {
        return floorCalls(app).get(0).request();
    }

    private static String management(AppProcess app) {
        return "http://127.0.0.1:" + app.managementPort;
    }

    private double metric(AppProcess app, String name) {
        return metricTagged(app, name, null);
    }

    /** Heap and non-heap in use, from the app's own Micrometer gauges. */
    private JsonObject jvmMemory(AppProcess app) {
        JsonObject m = new JsonObject();
        for (String area : List.of("heap", "nonheap")) {
            double bytes = metricTagged(app, "jvm.memory.used", "area:" + area);
            m.addProperty(area + "UsedMb", AppProcess.round(bytes / 1048576.0));
        }
        m.addProperty("liveThreads", metric(app, "jvm.threads.live"));
        return m;
    }

    private double metricTagged(AppProcess app, String name, String tag) {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(
                    AppProcess.get(management(app) + "/actuator/metrics/" + name + (tag == null ? "" : "?tag=" + tag)),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return response.statusCode() != 200 ? Double.NaN : JsonParser.parseString(response.body()).getAsJsonObject()
                    .getAsJsonArray("measurements").get(0).getAsJsonObject().get("value").getAsDouble();
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    // --- the shipped JVM settings

    /** docker/jvm.options: the options the image and the README's java line use, one per line. */
    static List<String> jvmOptions() {
        return settingsFile("jvm.options");
    }

    /** docker/jvm.env: the environment the image sets for the JVM (the C library's memory arenas). */
    static Map<String, String> jvmEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : settingsFile("jvm.env")) {
            env.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        }
        return env;
    }

    private static List<String> settingsFile(String name) {
        try {
            return Files.readAllLines(Path.of("docker", name)).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- small things

    private static JsonObject rss(AppProcess app) {
        double[] rss = app.rssMb();
        JsonObject m = new JsonObject();
        m.addProperty("rss", rss[0]);
        m.addProperty("highWaterMark", rss[1]);
        return m;
    }

    private static JsonObject toJson(OpenLoad.Result r) {
        return new Gson().toJsonTree(r).getAsJsonObject();
    }

    private static double ratio(double a, double b) {
        return b <= 0 ? 0 : Math.round(a / b * 100) / 100.0;
    }

    private static void run(List<String> command, Path log, Duration max) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(max.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void recreate(Path dir) {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
