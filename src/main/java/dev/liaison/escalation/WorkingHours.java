package dev.liaison.escalation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import dev.liaison.people.Holidays;

/**
 * A workspace's working hours: {@code start}-{@code end} local time on {@code days}, in {@code zone}
 * (set with {@code /liaison config working-hours 09:00-18:00 mon-fri}).
 *
 * <p>Each working day {@code d} is one <em>working period</em>, the instants from
 * {@code ZonedDateTime.of(d, start, zone)} (inclusive) to {@code ZonedDateTime.of(d, end, zone)} (exclusive).
 * Working periods are computed in local time per day, so a day shortened or lengthened by a daylight-saving
 * change keeps its local start and end and simply holds less or more working time. A local time that does
 * not exist (spring-forward gap) moves forward by the length of the gap; an ambiguous one (fall-back overlap)
 * takes the earlier offset, as {@link ZonedDateTime#of} does.
 *
 * <p>A public holiday of the workspace ({@code holidays}, from {@code /liaison config holidays}) is not a
 * working day: it has no working period, so the p2/p3 clocks stand still over it as over a weekend.
 *
 * <p>Guards: {@code days} empty (or null) means every day; {@code start == end} and overnight shifts
 * ({@code start > end}, e.g. 22:00-06:00) are not supported and throw {@link IllegalArgumentException}.
 */
record WorkingHours(ZoneId zone, LocalTime start, LocalTime end, Set<DayOfWeek> days, Holidays holidays) {

    /** How many days ahead {@link #plusWorkingTime} looks for a working period before giving up. */
    private static final int MAX_IDLE_DAYS = 366;

    public WorkingHours {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("Working hours must not start and end at the same time (" + start + ")");
        }
        if (start.isAfter(end)) {
            throw new IllegalArgumentException("Overnight working hours (" + start + "-" + end
                    + ") are not supported: the start must be before the end on the same day");
        }
        days = days == null || days.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.allOf(DayOfWeek.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(days));
        holidays = holidays == null ? Holidays.NONE : holidays;
    }

    /** Without public holidays. */
    WorkingHours(ZoneId zone, LocalTime start, LocalTime end, Set<DayOfWeek> days) {
        this(zone, start, end, days, Holidays.NONE);
    }

    /** 09:00-18:00 Monday to Friday in {@code zone}. */
    public static WorkingHours defaults(ZoneId zone) {
        return new WorkingHours(zone, LocalTime.of(9, 0), LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    /** The nominal length of a working day, {@code end - start} in local time (e.g. 9h for 09:00-18:00). */
    public Duration workingDay() {
        return Duration.between(start, end);
    }

    /**
     * Whether {@code t} is inside a working period: its local day is one of {@code days} and
     * {@code start <= local time < end} (with the DST reading of start and end described on the class).
     */
    public boolean isWorkingTime(Instant t) {
        Objects.requireNonNull(t, "t");
        LocalDate day = t.atZone(zone).toLocalDate();
        if (!isWorkingDay(day)) {
            return false;
        }
        Instant periodStart = periodStart(day);
        Instant periodEnd = periodEnd(day);
        return !t.isBefore(periodStart) && t.isBefore(periodEnd);
    }

    /**
     * The instant after adding this much working time to {@code from} (time outside working hours does not
     * count).
     *
     * <ul>
     *   <li>{@code from} outside working hours: the clock starts at the next working start, so an amount of
     *       zero gives that start.</li>
     *   <li>{@code from} in working time and amount zero: {@code from}.</li>
     *   <li>A result exactly at the end of a working period stays there (18:00, not 09:00 next morning).</li>
     *   <li>Additivity: {@code plusWorkingTime(plusWorkingTime(from, a), b) == plusWorkingTime(from, a + b)}
     *       for every {@code b > 0}, and for {@code b == 0} unless {@code plusWorkingTime(from, a)} is a
     *       working period's end (then the left side moves on to the next working start).</li>
     * </ul>
     *
     * @throws IllegalArgumentException if {@code amount} is negative
     * @throws IllegalStateException if no working time is found within a year (daylight-saving pathologies only)
     */
    public Instant plusWorkingTime(Instant from, Duration amount) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Working time to add must not be negative: " + amount);
        }
        Duration remaining = amount;
        Instant cursor = from;
        LocalDate day = from.atZone(zone).toLocalDate();
        int idleDays = 0;
        while (true) {
            if (isWorkingDay(day)) {
                Instant periodStart = periodStart(day);
                Instant periodEnd = periodEnd(day);
                if (periodEnd.isAfter(cursor) && periodStart.isBefore(periodEnd)) {
                    Instant counted = periodStart.isAfter(cursor) ? periodStart : cursor;
                    Duration available = Duration.between(counted, periodEnd);
                    if (remaining.compareTo(available) <= 0) {
                        return counted.plus(remaining);
                    }
                    remaining = remaining.minus(available);
                    cursor = periodEnd;
                    idleDays = 0;
                } else if (++idleDays > MAX_IDLE_DAYS) {
                    throw new IllegalStateException("No working time within a year after " + cursor);
                }
            } else if (++idleDays > MAX_IDLE_DAYS) {
                throw new IllegalStateException("No working time within a year after " + cursor);
            }
            day = day.plusDays(1);
        }
    }

    /** One of the working days of the week and not a public holiday. */
    boolean isWorkingDay(LocalDate day) {
        return days.contains(day.getDayOfWeek()) && !holidays.isHoliday(day);
    }

    private Instant periodStart(LocalDate day) {
        return ZonedDateTime.of(day, start, zone).toInstant();
    }

    private Instant periodEnd(LocalDate day) {
        return ZonedDateTime.of(day, end, zone).toInstant();
    }
}
