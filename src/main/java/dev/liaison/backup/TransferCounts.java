package dev.liaison.backup;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonValue;

/** Documents per collection, as an export wrote them or an import read them. */
record TransferCounts(Map<String, Long> byCollection) {

    TransferCounts {
        byCollection = Collections.unmodifiableMap(new TreeMap<>(byCollection));
    }

    long total() {
        return byCollection.values().stream().mapToLong(Long::longValue).sum();
    }

    BsonDocument toBson() {
        BsonDocument counts = new BsonDocument();
        byCollection.forEach((collection, count) -> counts.append(collection, new BsonInt64(count)));
        return counts;
    }

    static TransferCounts fromBson(BsonDocument counts) {
        Map<String, Long> read = new TreeMap<>();
        for (Map.Entry<String, BsonValue> entry : counts.entrySet()) {
            if (!entry.getValue().isNumber()) {
                throw new IllegalArgumentException("the count of " + entry.getKey() + " is not a number");
            }
            read.put(entry.getKey(), entry.getValue().asNumber().longValue());
        }
        return new TransferCounts(read);
    }

    /** One line per collection and the total, for the operator. */
    String describe() {
        StringBuilder text = new StringBuilder();
        byCollection.forEach((collection, count) -> text.append(String.format("  %-28s %,d%n", collection, count)));
        return text.append(String.format("  %-28s %,d", "total", total())).toString();
    }
}
