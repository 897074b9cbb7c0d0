package dev.liaison.digest.report;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A team's portfolio health as it stood in one ISO week, kept so the report's trend is what was
 * seen then, not a guess recomputed from today's data. Id: team, lead and week.
 */
@Document("weekly_snapshots")
record WeeklySnapshot(@Id String id, String teamId, String leadId, String week, int healthy, int watch,
                             int atRisk, Map<String, String> bands, Instant takenAt) {

    static String id(String teamId, String leadId, String week) {
        return teamId + ":" + leadId + ":" + week;
    }
}
