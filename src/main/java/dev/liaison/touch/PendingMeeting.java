package dev.liaison.touch;

import java.time.Instant;
import java.util.List;

import dev.liaison.connect.Provider;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client meeting seen in someone's calendar that has not ended yet. Incremental calendar reads bring
 * an event when it changes, not when it ends, so it waits here until it has, then is logged once. One
 * per workspace and iCalendar UID, however many attendees' calendars it is in.
 */
@Document("pending_meetings")
record PendingMeeting(@Id String id, String teamId, String iCalUid, Provider provider, String title, Instant start,
                      Instant end, String organizer, List<String> attendees, String seenInCalendarOf) {

    static String id(String teamId, String iCalUid) {
        return teamId + ":" + iCalUid;
    }
}
