package dev.liaison.connect;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One event of one person's calendar, as either provider gives it, reduced to what Liaison reads
 * (metadata only: never descriptions or bodies).
 *
 * @param eventId       the provider's id of the event in this calendar (stable across updates)
 * @param iCalUid       the iCalendar UID (Google {@code iCalUID}, Graph {@code iCalUId}): one meeting is
 *                      one UID in every attendee's calendar, so meetings are deduplicated by it
 * @param start         start instant (for all-day events: the start of {@code startDay} in the calendar's zone)
 * @param end           end instant
 * @param startDay      for all-day events, the first day; {@code null} otherwise
 * @param endDay        for all-day events, the last day, inclusive (providers give it exclusive); {@code null} otherwise
 * @param outOfOffice   Google {@code eventType: outOfOffice}, Graph {@code showAs: oof}
 * @param cancelled     deleted or cancelled (Google {@code status: cancelled}, Graph {@code @removed} or {@code isCancelled})
 * @param organizer     organizer's e-mail, lower case, or {@code null}
 * @param attendees     attendees' e-mails, lower case (the organizer not repeated)
 */
public record CalendarEvent(Provider provider, String eventId, String iCalUid, String title,
                            Instant start, Instant end, LocalDate startDay, LocalDate endDay,
                            boolean outOfOffice, boolean cancelled, String organizer, List<String> attendees) {

    public CalendarEvent {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    public boolean allDay() {
        return startDay != null;
    }
}
