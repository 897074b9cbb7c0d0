package dev.liaison.backup;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;

/**
 * Writes every data collection of a database as Extended JSON lines ({@link ExportFormat}), one cursor
 * at a time and one line per document, so memory stays flat however big the database is.
 */
final class DatabaseExport {

    private final MongoDatabase database;
    private final Clock clock;

    DatabaseExport(MongoDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    TransferCounts writeTo(Writer out) throws IOException {
        out.write(new BsonDocument(ExportFormat.HEADER, new BsonInt32(ExportFormat.VERSION))
                .append("exportId", new BsonString(UUID.randomUUID().toString()))
                .append("database", new BsonString(database.getName()))
                .append("exportedAt", new BsonDateTime(clock.millis()))
                .toJson(ExportFormat.JSON));
        out.write('\n');
        Map<String, Long> counts = new LinkedHashMap<>();
        // sorted, so two exports of the same data are the same file but for the header
        for (String collection : new TreeSet<>(database.listCollectionNames().into(new ArrayList<>()))) {
            if (!ExportFormat.data(collection)) {
                continue;
            }
            long written = 0;
            try (MongoCursor<BsonDocument> cursor = database.getCollection(collection, BsonDocument.class).find()
                    .sort(new BsonDocument("_id", new BsonInt32(1))).batchSize(1000).iterator()) {
                while (cursor.hasNext()) {
                    out.write(new BsonDocument(ExportFormat.COLLECTION, new BsonString(collection))
                            .append(ExportFormat.DOCUMENT, cursor.next()).toJson(ExportFormat.JSON));
                    out.write('\n');
                    written++;
                }
            }
            // an empty collection (made by its indexes) carries nothing and an import makes none back
            if (written > 0) {
                counts.put(collection, written);
            }
        }
        TransferCounts result = new TransferCounts(counts);
        out.write(new BsonDocument(ExportFormat.COUNTS, result.toBson()).toJson(ExportFormat.JSON));
        out.write('\n');
        out.flush();
        return result;
    }
}
