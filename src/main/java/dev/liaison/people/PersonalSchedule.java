package dev.liaison.people;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person's day in their own time zone: when their digest is due and when they are working.
 * Pure: the instant comes in, so zones with odd offsets, daylight-saving changes and the date line
 * are just {@link ZoneId} arithmetic.
 *
 * @param digestTime null when the person turned the digest off
 * @param holidays   the person's public holidays ({@link HolidayCalendar#schedule}): not working days
 */
public record PersonalSchedule(ZoneId zone, LocalTime digestTime, LocalTime workStart, LocalTime workEnd,
                               Set<DayOfWeek> workDays, Holidays holidays) {

    public static final LocalTime DEFAULT_DIGEST = LocalTime.of(9, 0);
    public static final LocalTime DEFAULT_START = LocalTime.of(9, 0);
    public static final LocalTime DEFAULT_END = LocalTime.of(18, 0);
    public static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    public PersonalSchedule {
        workDays = workDays == null || workDays.isEmpty() ? WEEKDAYS : Set.copyOf(workDays);
        holidays = holidays == null ? Holidays.NONE : holidays;
    }

    /** Without holidays (none chosen, or not looked up yet: see {@link #withHolidays}). */
    public PersonalSchedule(ZoneId zone, LocalTime digestTime, LocalTime workStart, LocalTime workEnd,
                            Set<DayOfWeek> workDays) {
        this(zone, digestTime, workStart, workEnd, workDays, Holidays.NONE);
    }

    /** The same schedule, where these holidays are not working days. */
    public PersonalSchedule withHolidays(Holidays holidays) {
        return new PersonalSchedule(zone, digestTime, workStart, workEnd, workDays, holidays);
    }

    /** This schedule's working days: its days of the week, less its holidays. */
    public WorkingDays workingDays() {
        return new WorkingDays(workDays, holidays);
    }

    public static PersonalSchedule defaults(ZoneId zone) {
        return new PersonalSchedule(zone, DEFAULT_DIGEST, DEFAULT_START, DEFAULT_END, WEEKDAYS);
    }

    /** The person's calendar date at that instant: the digest's "today". */
    public LocalDate localDate(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }

    /** A day of the week the person works, and not one of their public holidays (in their time zone). */
    public boolean isWorkingDay(Instant now) {
        return workingDays().isWorkingDay(localDate(now));
    }

    /** Due once the local time has passed the digest time on a working day (and stays due that day). */
    public boolean digestDue(Instant now) {
        if (digestTime == null || !isWorkingDay(now)) {
            return false;
        }
        ZonedDateTime local = now.atZone(zone);
        // a digest time inside a daylight-saving gap moves forward by the gap (02:30 → 03:30), never skipped
        ZonedDateTime due = ZonedDateTime.of(local.toLocalDate(), digestTime, zone);
        return !local.isBefore(due);
    }

    public boolean withinWorkingHours(Instant now) {
        if (!isWorkingDay(now)) {
            return false;
        }
        LocalTime time = now.atZone(zone).toLocalTime();
        return workStart.isBefore(workEnd)
                ? !time.isBefore(workStart) && time.isBefore(workEnd)
                // a shift past midnight, e.g. 22:00-06:00
                : !time.isBefore(workStart) || time.isBefore(workEnd);
    }
}
