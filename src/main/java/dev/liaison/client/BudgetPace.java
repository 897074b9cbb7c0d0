package dev.liaison.client;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Where a month's budget hours are heading at the pace of the month so far: hours used per working
 * day elapsed (today counts as elapsed), carried over the month's working days. From that, the
 * projected use at month end and the working day the budget runs out on, if it does this month.
 * Pure: the clock and the person's working days come in; no I/O.
 */
public final class BudgetPace {

    /** Projected month-end use above this share of the budget is an overrun worth telling someone about. */
    public static final int OVERRUN_PERCENT = 110;

    private final Clock clock;

    public BudgetPace(Clock clock) {
        this.clock = clock;
    }

    /**
     * The pace of the month that is "now" in {@code zone}.
     *
     * @param usedMinutes   minutes logged against the budget this month
     * @param budgetMinutes the monthly budget in minutes; no pace without one
     */
    public Optional<Projection> project(long usedMinutes, long budgetMinutes, ZoneId zone, WorkingDays days) {
        return project(usedMinutes, budgetMinutes, LocalDate.now(clock.withZone(zone)), days);
    }

    /** The pace on {@code today} of its month. */
    public static Optional<Projection> project(long usedMinutes, long budgetMinutes, LocalDate today, WorkingDays days) {
        if (budgetMinutes <= 0 || usedMinutes < 0) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.from(today);
        int total = 0;
        int elapsed = 0;
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (days.isWorkingDay(day)) {
                total++;
                if (!day.isAfter(today)) {
                    elapsed++;
                }
            }
        }
        if (total == 0) {
            return Optional.empty();
        }
        LocalDate runsOut = null;
        if (elapsed > 0 && usedMinutes > 0 && usedMinutes < budgetMinutes) {
            // the k-th working day is the first whose cumulative use at this pace reaches the budget:
            // k = ceil(budget × elapsed / used), in whole numbers so no rounding moves the day
            long k = ceilDiv(budgetMinutes * elapsed, usedMinutes);
            runsOut = k <= total ? nthWorkingDay(month, (int) k, days) : null;
        }
        return Optional.of(new Projection(month, total, elapsed, usedMinutes, budgetMinutes, runsOut));
    }

    private static LocalDate nthWorkingDay(YearMonth month, int n, WorkingDays days) {
        int seen = 0;
        for (LocalDate day = month.atDay(1); ; day = day.plusDays(1)) {
            if (days.isWorkingDay(day) && ++seen == n) {
                return day;
            }
        }
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /**
     * One month's pace.
     *
     * @param workingDays the month's working days
     * @param elapsed     those up to and including today
     * @param runsOut     the working day the budget runs out on at this pace, when that is later this
     *                    month; null when it lasts the month, is already used up or nothing is used yet
     */
    public record Projection(YearMonth month, int workingDays, int elapsed, long usedMinutes, long budgetMinutes,
                             LocalDate runsOut) {

        /** The month's use so far has reached the budget. */
        public boolean usedUp() {
            return usedMinutes >= budgetMinutes;
        }

        /**
         * Projected use at month end, in whole percent of the budget (rounded); before the first
         * working day, what is used so far.
         */
        public long projectedPercent() {
            long days = elapsed == 0 ? 1 : elapsed;
            long worked = elapsed == 0 ? 1 : workingDays;
            return Math.round(100.0 * usedMinutes * worked / ((double) days * budgetMinutes));
        }

        /** Projected use above {@link #OVERRUN_PERCENT}: compared exactly, not after rounding. */
        public boolean overrun() {
            long days = elapsed == 0 ? 1 : elapsed;
            long worked = elapsed == 0 ? 1 : workingDays;
            return 100L * usedMinutes * worked > (long) OVERRUN_PERCENT * days * budgetMinutes;
        }
    }
}
