package dev.liaison.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Check-in cadence: a client is due when last touch + cadence has passed; a client never touched
 * is due from the moment it was added. A "day" is 24 hours of Instant time (no time zone here).
 */
public final class CheckInPolicy {

    public static final int ENTERPRISE_CADENCE_DAYS = 7;
    public static final int GROWTH_CADENCE_DAYS = 14;
    public static final int STANDARD_CADENCE_DAYS = 30;

    private CheckInPolicy() {
    }

    /**
     * When the next check-in is due: {@code lastTouch + cadenceDays} when touched, otherwise
     * {@code createdAt} (due immediately).
     *
     * @throws IllegalArgumentException if {@code cadenceDays < 1}
     */
    public static Instant nextDue(Instant lastTouch, Instant createdAt, int cadenceDays) {
        Objects.requireNonNull(createdAt, "createdAt");
        requireCadence(cadenceDays);
        return lastTouch == null ? createdAt : lastTouch.plus(Duration.ofDays(cadenceDays));
    }

    /** Same as {@code !now.isBefore(nextDue(...))}, computed without overflowing near Instant.MAX. */
    public static boolean isDue(Instant lastTouch, Instant createdAt, int cadenceDays, Instant now) {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(now, "now");
        requireCadence(cadenceDays);
        if (lastTouch == null) {
            return !now.isBefore(createdAt);
        }
        return Duration.between(lastTouch, now).compareTo(Duration.ofDays(cadenceDays)) >= 0;
    }

    /** Whole 24-hour days from {@code then} to {@code now}, rounded down; 0 if {@code then} is in the future. */
    public static long daysSince(Instant then, Instant now) {
        Duration elapsed = Duration.between(Objects.requireNonNull(then, "then"), Objects.requireNonNull(now, "now"));
        return elapsed.isNegative() ? 0 : elapsed.toDays();
    }

    /** enterprise 7, growth 14, standard 30 (case- and whitespace-insensitive); anything else 14. */
    public static int defaultCadenceDays(String tier) {
        if (tier == null) {
            return GROWTH_CADENCE_DAYS;
        }
        return switch (tier.strip().toLowerCase(Locale.ROOT)) {
            case "enterprise" -> ENTERPRISE_CADENCE_DAYS;
            case "standard" -> STANDARD_CADENCE_DAYS;
            default -> GROWTH_CADENCE_DAYS;
        };
    }

    private static void requireCadence(int cadenceDays) {
        // A zero or negative cadence would make every client permanently due; that is a config bug.
        if (cadenceDays < 1) {
            throw new IllegalArgumentException("cadenceDays must be >= 1 but was " + cadenceDays);
        }
    }
}
