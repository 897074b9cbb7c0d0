package dev.liaison.calendar;

import java.time.LocalDate;

import dev.liaison.connect.Provider;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One calendar event (or automatic reply) that made an absence: id {@code team:user:PROVIDER:eventId}, the days
 * the event said, and the absence they went into. Because of it a re-read event changes nothing, a moved
 * one moves its absence and a cancelled one withdraws it.
 */
@Document("calendar_absence_links")
record AbsenceLink(@Id String id, String teamId, String userId, Provider provider, String eventId, String absenceId,
                   String from, String to) {

    static String id(String teamId, String userId, Provider provider, String eventId) {
        return teamId + ":" + userId + ":" + provider.name() + ":" + eventId;
    }

    LocalDate fromDate() {
        return LocalDate.parse(from);
    }

    LocalDate toDate() {
        return LocalDate.parse(to);
    }
}
