package dev.liaison.digest.report;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A workspace whose clients' scores were kept for a week: the job reads each client once a week, not every run. */
@Document("client_health_weeks_taken")
record HealthWeekTaken(@Id String id, Instant at) {

    static String id(String teamId, String week) {
        return teamId + ":" + week;
    }
}
