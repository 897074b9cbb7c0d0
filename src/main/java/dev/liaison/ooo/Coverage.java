package dev.liaison.ooo;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One client or task covered by someone during an absence. The id is absence + item, so applying a
 * plan twice (a double click, two instances) creates each cover once.
 */
@Document("coverage")
public record Coverage(@Id String id, String teamId, String absenceId, String absentId, Plan.Kind kind, String itemId,
                       String label, String coverId, String from, String to, boolean ended, boolean handedBack,
                       Instant createdAt) {

    /** The per-workspace sequence bumped after every change to covers: readers' caches compare it. */
    static final String VERSION = "coverage";

    static String id(String absenceId, Plan.Kind kind, String itemId) {
        return absenceId + ":" + kind + ":" + itemId;
    }

    public boolean activeOn(LocalDate day) {
        return !ended && !day.isBefore(LocalDate.parse(from)) && !day.isAfter(LocalDate.parse(to));
    }
}
