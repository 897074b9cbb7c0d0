package dev.liaison.connect;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A provider asked to be left alone (429 {@code Retry-After}) or is failing (5xx): one workspace's reads of
 * one provider by one job ({@code calendar}, {@code mail}) wait until {@code until}; {@code failures} in a row
 * make the wait grow.
 */
@Document("sync_pauses")
record SyncPause(@Id String id, Instant until, int failures) {

    static String id(String teamId, Provider provider, String job) {
        return teamId + ":" + provider.name() + ":" + job;
    }
}
