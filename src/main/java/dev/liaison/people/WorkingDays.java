package dev.liaison.people;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Working-day arithmetic for one person or one workspace: a working day is one of {@code days} that
 * is not a public holiday. Pure (no clock, no I/O); get one from
 * {@link HolidayCalendar#workingDays(String, String)} (a person's days and holidays) or
 * {@link HolidayCalendar#workspaceWorkingDays(String)} (the workspace's working hours' days and its
 * default holidays), e.g. to count this month's working days:
 * {@code calendar.workingDays(team, user).count(month.atDay(1), month.atEndOfMonth())}.
 *
 * @param days the days of the week worked; empty or null means Monday to Friday
 */
public record WorkingDays(Set<DayOfWeek> days, Holidays holidays) {

    /** How far {@link #onOrAfter} and {@link #plus} look before deciding nobody works at all. */
    static final int MAX_SEARCH_DAYS = 3 * 366;

    public WorkingDays {
        days = days == null || days.isEmpty() ? PersonalSchedule.WEEKDAYS : Set.copyOf(EnumSet.copyOf(days));
        holidays = holidays == null ? Holidays.NONE : holidays;
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return days.contains(day.getDayOfWeek()) && !holidays.isHoliday(day);
    }

    /** How many working days lie in {@code [from, to]}, both inclusive; 0 when {@code to} is before {@code from}. */
    public int count(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** {@code day} itself when it is a working day, else the next working day after it. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate cursor = day;
        for (int i = 0; i <= MAX_SEARCH_DAYS; i++, cursor = cursor.plusDays(1)) {
            if (isWorkingDay(cursor)) {
                return cursor;
            }
        }
        throw new IllegalStateException("No working day within three years after " + day);
    }

    /** The {@code n}th working day after {@code day} ({@code n == 0}: {@link #onOrAfter}); never a holiday. */
    public LocalDate plus(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Working days to add must not be negative: " + n);
        }
        LocalDate cursor = onOrAfter(day);
        for (int i = 0; i < n; i++) {
            cursor = onOrAfter(cursor.plusDays(1));
        }
        return cursor;
    }
}
