package dev.liaison.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInvalidOperationException;
import org.bson.BsonString;
import org.bson.json.JsonParseException;

/**
 * Reads an export back into a database. The whole file is read once before anything is written: a file
 * cut short or edited (its counts do not match its lines) or a line that is not an export line is refused
 * with nothing written. Documents are written by {@code _id} (replace, upsert), so an import cut short
 * and run again finishes without duplicates; one that finished is recorded in {@code liaison_imports},
 * and running the same file again writes nothing. A database that already holds data is refused: an
 * import is for a new database, not a merge.
 */
final class DatabaseImport {

    private static final int BATCH = 500;

    /** What an import did: wrote these counts, or found this export already imported. */
    record Outcome(TransferCounts counts, boolean alreadyImported) {
    }

    private final MongoDatabase database;
    private final Clock clock;

    DatabaseImport(MongoDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    Outcome readFrom(Path file) throws IOException {
        Checked checked = check(file);
        MongoCollection<BsonDocument> imports = database.getCollection(ExportFormat.IMPORTS, BsonDocument.class);
        BsonDocument record = imports.find(Filters.eq("_id", checked.exportId)).first();
        if (record != null && "done".equals(record.getString("state", new BsonString("")).getValue())) {
            return new Outcome(checked.counts, true);
        }
        if (record == null) {
            Map<String, Long> present = dataPresent();
            if (!present.isEmpty()) {
                throw new ImportRefused("the database " + database.getName() + " already holds data ("
                        + new TransferCounts(present).describe().strip().replaceAll("\\s+", " ")
                        + "): import only into an empty database (a new LIAISON_DATA_DIR or an empty MongoDB "
                        + "database); nothing was written");
            }
            imports.insertOne(new BsonDocument("_id", new BsonString(checked.exportId))
                    .append("state", new BsonString("running"))
                    .append("startedAt", new BsonDateTime(clock.millis())));
        }
        write(file);
        imports.updateOne(Filters.eq("_id", checked.exportId), new BsonDocument("$set",
                new BsonDocument("state", new BsonString("done")).append("finishedAt", new BsonDateTime(clock.millis()))
                        .append("counts", checked.counts.toBson())));
        return new Outcome(checked.counts, false);
    }

    private record Checked(String exportId, TransferCounts counts) {
    }

    /** First pass: the header, every line's shape, and the counts on the last line against the lines read. */
    private Checked check(Path file) throws IOException {
        String exportId = null;
        TransferCounts declared = null;
        Map<String, Long> read = new TreeMap<>();
        long lineNumber = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                if (declared != null) {
                    throw new ImportRefused("line " + lineNumber + " follows the counts line, which must be the last");
                }
                BsonDocument object = parse(line, lineNumber);
                if (lineNumber == 1) {
                    if (!object.containsKey(ExportFormat.HEADER) || !object.isString("exportId")) {
                        throw new ImportRefused("this is not a Liaison export (its first line has no "
                                + ExportFormat.HEADER + " header)");
                    }
                    int version = object.get(ExportFormat.HEADER).asNumber().intValue();
                    if (version != ExportFormat.VERSION) {
                        throw new ImportRefused("this export is format " + version + "; this Liaison reads format "
                                + ExportFormat.VERSION);
                    }
                    exportId = object.getString("exportId").getValue();
                } else if (object.isDocument(ExportFormat.COUNTS)) {
                    declared = TransferCounts.fromBson(object.getDocument(ExportFormat.COUNTS));
                } else if (object.isString(ExportFormat.COLLECTION) && object.isDocument(ExportFormat.DOCUMENT)) {
                    String collection = object.getString(ExportFormat.COLLECTION).getValue();
                    if (!ExportFormat.data(collection) || !object.getDocument(ExportFormat.DOCUMENT).containsKey("_id")) {
                        throw new ImportRefused("line " + lineNumber + " is not a Liaison document");
                    }
                    read.merge(collection, 1L, Long::sum);
                } else {
                    throw new ImportRefused("line " + lineNumber + " is neither a document nor the counts line");
                }
            }
        }
        if (exportId == null) {
            throw new ImportRefused("the file is empty");
        }
        if (declared == null) {
            throw new ImportRefused("the file has no counts line: it was cut short; nothing was written");
        }
        TransferCounts found = new TransferCounts(read);
        Map<String, Long> expected = new TreeMap<>(declared.byCollection());
        expected.values().removeIf(count -> count == 0);
        if (!expected.equals(found.byCollection())) {
            throw new ImportRefused("the file's lines do not match its counts (read " + found.byCollection()
                    + ", counted at export " + expected + "): it was cut short or edited; nothing was written");
        }
        return new Checked(exportId, declared);
    }

    private static BsonDocument parse(String line, long lineNumber) {
        try {
            return BsonDocument.parse(line);
        } catch (JsonParseException | BsonInvalidOperationException | IllegalArgumentException notJson) {
            throw new ImportRefused("line " + lineNumber + " is not Extended JSON: " + notJson.getMessage());
        }
    }

    /** Second pass: every document, by _id, in batches. */
    private void write(Path file) throws IOException {
        Map<String, List<WriteModel<BsonDocument>>> pending = new LinkedHashMap<>();
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                BsonDocument object = BsonDocument.parse(line);
                if (!object.isString(ExportFormat.COLLECTION)) {
                    continue;
                }
                String collection = object.getString(ExportFormat.COLLECTION).getValue();
                BsonDocument document = object.getDocument(ExportFormat.DOCUMENT);
                List<WriteModel<BsonDocument>> batch = pending.computeIfAbsent(collection, c -> new ArrayList<>());
                batch.add(new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document, upsert));
                if (batch.size() >= BATCH) {
                    flush(collection, batch);
                }
            }
        }
        pending.forEach(this::flush);
    }

    private void flush(String collection, List<WriteModel<BsonDocument>> batch) {
        if (!batch.isEmpty()) {
            database.getCollection(collection, BsonDocument.class).bulkWrite(batch, new BulkWriteOptions().ordered(true));
            batch.clear();
        }
    }

    private Map<String, Long> dataPresent() {
        Map<String, Long> present = new TreeMap<>();
        for (String collection : database.listCollectionNames()) {
            if (ExportFormat.data(collection)) {
                long count = database.getCollection(collection).countDocuments();
                if (count > 0) {
                    present.put(collection, count);
                }
            }
        }
        return present;
    }

    /** The file or the database is not fit for import; the message says why and that nothing was written. */
    static final class ImportRefused extends RuntimeException {
        ImportRefused(String reason) {
            super(reason);
        }
    }
}
