package dev.liaison.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import dev.liaison.connect.AutomaticReply;
import dev.liaison.connect.CalendarEvent;

/**
 * Which of a person's days a calendar says they are out, in their own time zone. An event is an absence when
 * the provider marks it out of office (Google {@code outOfOffice}, Graph {@code showAs: oof}) or when it is
 * all-day and its title says so ({@link OutOfOfficeTitles}). A timed out-of-office event shorter than
 * {@link #SHORTEST} (a dentist's appointment) needs no cover. Pure.
 */
final class AbsenceDays {

    static final Duration SHORTEST = Duration.ofHours(4);

    record Days(LocalDate from, LocalDate to) {
    }

    private AbsenceDays() {
    }

    static Optional<Days> of(CalendarEvent event, ZoneId zone) {
        if (event.cancelled()) {
            return Optional.empty();
        }
        if (event.allDay()) {
            boolean away = event.outOfOffice() || OutOfOfficeTitles.sayAway(event.title());
            LocalDate last = event.endDay() == null ? event.startDay() : event.endDay();
            return away && !last.isBefore(event.startDay()) ? Optional.of(new Days(event.startDay(), last)) : Optional.empty();
        }
        if (!event.outOfOffice() || event.start() == null || event.end() == null
                || Duration.between(event.start(), event.end()).compareTo(SHORTEST) < 0) {
            return Optional.empty();
        }
        // the last day is the one its last moment falls on: an event ending at midnight does not take the next day
        return Optional.of(new Days(LocalDate.ofInstant(event.start(), zone),
                LocalDate.ofInstant(event.end().minusNanos(1), zone)));
    }

    /**
     * A Microsoft automatic reply: {@code scheduled} is out for its dates; {@code alwaysEnabled} is out from
     * today (or from when it was first seen, {@code since}) until it is turned off, tomorrow at least, so the
     * absence never ends before the next sync has looked again.
     */
    static Optional<Days> of(AutomaticReply reply, ZoneId zone, LocalDate today, LocalDate since) {
        if (reply == null || reply.status() == AutomaticReply.Status.DISABLED) {
            return Optional.empty();
        }
        if (reply.status() == AutomaticReply.Status.ALWAYS_ENABLED) {
            return Optional.of(new Days(since == null || since.isAfter(today) ? today : since, today.plusDays(1)));
        }
        if (reply.start() == null || reply.end() == null || !reply.end().isAfter(reply.start())) {
            return Optional.empty();
        }
        return Optional.of(new Days(LocalDate.ofInstant(reply.start(), zone), LocalDate.ofInstant(reply.end().minusNanos(1), zone)));
    }
}
