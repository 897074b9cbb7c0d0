package dev.liaison.sandbox.microsoft;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An event to put in a stand-in calendar ({@link MicrosoftStandIn#addEvent}). Either timed
 * ({@code start}/{@code end}) or all-day ({@code firstDay}..{@code lastDay}, inclusive; Graph shows the end
 * exclusive, as midnight after the last day).
 *
 * @param showAs    Graph's {@code showAs}: {@code free}, {@code tentative}, {@code busy}, {@code oof},
 *                  {@code workingElsewhere}
 * @param organizer the organizer's e-mail (may be the calendar's owner)
 * @param attendees the attendees' e-mails
 */
public record GraphEvent(String subject, Instant start, Instant end, LocalDate firstDay, LocalDate lastDay,
                         String showAs, String organizer, List<String> attendees) {

    public GraphEvent {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        if ((start == null) == (firstDay == null)) {
            throw new IllegalArgumentException("an event is either timed (start/end) or all-day (firstDay/lastDay)");
        }
    }

    /** A timed meeting, shown as busy. */
    public static GraphEvent meeting(String subject, Instant start, Instant end, String organizer, List<String> attendees) {
        return new GraphEvent(subject, start, end, null, null, "busy", organizer, attendees);
    }

    /** A timed block shown as out of office ({@code showAs: oof}). */
    public static GraphEvent outOfOffice(String subject, Instant start, Instant end, String owner) {
        return new GraphEvent(subject, start, end, null, null, "oof", owner, List.of());
    }

    /** An all-day event from {@code firstDay} to {@code lastDay} inclusive, with its {@code showAs}. */
    public static GraphEvent allDay(String subject, LocalDate firstDay, LocalDate lastDay, String showAs, String owner) {
        return new GraphEvent(subject, null, null, firstDay, lastDay, showAs, owner, List.of());
    }

    boolean allDay() {
        return firstDay != null;
    }
}
