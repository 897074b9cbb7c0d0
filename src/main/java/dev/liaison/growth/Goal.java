package dev.liaison.growth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One goal of a client's account plan (G-3), per workspace like tasks and opportunities. */
@Document("goals")
@CompoundIndex(name = "team_number", def = "{'teamId': 1, 'number': 1}", unique = true)
public record Goal(@Id String id, String teamId, String number, String clientId, String text, String by,
                   Status status, String createdBy, Instant createdAt, String closedBy, Instant closedAt) {

    public enum Status {
        OPEN, DONE, DROPPED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static String id(String teamId, String number) {
        return teamId + ":" + number;
    }

    public LocalDate byDate() {
        return by == null ? null : LocalDate.parse(by);
    }
}
