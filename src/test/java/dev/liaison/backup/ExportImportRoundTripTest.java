package dev.liaison.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dev.liaison.LiaisonApplication;
import dev.liaison.store.EmbeddedMongoServer;
import dev.liaison.support.TestInstances;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22 item 6: {@code export <file>} then {@code import <file>} into an empty database gives back every
 * document identical, field types included; a file cut short is refused with nothing written; running an
 * import again writes nothing, and one cut short finishes without duplicates; a database holding data is
 * refused. The source is the app's own sandbox database (the demo agency) plus a document of every BSON
 * type the app might store.
 */
class ExportImportRoundTripTest {

    private static Path source;
    private static Path exportFile;

    /** What a command printed and its exit status. */
    record Ran(int status, String out, String err) {
    }

    static Ran run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = BackupCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Ran(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void aDatabaseTheAppFilled() throws IOException {
        source = TestInstances.freshDataDir("liaison-export-src-");
        // the app as `java -jar liaison.jar` starts it with no Slack variables: the sandbox seeds its demo agency
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LiaisonApplication.class).run(
                TestInstances.arguments(TestInstances.properties(source, Map.of("server.port", "0",
                        "management.server.port", "0", "slack.bot-token", "", "slack.signing-secret", "",
                        "slack.app-token", "", "slack.client-id", "", "slack.client-secret", ""))))) {
            assertThat(app.isRunning()).isTrue();
        }
        withDatabase(source, db -> db.getCollection("type_probe", BsonDocument.class).insertOne(everyType()));
        exportFile = Files.createTempDirectory(Path.of("target"), "export-").resolve("liaison.jsonl");
        Ran export = run("export", exportFile.toString(), "--liaison.data-dir=" + source);
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out()).contains("Exported ").contains("clients").contains("type_probe");
    }

    @Test
    void everyDocumentComesBackIdenticalAndTheCountsSaySo() throws IOException {
        Path target = TestInstances.freshDataDir("liaison-import-");
        Ran imported = run("import", exportFile.toString(), "--liaison.data-dir=" + target);
        assertThat(imported.status()).as(imported.err()).isZero();

        Map<String, List<BsonDocument>> before = contents(source);
        Map<String, List<BsonDocument>> after = contents(target);
        assertThat(before.get("clients")).as("the demo agency's clients").hasSizeGreaterThanOrEqualTo(30);
        assertThat(before.keySet()).as("collections with data").hasSizeGreaterThan(5);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String collection : before.keySet()) {
            assertThat(after.get(collection)).as(collection).containsExactlyElementsOf(before.get(collection));
        }
        BsonDocument probe = after.get("type_probe").get(0);
        assertThat(probe.get("int32")).isInstanceOf(BsonInt32.class);
        assertThat(probe.get("int64")).isInstanceOf(BsonInt64.class);
        assertThat(probe.get("decimal")).isInstanceOf(BsonDecimal128.class);

        long total = before.values().stream().mapToLong(List::size).sum();
        assertThat(imported.out()).contains(String.format("Imported %,d documents", total))
                .containsPattern("clients\\s+" + before.get("clients").size());

        // and exported again, it is the same file but for the header (export id and time)
        Path again = exportFile.resolveSibling("again.jsonl");
        assertThat(run("export", again.toString(), "--liaison.data-dir=" + target).status()).isZero();
        List<String> first = Files.readAllLines(exportFile);
        List<String> second = Files.readAllLines(again);
        assertThat(second.subList(1, second.size())).isEqualTo(first.subList(1, first.size()));
    }

    @Test
    void runningTheSameImportAgainWritesNothing() {
        Path target = TestInstances.freshDataDir("liaison-import-twice-");
        assertThat(run("import", exportFile.toString(), "--liaison.data-dir=" + target).status()).isZero();
        withDatabase(target, db -> db.getCollection("clients").deleteMany(new BsonDocument("name", new BsonString("x"))));
        withDatabase(target, db -> db.getCollection("type_probe", BsonDocument.class).updateOne(
                new BsonDocument(), new BsonDocument("$set", new BsonDocument("changedSince", BsonBoolean.TRUE))));
        Ran again = run("import", exportFile.toString(), "--liaison.data-dir=" + target);
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("was already imported").contains("nothing written");
        // what the app changed since the import stays changed: nothing older is written over it
        assertThat(contents(target).get("type_probe").get(0).getBoolean("changedSince").getValue()).isTrue();
    }

    @Test
    void anImportCutShortFinishesWithoutDuplicates() throws IOException {
        Path target = TestInstances.freshDataDir("liaison-import-resume-");
        List<String> lines = Files.readAllLines(exportFile);
        String exportId = BsonDocument.parse(lines.get(0)).getString("exportId").getValue();
        // as if the first run stopped a third of the way: its record says running, some documents are in
        withDatabase(target, db -> {
            db.getCollection(ExportFormat.IMPORTS, BsonDocument.class).insertOne(
                    new BsonDocument("_id", new BsonString(exportId)).append("state", new BsonString("running")));
            for (String line : lines.subList(1, lines.size() / 3)) {
                BsonDocument object = BsonDocument.parse(line);
                db.getCollection(object.getString("collection").getValue(), BsonDocument.class)
                        .insertOne(object.getDocument("document"));
            }
        });
        Ran resumed = run("import", exportFile.toString(), "--liaison.data-dir=" + target);
        assertThat(resumed.status()).as(resumed.err()).isZero();
        assertThat(contents(target)).isEqualTo(contents(source));
    }

    @Test
    void aFileCutShortOrEditedIsRefusedWithNothingWritten() throws IOException {
        List<String> lines = Files.readAllLines(exportFile);
        Path cut = exportFile.resolveSibling("cut.jsonl");
        Files.write(cut, lines.subList(0, lines.size() - 1));
        Path missingALine = exportFile.resolveSibling("missing.jsonl");
        List<String> fewer = new ArrayList<>(lines);
        fewer.remove(lines.size() / 2);
        Files.write(missingALine, fewer);
        Path notAnExport = exportFile.resolveSibling("other.jsonl");
        Files.writeString(notAnExport, "{\"name\": \"Acme\"}\n");

        for (Path bad : List.of(cut, missingALine, notAnExport)) {
            Path target = TestInstances.freshDataDir("liaison-import-bad-");
            Ran refused = run("import", bad.toString(), "--liaison.data-dir=" + target);
            assertThat(refused.status()).as(bad.toString()).isEqualTo(1);
            assertThat(refused.err()).as(bad.toString()).startsWith("Liaison import refused: ");
            assertThat(contents(target)).as("written from %s", bad).isEmpty();
        }
        assertThat(run("import", cut.toString(), "--liaison.data-dir=" + TestInstances.freshDataDir("x-")).err())
                .contains("cut short");
    }

    @Test
    void aDatabaseThatHoldsDataIsRefused() {
        Map<String, List<BsonDocument>> before = contents(source);
        Ran refused = run("import", exportFile.toString(), "--liaison.data-dir=" + source);
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("already holds data").contains("nothing was written");
        assertThat(contents(source)).isEqualTo(before);
    }

    @Test
    void badUsageSaysHow() {
        Ran bare = run("export");
        assertThat(bare.status()).isEqualTo(2);
        assertThat(bare.err()).contains("usage: java -jar liaison.jar export <file> | import <file>");
        assertThat(BackupCommand.handles(new String[] {"--server.port=8080"})).isFalse();
    }

    private static BsonDocument everyType() {
        return new BsonDocument("_id", new BsonObjectId(new ObjectId()))
                .append("int32", new BsonInt32(7))
                .append("int64", new BsonInt64(7L))
                .append("double", new BsonDouble(7.0))
                .append("decimal", new BsonDecimal128(Decimal128.parse("1234.50")))
                .append("date", new BsonDateTime(Date.from(Instant.parse("2026-11-23T10:00:00.123Z")).getTime()))
                .append("binary", new BsonBinary(new byte[] {0, 1, 2, (byte) 255}))
                .append("null", BsonNull.VALUE)
                .append("text", new BsonString("Café «Acme»\nline two \u2603 \"quoted\" <!channel>"))
                .append("nested", new BsonDocument("list", new BsonArray(List.of(new BsonInt32(1),
                        new BsonDocument("deep", BsonBoolean.FALSE), new BsonArray()))));
    }

    interface DatabaseWork {
        void on(MongoDatabase database);
    }

    static void withDatabase(Path dataDir, DatabaseWork work) {
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(dataDir);
             MongoClient client = MongoClients.create(server.connectionString("liaison"))) {
            work.on(client.getDatabase("liaison"));
        }
    }

    /** Every data collection that holds documents, each sorted by _id. */
    static Map<String, List<BsonDocument>> contents(Path dataDir) {
        Map<String, List<BsonDocument>> all = new TreeMap<>();
        withDatabase(dataDir, db -> {
            for (String collection : new TreeSet<>(db.listCollectionNames().into(new ArrayList<>()))) {
                if (!ExportFormat.data(collection)) {
                    continue;
                }
                List<BsonDocument> documents = db.getCollection(collection, BsonDocument.class).find()
                        .sort(new BsonDocument("_id", new BsonInt32(1))).into(new ArrayList<>());
                if (!documents.isEmpty()) {
                    all.put(collection, documents);
                }
            }
        });
        return all;
    }
}
