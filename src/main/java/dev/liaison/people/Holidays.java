package dev.liaison.people;

import java.time.LocalDate;

/**
 * Which days are public holidays for someone (or for a workspace): a pure predicate, so the policies
 * that skip holidays (working hours, digest days, escalation clocks, the cover planner) take one in and
 * stay free of I/O. Get one from {@link HolidayCalendar}.
 */
@FunctionalInterface
public interface Holidays {

    /** No holidays: every day is an ordinary day (nobody chose a holiday code). */
    Holidays NONE = day -> false;

    boolean isHoliday(LocalDate day);
}
