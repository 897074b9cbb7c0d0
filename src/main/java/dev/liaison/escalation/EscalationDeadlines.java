package dev.liaison.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When an escalation must be acknowledged and resolved (docs/escalations.md). p1 counts plain time
 * around the clock; p2 and p3 count working time of the workspace ({@link WorkingHours#plusWorkingTime}),
 * with "working days" as multiples of {@link WorkingHours#workingDay()}. Pure: no clock, no I/O.
 */
final class EscalationDeadlines {

    /** The acknowledge and resolve deadlines of an escalation, both counted from when it was opened. */
    public record Deadlines(Instant acknowledgeBy, Instant resolveBy) {
        public Deadlines {
            Objects.requireNonNull(acknowledgeBy, "acknowledgeBy");
            Objects.requireNonNull(resolveBy, "resolveBy");
        }
    }

    private EscalationDeadlines() {
    }

    /** Both deadlines of an escalation of {@code severity} opened at {@code openedAt}. */
    public static Deadlines of(Severity severity, Instant openedAt, WorkingHours hours) {
        return new Deadlines(next(severity, openedAt, false, hours), next(severity, openedAt, true, hours));
    }

    /**
     * The deadline of the next climb after {@code from}: the acknowledge window if not yet acknowledged, else
     * the resolve window; p1 adds a plain duration, p2/p3 add working time ({@code from} outside working hours
     * starts the clock at the next working start).
     */
    public static Instant next(Severity severity, Instant from, boolean acknowledged, WorkingHours hours) {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(hours, "hours");
        Duration window = acknowledged ? severity.resolveWithin(hours) : severity.acknowledgeWithin(hours);
        return severity.aroundTheClock() ? from.plus(window) : hours.plusWorkingTime(from, window);
    }
}
