package dev.liaison.client;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a budget pace reads, the same on the card, in the digest and in the weekly report. */
public final class BudgetWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private BudgetWords() {
    }

    /** The card's line: when the budget runs out at this pace, or where it ends the month. */
    public static String pace(BudgetPace.Projection p) {
        if (p.usedUp()) {
            return ":warning: budget used up (" + hours(p.usedMinutes() / 60.0) + " of "
                    + hours(p.budgetMinutes() / 60.0) + " h)";
        }
        if (p.runsOut() != null) {
            return ":hourglass_flowing_sand: At this pace the budget runs out on " + p.runsOut().format(DAY)
                    + " (" + p.projectedPercent() + " % by month end)";
        }
        if (p.elapsed() == 0) {
            return "no working day of the month has passed yet";
        }
        return "on pace: " + p.projectedPercent() + " % by month end";
    }

    /** A digest or report line's words for a projected overrun. */
    public static String overrun(long projectedPercent, LocalDate runsOut, double usedHours, double budgetHours) {
        String used = hours(usedHours) + " of " + hours(budgetHours) + " h used";
        if (runsOut == null) {
            return used + ", heading for " + projectedPercent + " % by month end";
        }
        return used + "; at this pace the budget runs out on " + runsOut.format(DAY) + " (" + projectedPercent
                + " % by month end)";
    }

    static String hours(double h) {
        return h == Math.rint(h) ? String.valueOf((long) h) : String.format(Locale.ROOT, "%.1f", h);
    }
}
