package dev.liaison.client;

import dev.liaison.parsing.Plural;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Health score (0–100, explainable): start at 100 and subtract one deduction per rule; the biggest
 * deduction is the "top driver". Rules and weights are the product spec's, verbatim.
 */
public final class HealthScore {

    static final int CHECK_IN_POINTS_PER_DAY = 2;
    static final int CHECK_IN_CAP = 40;
    static final int P1_POINTS = 30;
    static final int P2_POINTS = 15;
    static final int P3_POINTS = 5;
    static final int NEGATIVE_TOUCH_POINTS = 10;
    static final int NEGATIVE_TOUCH_CAP = 20;
    static final int BUDGET_OVER_90_POINTS = 10;
    static final int BUDGET_OVER_100_POINTS = 20;
    static final int OVERDUE_TASK_POINTS = 5;
    static final int OVERDUE_TASK_CAP = 15;
    static final int RENEWAL_POINTS = 10;
    static final int RENEWAL_WINDOW_DAYS = 30;
    static final int RENEWAL_TOUCH_WINDOW_DAYS = 14;

    private static final Comparator<Health.Deduction> BIGGEST_FIRST =
            Comparator.comparingInt(Health.Deduction::points).reversed()
                    .thenComparing(Health.Deduction::driver);

    private HealthScore() {
    }

    public static Health of(HealthInputs in) {
        List<Health.Deduction> deductions = new ArrayList<>(6);
        checkInOverdue(in, deductions);
        openEscalations(in, deductions);
        negativeTouches(in, deductions);
        budgetBurn(in, deductions);
        overdueTasks(in, deductions);
        renewalUnattended(in, deductions);
        deductions.sort(BIGGEST_FIRST);

        // Sum in long: escalations are uncapped, so huge counts must not wrap around.
        long total = 0;
        for (Health.Deduction d : deductions) {
            total += d.points();
        }
        int score = (int) Math.max(0, 100 - total);
        return new Health(score, HealthBand.of(score), deductions);
    }

    private static void checkInOverdue(HealthInputs in, List<Health.Deduction> out) {
        long days = CheckInPolicy.daysSince(in.checkInDue(), in.now());
        if (days <= 0) {
            return;
        }
        // Cap before multiplying so absurd day counts cannot overflow.
        int points = (int) Math.min(days, CHECK_IN_CAP / CHECK_IN_POINTS_PER_DAY) * CHECK_IN_POINTS_PER_DAY;
        out.add(new Health.Deduction(HealthDriver.CHECK_IN_OVERDUE, points,
                "check-in " + days + " " + plural(days, "day", "days") + " overdue"));
    }

    private static void openEscalations(HealthInputs in, List<Health.Deduction> out) {
        long total = (long) in.openP1() + in.openP2() + in.openP3();
        if (total == 0) {
            return;
        }
        long points = (long) in.openP1() * P1_POINTS + (long) in.openP2() * P2_POINTS
                + (long) in.openP3() * P3_POINTS;
        out.add(new Health.Deduction(HealthDriver.OPEN_ESCALATIONS, saturate(points), escalationReason(in, total)));
    }

    private static String escalationReason(HealthInputs in, long total) {
        String noun = plural(total, "escalation", "escalations");
        // One priority only reads naturally as "2 open p1 escalations"; a mix lists the split.
        int priorities = (in.openP1() > 0 ? 1 : 0) + (in.openP2() > 0 ? 1 : 0) + (in.openP3() > 0 ? 1 : 0);
        if (priorities == 1) {
            String p = in.openP1() > 0 ? "p1" : in.openP2() > 0 ? "p2" : "p3";
            return total + " open " + p + " " + noun;
        }
        List<String> parts = new ArrayList<>(3);
        if (in.openP1() > 0) {
            parts.add(in.openP1() + " p1");
        }
        if (in.openP2() > 0) {
            parts.add(in.openP2() + " p2");
        }
        if (in.openP3() > 0) {
            parts.add(in.openP3() + " p3");
        }
        return total + " open " + noun + " (" + String.join(", ", parts) + ")";
    }

    private static void negativeTouches(HealthInputs in, List<Health.Deduction> out) {
        int n = in.negativeTouchesLast30Days();
        if (n == 0) {
            return;
        }
        int points = Math.min(n, NEGATIVE_TOUCH_CAP / NEGATIVE_TOUCH_POINTS) * NEGATIVE_TOUCH_POINTS;
        out.add(new Health.Deduction(HealthDriver.NEGATIVE_TOUCHES, points,
                n + " negative " + plural(n, "touch", "touches") + " in 30 days"));
    }

    private static void budgetBurn(HealthInputs in, List<Health.Deduction> out) {
        Double budget = in.budgetHours();
        // No budget, a zero budget or garbage (NaN) means there is nothing to burn against.
        if (budget == null || !(budget > 0)) {
            return;
        }
        double ratio = in.budgetHoursUsedThisMonth() / budget;
        int points;
        if (ratio > 1.0) {
            points = BUDGET_OVER_100_POINTS;
        } else if (ratio > 0.9) {
            points = BUDGET_OVER_90_POINTS;
        } else {
            return; // also covers NaN
        }
        long percent = Math.round(ratio * 100);
        // Rounding must not contradict the rule that fired ("100% used" for an over-100 % deduction).
        if (points == BUDGET_OVER_100_POINTS && percent <= 100) {
            percent = 101;
        } else if (points == BUDGET_OVER_90_POINTS && percent <= 90) {
            percent = 91;
        }
        out.add(new Health.Deduction(HealthDriver.BUDGET_BURN, points, "budget " + percent + "% used"));
    }

    private static void overdueTasks(HealthInputs in, List<Health.Deduction> out) {
        int n = in.overdueTasks();
        if (n == 0) {
            return;
        }
        int points = Math.min(n, OVERDUE_TASK_CAP / OVERDUE_TASK_POINTS) * OVERDUE_TASK_POINTS;
        out.add(new Health.Deduction(HealthDriver.OVERDUE_TASKS, points,
                n + " overdue " + plural(n, "task", "tasks")));
    }

    private static void renewalUnattended(HealthInputs in, List<Health.Deduction> out) {
        if (in.renewal() == null) {
            return;
        }
        long daysToRenewal = ChronoUnit.DAYS.between(in.today(), in.renewal());
        // A renewal already in the past is not "within 30 days".
        if (daysToRenewal < 0 || daysToRenewal > RENEWAL_WINDOW_DAYS) {
            return;
        }
        String when = daysToRenewal == 0 ? "renewal today"
                : "renewal in " + daysToRenewal + " " + plural(daysToRenewal, "day", "days");
        if (in.lastTouch() == null) {
            out.add(new Health.Deduction(HealthDriver.RENEWAL_UNATTENDED, RENEWAL_POINTS, when + ", never touched"));
            return;
        }
        // A touch exactly 14 days ago is no longer "in the last 14 days" (same convention as
        // CheckInPolicy.isDue: at the boundary the client counts as unattended).
        long sinceTouch = CheckInPolicy.daysSince(in.lastTouch(), in.now());
        if (sinceTouch < RENEWAL_TOUCH_WINDOW_DAYS) {
            return;
        }
        out.add(new Health.Deduction(HealthDriver.RENEWAL_UNATTENDED, RENEWAL_POINTS,
                when + ", no touch in " + Plural.count(sinceTouch, "day")));
    }

    private static int saturate(long points) {
        return (int) Math.min(points, Integer.MAX_VALUE);
    }

    private static String plural(long n, String one, String many) {
        return n == 1 ? one : many;
    }
}
