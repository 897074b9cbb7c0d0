package dev.liaison.client;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * When a client's next quarterly business review is due: the last one held plus the client's
 * {@code qbr} weeks; a client with reviews on that never held one is due now (as a never-touched
 * client is due a check-in). A review due within {@link #AHEAD_DAYS} days (or overdue) is an item
 * of the owner's digest until it is marked held. Dates are days in the reader's time zone. No I/O.
 */
public final class QbrSchedule {

    /** The enterprise tier's default; the other tiers have no reviews unless set. */
    public static final int ENTERPRISE_WEEKS = 13;
    /** How far ahead a due review shows in the digest, to leave time to prepare it. */
    public static final int AHEAD_DAYS = 14;
    /** The longest gap a client may ask for (two years). */
    public static final int MAX_WEEKS = 104;

    private final Clock clock;

    public QbrSchedule(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A review that is due: its date, the days from today to it (negative when overdue) and whether
     * the client never held one.
     */
    public record Due(LocalDate date, long daysLeft, boolean neverHeld) {

        /** Due within {@link #AHEAD_DAYS} days, or overdue: an item of the digest. */
        public boolean soon() {
            return daysLeft <= AHEAD_DAYS;
        }
    }

    /** The next review as seen today in this zone; empty when the client has reviews off ({@code weeks} 0). */
    public Optional<Due> next(int weeks, LocalDate lastHeld, ZoneId zone) {
        return next(weeks, lastHeld, LocalDate.now(clock.withZone(zone)));
    }

    /**
     * The next review as seen on {@code today}: {@code lastHeld + weeks}, or today when never held.
     *
     * @throws IllegalArgumentException for weeks below 0 or above {@link #MAX_WEEKS}
     */
    public static Optional<Due> next(int weeks, LocalDate lastHeld, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (weeks < 0 || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("weeks must be 0.." + MAX_WEEKS + " but was " + weeks);
        }
        if (weeks == 0) {
            return Optional.empty();
        }
        LocalDate date = lastHeld == null ? today : lastHeld.plusWeeks(weeks);
        return Optional.of(new Due(date, ChronoUnit.DAYS.between(today, date), lastHeld == null));
    }

    /** The review due soon (within {@link #AHEAD_DAYS} days or overdue) as seen today in this zone, if any. */
    public Optional<Due> dueSoon(int weeks, LocalDate lastHeld, ZoneId zone) {
        return next(weeks, lastHeld, zone).filter(Due::soon);
    }

    /** The default weeks between reviews for a tier: enterprise {@value #ENTERPRISE_WEEKS}, the others none. */
    public static int defaultWeeks(Tier tier) {
        return tier == Tier.ENTERPRISE ? ENTERPRISE_WEEKS : 0;
    }
}
