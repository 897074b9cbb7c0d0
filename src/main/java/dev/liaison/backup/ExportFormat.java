package dev.liaison.backup;

import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * The export file: one JSON object per line, in MongoDB Extended JSON v2, canonical mode (every BSON
 * type kept exactly: an int32 stays an int32, a date a date, an ObjectId an ObjectId).
 * <pre>
 * {"liaisonExport": 1, "exportId": "…", "database": "liaison", "exportedAt": {"$date": …}}
 * {"collection": "clients", "document": {…}}          one line per document, collection by collection
 * {"counts": {"clients": {"$numberLong": "30"}, …}}   last line: what was written, checked on import
 * </pre>
 */
final class ExportFormat {

    static final int VERSION = 1;
    static final String HEADER = "liaisonExport";
    static final String COLLECTION = "collection";
    static final String DOCUMENT = "document";
    static final String COUNTS = "counts";
    /** Where import keeps which export it wrote (so a second run of the same file writes nothing). */
    static final String IMPORTS = "liaison_imports";
    static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    private ExportFormat() {
    }

    /** The collections that hold Liaison's data: not the server's own, not import bookkeeping. */
    static boolean data(String collection) {
        return !collection.startsWith("system.") && !collection.equals(IMPORTS);
    }
}
