package dev.liaison.client;

import java.time.LocalDate;

/**
 * Whether a calendar day is one a person works: their working weekdays, less public holidays when a
 * holiday calendar knows theirs. The budget pace counts only these days.
 */
@FunctionalInterface
interface WorkingDays {

    boolean isWorkingDay(LocalDate day);

    /** Monday to Friday, every week: what the pace counts when nothing else is known. */
    WorkingDays WEEKDAYS = day -> day.getDayOfWeek().getValue() <= 5;
}
