package dev.liaison.digest.report;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One client's health score as the weekly job saw it, week by week: the last
 * {@link HealthHistory#WEEKS_KEPT} weeks, oldest first (the QBR brief's chart). Id: team and client.
 */
@Document("client_health_weeks")
record ClientHealthWeeks(@Id String id, String teamId, String clientId, List<Point> points) {

    /** @param week the ISO week, like {@code 2026-W48} */
    record Point(String week, int score, Instant takenAt) {
    }

    static String id(String teamId, String clientId) {
        return teamId + ":" + clientId;
    }
}
