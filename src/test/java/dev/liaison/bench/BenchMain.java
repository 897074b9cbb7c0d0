package dev.liaison.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.liaison.LiaisonApplication;
import dev.liaison.digest.DigestService;
import dev.liaison.people.Person;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.MutableClock;
import dev.liaison.support.TestInstances;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The one entry point of the benchmarks (bench/run, docs/benchmarks.md): starts Liaison with the
 * "bench" profile, loads the dataset, measures ack latency against the floor with a small and a
 * large history, then the daily digest, and writes results.json and results.md.
 *
 * <p>Arguments: {@code full} (the default sizes), {@code quick} (a tiny run for the smoke test), then
 * any {@code key=value} to override: people, clients, interactions, growTo, tasks, escalations, out,
 * warmup, seconds, rates (e.g. 50,200), digest (both, apac or false), sync (true or false), seed, out-dir.
 */
public final class BenchMain {

    static final String SECRET = "bench0signing0secret0000000000000";

    static final String TOKEN_KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

    record Config(Dataset.Size size, int growTo, int warmupSeconds, int seconds, List<Integer> rates, String digest,
                  long seed, Path outDir, boolean sync, ProcessBench.Settings process, boolean processOn) {

        static Config parse(String... args) {
            Map<String, String> v = new HashMap<>(Map.of("people", "2000", "clients", "10000", "interactions", "10000",
                    "growTo", "1000000", "tasks", "50000", "escalations", "500", "out", "100", "warmup", "20",
                    "seconds", "20", "rates", "50,200"));
            // both: everyone's digest (two runs of the job); apac: only the Asia-Pacific run (a fifth); false: none
            v.put("digest", "both");
            // calendar-sync and mail-sync of everyone against the Google stand-in (SyncBench)
            v.put("sync", "true");
            v.put("seed", "20261124");
            // Liaison in a process of its own (ProcessBench): jar (packaged by bench/run) or classpath
            v.put("process", "true");
            v.put("launch", "jar");
            v.put("coldSeconds", "15");
            v.put("coldRps", "200");
            v.put("soakMinutes", "10");
            v.put("boltJs", "true");
            // the class-data archive made by a training run (launch=jar only)
            v.put("cds", "true");
            // more options for the measured process (e.g. -XX:NativeMemoryTracking=summary), after docker/jvm.options
            v.put("appJvm", "");
            // the JDK of the measured process: Temurin 25 (the image's) when this machine has it
            v.put("appJava", "");
            // the process as it ran before issue 20 (default JVM, no cache, no warm-up), for the before/after table
            v.put("before", "true");
            v.put("out-dir", "target/bench");
            for (String arg : args) {
                if (arg.equals("quick")) {
                    v.putAll(Map.of("people", "40", "clients", "120", "interactions", "240", "growTo", "1200",
                            "tasks", "300", "escalations", "10", "out", "3", "warmup", "1", "seconds", "1",
                            "rates", "20"));
                    v.putAll(Map.of("launch", "classpath", "coldSeconds", "1", "coldRps", "20", "soakMinutes", "0",
                            "boltJs", "false", "before", "false"));
                } else if (arg.contains("=")) {
                    v.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
                } else if (!arg.equals("full")) {
                    throw new IllegalArgumentException("Unknown argument " + arg);
                }
            }
            Dataset.Size size = new Dataset.Size(i(v, "people"), i(v, "clients"), i(v, "interactions"), i(v, "tasks"),
                    i(v, "escalations"), i(v, "out"));
            return new Config(size, i(v, "growTo"), i(v, "warmup"), i(v, "seconds"),
                    Arrays.stream(v.get("rates").split(",")).map(String::strip).map(Integer::parseInt).toList(),
                    v.get("digest"), Long.parseLong(v.get("seed")), Path.of(v.get("out-dir")),
                    Boolean.parseBoolean(v.get("sync")),
                    new ProcessBench.Settings(v.get("launch"), i(v, "coldSeconds"), i(v, "soakMinutes"),
                            Boolean.parseBoolean(v.get("boltJs")), i(v, "coldRps"), Boolean.parseBoolean(v.get("cds")),
                            List.of(v.get("appJvm").split(",")).stream().filter(o -> !o.isBlank()).toList(), v.get("appJava"),
                            Boolean.parseBoolean(v.get("before"))),
                    Boolean.parseBoolean(v.get("process")));
        }

        private static int i(Map<String, String> v, String key) {
            return Integer.parseInt(v.get(key).replace("_", ""));
        }
    }

    private BenchMain() {
    }

    public static void main(String[] args) {
        JsonObject results = run(Config.parse(args));
        System.out.println(Report.markdown(results));
        System.exit(0);
    }

    static JsonObject run(Config config) {
        JsonObject results = new JsonObject();
        results.add("machine", machine());
        results.addProperty("startedAt", Instant.now().toString());
        results.add("config", new Gson().toJsonTree(Map.of("seed", config.seed(), "warmupSeconds", config.warmupSeconds(),
                "secondsPerMeasurement", config.seconds(), "rates", config.rates())));
        Path dataDir = tempDir(config.outDir());
        try (FakeSlackWebApi slack = new FakeSlackWebApi()) {
            inProcess(config, results, slack, dataDir);
            if (config.processOn()) {
                // the database the in-process run loaded (and grew), now closed, opened by Liaison as it ships
                results.add("process", ProcessBench.run(config, dataDir, slack));
            }
        } finally {
            delete(dataDir);
        }
        write(config.outDir(), results);
        return results;
    }

    private static void inProcess(Config config, JsonObject results, FakeSlackWebApi slack, Path dataDir) {
        try (ConfigurableApplicationContext app = start(slack, dataDir)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            MongoTemplate mongo = app.getBean(MongoTemplate.class);
            MutableClock clock = app.getBean(MutableClock.class);
            if (mongo.count(new Query(), Person.class) > 0) {
                throw new IllegalStateException("The benchmark needs an empty database (MONGODB_URI has people in it)");
            }
            log("Loading the dataset");
            Dataset dataset = new Dataset(mongo, config.seed(), config.size());
            Dataset.Timings loaded = dataset.load();
            JsonObject data = new Gson().toJsonTree(config.size()).getAsJsonObject();
            data.addProperty("team", Dataset.TEAM);
            data.add("load", new Gson().toJsonTree(loaded));
            results.add("dataset", data);
            log("Loaded: " + loaded);

            OpenLoad load = new OpenLoad("http://127.0.0.1:" + port + "/slack/events", SECRET);
            Map<String, List<OpenLoad.Call>> calls = calls(load, config, Dataset.NOW, new Dataset(null, config.seed(), config.size()));
            JsonArray latency = new JsonArray();
            warmUp(load, calls, config);
            measure(load, calls, config, label(config.size().interactions()), latency);

            if (config.growTo() > config.size().interactions()) {
                log("Growing the history to " + config.growTo() + " touches");
                Dataset.Timings grown = dataset.addInteractions(config.growTo());
                data.add("grow", new Gson().toJsonTree(grown));
                log("Grown: " + grown);
                warmUp(load, calls, config);
                measure(load, calls, config, label(config.growTo()), latency);
            }
            results.add("latency", latency);
            results.add("costGrowth", costGrowth(latency, config));

            if (!config.digest().equals("false")) {
                results.add("digest", digest(app, mongo, clock, config));
            }
            if (config.sync()) {
                results.add("sync", SyncBench.run(app, mongo, clock, dataset, config.size()));
            }
            if (config.processOn()) {
                // the process bench runs on the wall clock: profiles as fresh there as here, so its access
                // checks read the stored person as in steady state instead of asking Slack about everyone
                mongo.updateMulti(new Query(), Update.update("refreshedAt", Instant.now()), Person.class);
            }
        }
    }

    private static ConfigurableApplicationContext start(FakeSlackWebApi slack, Path dataDir) {
        Map<String, String> props = new HashMap<>();
        props.put("server.port", "0");
        props.put("management.server.port", "0");
        props.put("slack.bot-token", "xoxb-bench-token");
        props.put("slack.signing-secret", SECRET);
        // the sync benchmark connects the workspace to the Google stand-in: its key is stored sealed
        props.put("liaison.token-key", TOKEN_KEY);
        props.put("slack.api-url", slack.apiUrl());
        // the digest benchmark measures composing and queueing: the queue is not drained to the fake Slack
        props.put("liaison.outbox.worker", "false");
        props.put("logging.level.root", "WARN");
        props.put("logging.level.dev.liaison", "WARN");
        // as arguments: they must win over application.yml (default properties would lose to it)
        return new SpringApplicationBuilder(LiaisonApplication.class, BenchConfiguration.class).profiles("bench")
                // every job off, from the one list of jobs (a job missing here once fired the weekly report
                // on the wall clock in the middle of the digest measurement)
                .run(TestInstances.arguments(TestInstances.properties(dataDir, props)));
    }

    /** Prepared, signed requests: the floor, /client status of random clients, /client list mine of their owners. */
    static Map<String, List<OpenLoad.Call>> calls(OpenLoad load, Config config, Instant signedAt, Dataset names) {
        SplittableRandom random = new SplittableRandom(config.seed());
        List<OpenLoad.Call> floor = new ArrayList<>();
        List<OpenLoad.Call> status = new ArrayList<>();
        List<OpenLoad.Call> mine = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            int client = random.nextInt(config.size().clients());
            String viewer = Dataset.userId(random.nextInt(config.size().people()));
            String owner = names.ownerOf(client);
            floor.add(load.command(Dataset.TEAM, viewer, "/bench-floor", "", signedAt, body -> true));
            status.add(load.command(Dataset.TEAM, viewer, "/client", "status " + Dataset.clientName(client), signedAt,
                    body -> body.contains("\"blocks\"") && body.contains("Client " + client + " ")));
            mine.add(load.command(Dataset.TEAM, owner, "/client", "list mine", signedAt,
                    body -> body.contains("\"blocks\"") && body.contains("Your clients")));
        }
        Map<String, List<OpenLoad.Call>> calls = new LinkedHashMap<>();
        calls.put("floor", floor);
        calls.put("status", status);
        calls.put("list-mine", mine);
        return calls;
    }

    private static void warmUp(OpenLoad load, Map<String, List<OpenLoad.Call>> calls, Config config) {
        // each rate in turn, lowest first: a cold JIT at the highest rate would only build a queue
        List<Integer> rates = Integer.getInteger("bench.warmupRate") != null ? List.of(Integer.getInteger("bench.warmupRate"))
                : config.rates().stream().sorted().toList();
        for (int rate : rates) {
            calls.forEach((name, list) -> {
                load.drain(calls.get("floor").get(0), Duration.ofSeconds(120));
                OpenLoad.Result r = load.run(name, list, rate, Duration.ofSeconds(config.warmupSeconds()));
                log("warm-up " + r);
            });
        }
    }

    private static void measure(OpenLoad load, Map<String, List<OpenLoad.Call>> calls, Config config, String dataset,
                                JsonArray out) {
        OpenLoad.Call idle = calls.get("floor").get(0);
        // rps 0: one request at a time, the service time with nothing queued
        List<Integer> rates = new ArrayList<>(List.of(0));
        rates.addAll(config.rates());
        for (int rate : rates) {
            OpenLoad.Result alone = null;
            for (var entry : calls.entrySet()) {
                load.drain(idle, Duration.ofSeconds(120));
                OpenLoad.Result r;
                OpenLoad.Result floor;
                if (rate == 0) {
                    r = load.serial(entry.getKey(), entry.getValue(), Duration.ofSeconds(config.seconds()), 500);
                    floor = alone == null ? r : alone;
                } else if (entry.getKey().equals("floor")) {
                    r = load.run(entry.getKey(), entry.getValue(), rate, Duration.ofSeconds(config.seconds()));
                    floor = r;
                } else {
                    // the command at the rate, with the floor at a quarter of it interleaved: the ratio is
                    // taken between requests that shared the same seconds of a shared machine
                    List<OpenLoad.Result> both = load.run(List.of(
                            new OpenLoad.Stream(entry.getKey(), entry.getValue(), rate),
                            new OpenLoad.Stream("floor", calls.get("floor"), Math.max(1, rate / 4))),
                            Duration.ofSeconds(config.seconds()));
                    r = both.get(0);
                    floor = both.get(1);
                }
                if (alone == null) {
                    alone = r;
                }
                log(dataset + " " + r + (floor == r ? "" : " with floor " + floor));
                JsonObject row = new Gson().toJsonTree(r).getAsJsonObject();
                row.addProperty("dataset", dataset);
                row.add("floor", new Gson().toJsonTree(floor));
                row.addProperty("p50VsFloor", ratio(r.p50ms(), floor.p50ms()));
                row.addProperty("p99VsFloor", ratio(r.p99ms(), floor.p99ms()));
                row.addProperty("p999VsFloor", ratio(r.p999ms(), floor.p999ms()));
                out.add(row);
            }
        }
    }

    /** /client status at the largest rate: the large history against the small one. */
    private static JsonObject costGrowth(JsonArray latency, Config config) {
        int rate = config.rates().stream().max(Comparator.naturalOrder()).orElseThrow();
        JsonObject small = find(latency, label(config.size().interactions()), "status", rate);
        JsonObject large = find(latency, label(config.growTo()), "status", rate);
        JsonObject growth = new JsonObject();
        growth.addProperty("rps", rate);
        if (small == null || large == null) {
            return growth;
        }
        growth.addProperty("small", small.get("dataset").getAsString());
        growth.addProperty("large", large.get("dataset").getAsString());
        for (String p : List.of("p50ms", "p99ms", "meanMs")) {
            growth.addProperty(p.replace("ms", "").replace("Ms", "") + "Ratio",
                    ratio(large.get(p).getAsDouble(), small.get(p).getAsDouble()));
        }
        growth.addProperty("p99VsFloorSmall", small.get("p99VsFloor").getAsDouble());
        growth.addProperty("p99VsFloorLarge", large.get("p99VsFloor").getAsDouble());
        return growth;
    }

    static JsonObject find(JsonArray rows, String dataset, String name, int rps) {
        for (var e : rows) {
            JsonObject row = e.getAsJsonObject();
            if (row.get("dataset").getAsString().equals(dataset) && row.get("name").getAsString().equals(name)
                    && row.get("rps").getAsInt() == rps) {
                return row;
            }
        }
        return null;
    }

    /**
     * Every person's digest, as the 15-minute job finds them: one run when it is past 09:00 on a
     * Tuesday in the Americas, Europe, Africa and India, one when it is in Asia-Pacific (no instant
     * is past 09:00 on a working day everywhere).
     */
    private static JsonObject digest(ConfigurableApplicationContext app, MongoTemplate mongo, MutableClock clock,
                                     Config config) {
        DigestService digests = app.getBean(DigestService.class);
        BenchConfiguration.RoundTrips roundTrips = app.getBean(BenchConfiguration.RoundTrips.class);
        log("Composing every digest");
        roundTrips.reset();
        long start = System.nanoTime();
        clock.set(Dataset.AMERICAS_EMEA_RUN);
        int first = config.digest().equals("apac") ? 0 : digests.runDue();
        clock.set(Dataset.APAC_RUN);
        int second = digests.runDue();
        double seconds = (System.nanoTime() - start) / 1e9;
        clock.set(Dataset.NOW);
        long composed = mongo.getCollection("person_days").countDocuments(new Document("digestAt", new Document("$ne", null)));
        long trips = roundTrips.total();
        JsonObject d = new JsonObject();
        d.addProperty("people", config.size().people());
        d.addProperty("runs", config.digest().equals("apac") ? "Asia-Pacific only" : "both");
        d.addProperty("composed", composed);
        d.addProperty("queued", first + second);
        d.addProperty("outboxMessages", mongo.getCollection("outbox").countDocuments());
        d.addProperty("seconds", Math.round(seconds * 1000) / 1000.0);
        d.addProperty("digestsPerSecond", Math.round(composed / seconds * 10) / 10.0);
        d.addProperty("roundTrips", trips);
        d.addProperty("roundTripsPerDigest", composed == 0 ? 0 : Math.round(trips * 100.0 / composed) / 100.0);
        d.add("roundTripsByCommand", new Gson().toJsonTree(roundTrips.byCommand()));
        log("Digest: " + d);
        return d;
    }

    static String label(int interactions) {
        return interactions >= 1_000_000 && interactions % 1_000_000 == 0 ? interactions / 1_000_000 + "M interactions"
                : interactions >= 1_000 && interactions % 1_000 == 0 ? interactions / 1_000 + "k interactions"
                : interactions + " interactions";
    }

    private static double ratio(double a, double b) {
        return b <= 0 ? 0 : Math.round(a / b * 100) / 100.0;
    }

    private static JsonObject machine() {
        JsonObject m = new JsonObject();
        m.addProperty("cores", Runtime.getRuntime().availableProcessors());
        m.addProperty("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        m.addProperty("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.addProperty("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        String uri = System.getenv("MONGODB_URI");
        m.addProperty("database", uri == null || uri.isBlank() ? "embedded (mongo-java-server, H2 file backend)" : "MONGODB_URI");
        return m;
    }

    private static void write(Path dir, JsonObject results) {
        try {
            Files.createDirectories(dir);
            Gson gson = new GsonBuilder().setPrettyPrinting().create();
            Files.writeString(dir.resolve("results.json"), gson.toJson(results));
            Files.writeString(dir.resolve("results.md"), Report.markdown(results));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir(Path outDir) {
        try {
            Files.createDirectories(outDir);
            return Files.createTempDirectory(outDir, "db-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log("Could not delete " + dir + ": " + e.getMessage());
        }
    }

    static void log(String line) {
        System.out.println("[bench " + LocalTime.now().withNano(0) + "] " + line);
    }
}
