package dev.liaison.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark harness still works: a tiny dataset and a second of load per measurement. It checks
 * what the run produced and that every request got its real answer, never how fast.
 */
class BenchHarnessTest {

    @Test
    void aTinyRunWritesResultsWithEveryMeasurement() throws Exception {
        Path out = Path.of("target", "bench-smoke");
        BenchMain.run(BenchMain.Config.parse("quick", "out-dir=" + out));

        JsonObject results = JsonParser.parseString(Files.readString(out.resolve("results.json"))).getAsJsonObject();
        assertThat(results.getAsJsonObject("dataset").get("people").getAsInt()).isEqualTo(40);
        assertThat(results.getAsJsonObject("dataset").getAsJsonObject("load").get("interactions").getAsInt())
                .isEqualTo(240);

        JsonArray latency = results.getAsJsonArray("latency");
        // floor, status and list mine, one at a time and at 20 rps, with the small and the grown history
        assertThat(latency).hasSize(12);
        latency.forEach(e -> {
            JsonObject row = e.getAsJsonObject();
            if (row.get("rps").getAsInt() == 20) {
                assertThat(row.get("sent").getAsInt()).as("sent %s", row).isEqualTo(20);
            } else {
                assertThat(row.get("sent").getAsInt()).as("sent %s", row).isPositive();
            }
            assertThat(row.get("errors").getAsLong()).as("errors %s", row).isZero();
            assertThat(row.get("p50ms").getAsDouble()).as("p50 %s", row).isPositive()
                    .isLessThanOrEqualTo(row.get("p99ms").getAsDouble());
            assertThat(row.get("p99ms").getAsDouble()).isLessThanOrEqualTo(row.get("maxMs").getAsDouble());
            assertThat(row.getAsJsonObject("floor").get("errors").getAsLong()).as("floor errors %s", row).isZero();
            assertThat(row.getAsJsonObject("floor").get("sent").getAsInt()).as("floor %s", row).isPositive();
        });
        assertThat(BenchMain.find(latency, "1200 interactions", "status", 20)).isNotNull();
        assertThat(results.getAsJsonObject("costGrowth").get("p99Ratio").getAsDouble()).isPositive();

        JsonObject digest = results.getAsJsonObject("digest");
        // everyone but the 3 people out of office has their digest composed, in one of the two runs
        assertThat(digest.get("composed").getAsLong()).isEqualTo(37);
        assertThat(digest.get("queued").getAsLong()).isPositive().isEqualTo(digest.get("outboxMessages").getAsLong());
        assertThat(digest.get("roundTripsPerDigest").getAsDouble()).isPositive();

        JsonObject sync = results.getAsJsonObject("sync");
        JsonObject full = sync.getAsJsonObject("full");
        JsonObject incremental = sync.getAsJsonObject("incremental");
        // the first sync logs the past week's client meetings and the day's e-mail; the stand-in refused nothing
        assertThat(full.get("touchesLogged").getAsLong()).isPositive();
        assertThat(full.get("refusals").getAsInt()).isZero();
        assertThat(incremental.get("refusals").getAsInt()).isZero();
        // following sync tokens and history: the calls past one listing per person and source are the changes'
        assertThat(incremental.get("callsBeyondOneListingPerPersonAndSource").getAsLong())
                .isBetween(0L, 4L * incremental.get("changes").getAsLong());
        assertThat(incremental.get("apiCalls").getAsLong()).isLessThan(full.get("apiCalls").getAsLong());

        // Liaison in a process of its own on the same database: ready, answering the first requests for real,
        // warm against its floor, CPU per request and memory read from the process, and no OutOfMemoryError
        JsonObject after = results.getAsJsonObject("process").getAsJsonObject("after");
        assertThat(after.get("startToReadySeconds").getAsDouble()).isPositive();
        assertThat(after.getAsJsonObject("rssAtReadyMb").get("rss").getAsDouble()).isPositive();
        assertThat(after.getAsJsonObject("first").get("sent").getAsInt()).isEqualTo(20);
        assertThat(after.getAsJsonObject("first").get("errors").getAsLong()).as("first requests %s", after).isZero();
        assertThat(after.getAsJsonArray("warm")).hasSize(2).allSatisfy(e -> {
            assertThat(e.getAsJsonObject().get("errors").getAsLong()).as("warm %s", e).isZero();
            assertThat(e.getAsJsonObject().getAsJsonObject("floor").get("errors").getAsLong()).isZero();
        });
        assertThat(after.getAsJsonObject("cpuPerRequest").get("statusMicros").getAsDouble()).isPositive();
        assertThat(after.getAsJsonObject("cpuPerRequest").get("floorMicros").getAsDouble()).isPositive();
        assertThat(after.getAsJsonObject("soak").getAsJsonObject("rssMb").get("rss").getAsDouble()).isPositive();
        assertThat(after.getAsJsonObject("soak").get("digestJobStarted").getAsInt()).isEqualTo(200);
        assertThat(after.get("outOfMemoryErrors").getAsInt()).isZero();
        assertThat(Files.readString(out.resolve("results.md"))).contains("| p50 |", "digests/s", "Calendar and mail sync",
                "Start, first requests and memory");
    }
}
