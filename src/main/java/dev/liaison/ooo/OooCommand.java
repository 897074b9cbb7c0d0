package dev.liaison.ooo;

import java.time.LocalDate;

/** What someone asked for with {@code /ooo}, as read by {@link OooCommandParser}. */
public sealed interface OooCommand {

    /** Show {@code text} (the usage, possibly after a one-line note) and do nothing else. */
    record Help(String text) implements OooCommand {
    }

    /**
     * Out from {@code from} to {@code to}, both inclusive, in the caller's calendar. The parser guarantees
     * {@code today <= from <= to} and at most 366 days.
     *
     * @param userId the person named with a mention, or null for the caller
     */
    record Declare(LocalDate from, LocalDate to, String userId) implements OooCommand {
    }

    /** Back early: the current absence ends. {@code userId} null = the caller. */
    record Back(String userId) implements OooCommand {
    }

    /** Who is out now and in the next 14 days. */
    record ListOut() implements OooCommand {
    }
}
