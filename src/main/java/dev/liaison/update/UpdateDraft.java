package dev.liaison.update;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first draft of a client-facing status update, in plain words a client can read: work
 * completed, meetings held, what's next with dates, budget hours used of the month's total, and the
 * renewal when it is near. Only what is safe to show the client goes in: never the health score,
 * sentiment, internal notes or escalations (none of them is an input). Pure: values in, text out.
 */
final class UpdateDraft {

    /** Slack's limit for a plain_text_input's value: the modal cannot hold more. */
    static final int MAX_CHARS = 3000;
    /** Items of one list before "…and N more": long lists would crowd out the rest. */
    static final int LIST_ITEMS = 12;
    static final int RENEWAL_DAYS = 60;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** A piece of work, with the day it was done or is due. */
    record Item(String title, LocalDate day) {
    }

    /**
     * What the draft is made of, all in the AM's calendar.
     *
     * @param since       the day after the last update, or 30 days back
     * @param nextCheckIn the next check-in when it is still ahead; null otherwise
     * @param budgetHours null without a budget
     * @param renewal     null without one
     */
    record Inputs(String clientName, LocalDate since, LocalDate today, List<Item> completed, List<LocalDate> meetings,
                  List<Item> nextSteps, LocalDate nextCheckIn, double usedHours, Double budgetHours,
                  LocalDate renewal) {
    }

    private UpdateDraft() {
    }

    static String of(Inputs in) {
        StringBuilder out = new StringBuilder();
        out.append("Hi ").append(oneLine(in.clientName())).append(" team, here is where things stand since ")
                .append(in.since().format(DAY)).append(".\n");
        List<String> done = in.completed().stream().map(i -> "• " + oneLine(i.title()) + " (" + i.day().format(DAY) + ")")
                .toList();
        section(out, "Work completed", done);
        section(out, "Meetings held", in.meetings().stream().map(d -> "• " + d.format(DAY)).toList());
        List<String> next = new ArrayList<>(in.nextSteps().stream()
                .map(i -> "• " + oneLine(i.title()) + " — by " + i.day().format(DAY)).toList());
        if (in.nextCheckIn() != null) {
            next.add("• Our next check-in — by " + in.nextCheckIn().format(DAY));
        }
        section(out, "What's next", next);
        if (in.budgetHours() != null && in.budgetHours() > 0) {
            section(out, "Hours this month", List.of(hours(in.usedHours()) + " of " + hours(in.budgetHours())
                    + " budgeted hours used."));
        }
        if (in.renewal() != null) {
            long days = ChronoUnit.DAYS.between(in.today(), in.renewal());
            if (days >= 0 && days <= RENEWAL_DAYS) {
                section(out, "Renewal", List.of("Our agreement renews on " + in.renewal().format(DATE)
                        + (days == 0 ? " (today)." : " (in " + days + (days == 1 ? " day)." : " days)."))));
            }
        }
        if (done.isEmpty() && in.meetings().isEmpty() && next.isEmpty()) {
            out.append("\nNothing new to report in this period.\n");
        }
        return fit(out.toString().strip());
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append('\n');
        lines.stream().limit(LIST_ITEMS).forEach(l -> out.append(l).append('\n'));
        if (lines.size() > LIST_ITEMS) {
            out.append("…and ").append(lines.size() - LIST_ITEMS).append(" more\n");
        }
    }

    /** Within the modal's limit, cut at the end of a line so no item is left half-written. */
    static String fit(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        String more = "\n…";
        int cut = text.lastIndexOf('\n', MAX_CHARS - more.length());
        return (cut > 0 ? text.substring(0, cut) : text.substring(0, MAX_CHARS - more.length())) + more;
    }

    private static String oneLine(String text) {
        String t = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 199) + "…" : t;
    }

    private static String hours(double h) {
        return h == Math.rint(h) ? String.valueOf((long) h) : String.format(Locale.ROOT, "%.1f", h);
    }
}
