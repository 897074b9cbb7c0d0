package dev.liaison.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.engine.Constants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded-server anomaly of issue 16 ("a pace document changing without a send; documents of other
 * channels of the same team moving"), looked for in mongo-java-server alone: no Liaison code, only the
 * driver and the wire commands the channel pacer sends (docs/reliability.md, "The embedded server").
 * Seeded random sequences are checked against a model, on the memory and the H2 backend, across a
 * restart of the H2 file, and with clients racing.
 */
class EmbeddedServerSemanticsTest {

    static final List<String> CHANNELS = List.of("T1:UOWN", "T1:C0ESCAL", "T1:ULED", "T1:U1", "T1:U2", "T2:UOWN");

    @TempDir
    Path dir;

    /** A server on a free port, its client and its collection; closing stops both. */
    record Server(MongoServer server, MongoBackend backend, MongoClient client) implements AutoCloseable {
        static Server start(MongoBackend backend) {
            MongoServer server = new MongoServer(backend);
            server.bind("127.0.0.1", 0);
            var address = server.getLocalAddress();
            return new Server(server, backend, MongoClients.create("mongodb://127.0.0.1:" + address.getPort()));
        }

        MongoCollection<Document> pace() {
            return client.getDatabase("anomaly").getCollection("channel_pace");
        }

        @Override
        public void close() {
            client.close();
            server.shutdownNow();
            backend.close();
        }
    }

    @Test
    void theH2UnderTheBackendIsTheOneItWasBuiltFor() {
        // mongo-java-server-h2-backend 1.47.0 declares com.h2database:h2 2.3.232; ./data is in its file format
        assertThat(Constants.VERSION_MAJOR + "." + Constants.VERSION_MINOR + "."
                + Constants.BUILD_ID).isEqualTo("2.3.232");
    }

    @Test
    void theMemoryBackendMovesOnlyTheChannelItIsAskedTo() {
        try (Server server = Server.start(new MemoryBackend())) {
            Map<String, Long> model = new HashMap<>();
            runAgainstTheModel(server.pace(), model, new Random(16), 1500);
        }
    }

    @Test
    void theH2BackendMovesOnlyTheChannelItIsAskedToAndKeepsItAcrossARestart() {
        String file = dir.resolve("pace.mv").toString();
        Map<String, Long> model = new HashMap<>();
        Random random = new Random(16);
        for (int restart = 0; restart < 3; restart++) {
            try (Server server = Server.start(new H2Backend(file))) {
                assertThat(nextAts(server.pace())).as("after restart %d", restart).isEqualTo(model);
                runAgainstTheModel(server.pace(), model, random, 500);
            }
        }
    }

    @Test
    void aConditionalUpsertOnATakenChannelIsRefusedAndChangesNothingOnEitherBackend() {
        // the pacer's first version relied on this: MongoDB answers E11000 when the upsert's _id exists
        for (Supplier<MongoBackend> backend : List.<Supplier<MongoBackend>>of(MemoryBackend::new,
                () -> new H2Backend(dir.resolve("upsert.mv").toString()))) {
            try (Server server = Server.start(backend.get())) {
                MongoCollection<Document> pace = server.pace();
                pace.insertOne(new Document("_id", "T1:C1").append("nextAt", new Date(5_000)));
                pace.insertOne(new Document("_id", "T1:C2").append("nextAt", new Date(5_000)));
                assertThatThrownBy(() -> pace.findOneAndUpdate(taken("T1:C1", 1_000),
                        Updates.set("nextAt", new Date(2_000)),
                        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)))
                        .isInstanceOf(MongoCommandException.class).hasMessageContaining("E11000");
                pace.updateOne(eq("_id", "T1:C1"), Updates.max("nextAt", new Date(9_000)), new UpdateOptions().upsert(true));
                pace.updateOne(eq("_id", "T1:C1"), Updates.max("nextAt", new Date(3_000)), new UpdateOptions().upsert(true));
                assertThat(nextAts(pace)).isEqualTo(Map.of("T1:C1", 9_000L, "T1:C2", 5_000L));
            }
        }
    }

    @Test
    void clientsRacingForOneChannelGetItOnceAndLeaveTheOthersAlone() throws Exception {
        try (Server server = Server.start(new H2Backend(dir.resolve("race.mv").toString()))) {
            MongoCollection<Document> pace = server.pace();
            for (String channel : CHANNELS) {
                pace.insertOne(new Document("_id", channel).append("nextAt", new Date(0)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                for (long now = 1_000; now <= 20_000; now += 1_000) {
                    long at = now;
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<Boolean>> racers = new ArrayList<>();
                    for (int i = 0; i < 4; i++) {
                        Callable<Boolean> racer = () -> {
                            start.await();
                            return pace.findOneAndUpdate(taken("T1:UOWN", at), Updates.set("nextAt", new Date(at + 1_000)),
                                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)) != null;
                        };
                        racers.add(pool.submit(racer));
                    }
                    start.countDown();
                    int winners = 0;
                    for (Future<Boolean> racer : racers) {
                        winners += racer.get() ? 1 : 0;
                    }
                    assertThat(winners).as("slot at %d", at).isEqualTo(1);
                }
            } finally {
                pool.shutdownNow();
            }
            Map<String, Long> others = new HashMap<>(nextAts(pace));
            assertThat(others.remove("T1:UOWN")).isEqualTo(21_000L);
            assertThat(others.values()).containsOnly(0L);
        }
    }

    /** The pacer's two writes, in a seeded random order over several channels of one team, checked after each. */
    private static void runAgainstTheModel(MongoCollection<Document> pace, Map<String, Long> model, Random random,
                                           int steps) {
        long now = 1_000_000 + model.values().stream().mapToLong(Long::longValue).max().orElse(0);
        for (int step = 0; step < steps; step++) {
            now += random.nextInt(1_500);
            String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
            if (!model.containsKey(channel)) {
                // as ChannelPacer.ensureExists
                pace.insertOne(new Document("_id", channel).append("nextAt", new Date(0)));
                model.put(channel, 0L);
            }
            String what;
            if (random.nextBoolean()) {
                // as ChannelPacer.tryAcquire: take the slot if it is free now
                Document taken = pace.findOneAndUpdate(taken(channel, now), Updates.set("nextAt", new Date(now + 1_000)),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
                boolean free = model.get(channel) <= now;
                assertThat(taken != null).as("step %d: take %s at %d", step, channel, now).isEqualTo(free);
                if (free) {
                    model.put(channel, now + 1_000);
                }
                what = "take";
            } else {
                // as ChannelPacer.holdUntil: push the slot back, never forward
                long until = now + random.nextInt(10_000);
                pace.updateOne(and(eq("_id", channel), lt("nextAt", new Date(until))), Updates.set("nextAt", new Date(until)));
                model.merge(channel, until, Math::max);
                what = "hold";
            }
            assertThat(nextAts(pace)).as("step %d: %s %s", step, what, channel).isEqualTo(model);
        }
    }

    private static Bson taken(String channel, long now) {
        return and(eq("_id", channel), lte("nextAt", new Date(now)));
    }

    private static Map<String, Long> nextAts(MongoCollection<Document> pace) {
        Map<String, Long> out = new HashMap<>();
        for (Document d : pace.find()) {
            out.put(d.getString("_id"), d.getDate("nextAt").getTime());
        }
        return out;
    }
}
