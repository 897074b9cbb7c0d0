package dev.liaison.sandbox.google;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An event put in a user's primary calendar of {@link GoogleStandIn}. Timed events have {@code start}/
 * {@code end}; all-day ones {@code startDate}/{@code endDate}, the end exclusive as Google keeps it (a one-day
 * event on 7 December ends on the 8th).
 *
 * @param id        the event id in this calendar
 * @param iCalUid   the iCalendar UID (the same in every attendee's calendar)
 * @param eventType {@code default} or {@code outOfOffice}
 * @param organizer the organizer's e-mail
 * @param attendees attendees' e-mails (the organizer is added as one, as Google does)
 * @param resources rooms and other resources on the event ({@code resource: true} attendees)
 */
public record StandInEvent(String id, String iCalUid, String summary, String eventType, Instant start, Instant end,
                           LocalDate startDate, LocalDate endDate, String organizer, List<String> attendees,
                           List<String> resources) {

    public StandInEvent {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        resources = resources == null ? List.of() : List.copyOf(resources);
        if ((start == null) == (startDate == null)) {
            throw new IllegalArgumentException("an event is either timed or all-day");
        }
    }

    /** A timed meeting organised by {@code organizer}, its iCalUID {@code id@google.com}. */
    public static StandInEvent meeting(String id, String summary, Instant start, Instant end, String organizer,
                                       String... attendees) {
        return new StandInEvent(id, id + "@google.com", summary, "default", start, end, null, null, organizer,
                List.of(attendees), List.of());
    }

    /** A timed out-of-office block ({@code eventType: outOfOffice}). */
    public static StandInEvent outOfOffice(String id, String owner, Instant start, Instant end) {
        return new StandInEvent(id, id + "@google.com", "Out of office", "outOfOffice", start, end, null, null,
                owner, List.of(), List.of());
    }

    /** An all-day event from {@code firstDay} to {@code endExclusive} (Google's end date: the day after). */
    public static StandInEvent allDay(String id, String summary, LocalDate firstDay, LocalDate endExclusive,
                                      String owner) {
        return new StandInEvent(id, id + "@google.com", summary, "default", null, null, firstDay, endExclusive,
                owner, List.of(), List.of());
    }

    public StandInEvent withEventType(String type) {
        return new StandInEvent(id, iCalUid, summary, type, start, end, startDate, endDate, organizer, attendees,
                resources);
    }

    public StandInEvent withICalUid(String uid) {
        return new StandInEvent(id, uid, summary, eventType, start, end, startDate, endDate, organizer, attendees,
                resources);
    }

    public StandInEvent withResources(String... rooms) {
        return new StandInEvent(id, iCalUid, summary, eventType, start, end, startDate, endDate, organizer,
                attendees, List.of(rooms));
    }

    /** The same event moved to other times (timed). */
    public StandInEvent movedTo(Instant newStart, Instant newEnd) {
        return new StandInEvent(id, iCalUid, summary, eventType, newStart, newEnd, null, null, organizer, attendees,
                resources);
    }

    boolean allDay() {
        return startDate != null;
    }
}
