package dev.liaison.escalation;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Escalation severities and their windows (docs/escalations.md).
 *
 * <table>
 *   <caption>Windows</caption>
 *   <tr><th></th><th>acknowledge within</th><th>resolve within</th><th>clock</th></tr>
 *   <tr><td>p1</td><td>15 minutes</td><td>4 hours</td><td>around the clock</td></tr>
 *   <tr><td>p2</td><td>2 working hours</td><td>2 working days</td><td>workspace working hours</td></tr>
 *   <tr><td>p3</td><td>1 working day</td><td>5 working days</td><td>workspace working hours</td></tr>
 * </table>
 *
 * <p>A "working day" is {@link WorkingHours#workingDay()} of working time, so its length depends on the
 * workspace's hours: use {@link #acknowledgeWithin(WorkingHours)} and {@link #resolveWithin(WorkingHours)}
 * for the real amount. The no-argument forms assume the default 9-hour working day (09:00-18:00).
 */
public enum Severity {
    P1(Duration.ofMinutes(15), 0, Duration.ofHours(4), 0, true),
    P2(Duration.ofHours(2), 0, Duration.ZERO, 2, false),
    P3(Duration.ZERO, 1, Duration.ZERO, 5, false);

    /** The length of a default working day, 09:00-18:00. */
    static final Duration DEFAULT_WORKING_DAY = Duration.ofHours(9);

    private final Duration acknowledgeFixed;
    private final int acknowledgeWorkingDays;
    private final Duration resolveFixed;
    private final int resolveWorkingDays;
    private final boolean aroundTheClock;

    Severity(Duration acknowledgeFixed, int acknowledgeWorkingDays, Duration resolveFixed, int resolveWorkingDays,
             boolean aroundTheClock) {
        this.acknowledgeFixed = acknowledgeFixed;
        this.acknowledgeWorkingDays = acknowledgeWorkingDays;
        this.resolveFixed = resolveFixed;
        this.resolveWorkingDays = resolveWorkingDays;
        this.aroundTheClock = aroundTheClock;
    }

    /** The word users type and see: {@code "p1"}, {@code "p2"}, {@code "p3"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A word shaped like a severity ({@code p9}, {@code P0}, {@code sev1}, {@code p-2}), known or not. */
    public static boolean looksLikeOne(String word) {
        return word != null && word.strip().matches("(?i)(p|sev|severity)-?\\d+");
    }

    /** {@code "p1"}, {@code "P2"}, {@code " p3 "} → the severity; anything else (or null) → empty. */
    public static Optional<Severity> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.strip();
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(w)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The acknowledge window assuming the default 9-hour working day (p3: 9h). */
    public Duration acknowledgeWithin() {
        return window(acknowledgeFixed, acknowledgeWorkingDays, DEFAULT_WORKING_DAY);
    }

    /** The resolve window assuming the default 9-hour working day (p2: 18h, p3: 45h). */
    public Duration resolveWithin() {
        return window(resolveFixed, resolveWorkingDays, DEFAULT_WORKING_DAY);
    }

    /** The acknowledge window with working days as multiples of {@code hours.workingDay()}. */
    public Duration acknowledgeWithin(WorkingHours hours) {
        return window(acknowledgeFixed, acknowledgeWorkingDays, Objects.requireNonNull(hours, "hours").workingDay());
    }

    /** The resolve window with working days as multiples of {@code hours.workingDay()}. */
    public Duration resolveWithin(WorkingHours hours) {
        return window(resolveFixed, resolveWorkingDays, Objects.requireNonNull(hours, "hours").workingDay());
    }

    /** True when the windows are plain durations (p1); false when they count working time only. */
    public boolean aroundTheClock() {
        return aroundTheClock;
    }

    private static Duration window(Duration fixed, int workingDays, Duration workingDay) {
        return fixed.plus(workingDay.multipliedBy(workingDays));
    }
}
