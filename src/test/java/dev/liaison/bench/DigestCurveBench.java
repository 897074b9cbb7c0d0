package dev.liaison.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.liaison.people.Person;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.MutableClock;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * How the daily digest grows with the agency (docs/benchmarks.md, "Digest growth"): for each number of
 * people, a fresh database with a dataset in proportion to it (5 clients, 25 tasks a person, an open
 * escalation for every 4th, one in 20 out of office, one touch a person: the digest reads no history),
 * then everyone's digest as {@link BenchMain}'s digest measurement runs it (both runs of the job).
 * Each size is compared with the smallest: time(n) / time(smallest) against n / smallest. A run at a
 * tenth of the smallest size warms the JVM first and is not reported.
 */
final class DigestCurveBench {

    private DigestCurveBench() {
    }

    static Dataset.Size sizeFor(int people) {
        return new Dataset.Size(people, 5 * people, people, 25 * people, Math.max(1, people / 4), Math.max(1, people / 20));
    }

    static JsonObject run(BenchMain.Config config) {
        JsonArray rows = new JsonArray();
        List<Integer> sizes = config.digestCurve().stream().sorted().toList();
        try (FakeSlackWebApi slack = new FakeSlackWebApi()) {
            // a first digest run in a cold JVM is several times slower (JIT): one at a tenth of the
            // smallest size, not reported, so the smallest size is not the one that pays for it
            BenchMain.log("Digest curve: warm-up");
            one(slack, config, Math.max(20, sizes.get(0) / 10));
            for (int people : sizes) {
                rows.add(one(slack, config, people));
            }
        }
        JsonObject first = rows.get(0).getAsJsonObject();
        double baseSeconds = first.get("seconds").getAsDouble();
        int basePeople = first.get("people").getAsInt();
        for (var e : rows) {
            JsonObject row = e.getAsJsonObject();
            double sizeRatio = row.get("people").getAsDouble() / basePeople;
            double timeRatio = baseSeconds <= 0 ? 0 : row.get("seconds").getAsDouble() / baseSeconds;
            row.addProperty("sizeRatio", round(sizeRatio));
            row.addProperty("timeRatio", round(timeRatio));
            // 1 is linear; over 1 the digest grows faster than the agency
            row.addProperty("timeRatioPerSizeRatio", round(timeRatio / sizeRatio));
        }
        JsonObject curve = new JsonObject();
        curve.addProperty("basePeople", basePeople);
        curve.add("sizes", rows);
        return curve;
    }

    private static JsonObject one(FakeSlackWebApi slack, BenchMain.Config config, int people) {
        Dataset.Size size = sizeFor(people);
        Path dataDir = BenchMain.tempDir(config.outDir());
        try (ConfigurableApplicationContext app = BenchMain.start(slack, dataDir)) {
            MongoTemplate mongo = app.getBean(MongoTemplate.class);
            MutableClock clock = app.getBean(MutableClock.class);
            if (mongo.count(new Query(), Person.class) > 0) {
                throw new IllegalStateException("The digest curve needs an empty database (MONGODB_URI has people in it)");
            }
            BenchMain.log("Digest curve: loading " + size);
            Dataset.Timings loaded = new Dataset(mongo, config.seed(), size).load();
            BenchMain.log("Digest curve: loaded " + loaded);
            double loadBefore = loadAverage();
            JsonObject row = BenchMain.digest(app, mongo, clock, people, "both");
            row.addProperty("clients", size.clients());
            row.addProperty("tasks", size.tasks());
            row.addProperty("loadSeconds", round(loaded.totalMs() / 1000.0));
            row.add("load", new Gson().toJsonTree(loaded));
            // a shared machine: the load average around the measurement says how much of it was ours
            row.addProperty("loadAverageBefore", round(loadBefore));
            row.addProperty("loadAverageAfter", round(loadAverage()));
            return row;
        } finally {
            BenchMain.delete(dataDir);
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
