package dev.liaison.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything the health score needs, gathered by the caller. Time comes in as values so the
 * score is a pure function ({@code today} is the agency's local date, used only for the renewal rule).
 *
 * @param budgetHours null (or ≤ 0) means the client has no hours budget
 * @param renewal     null means no known renewal date
 * @param lastTouch   null means the client was never touched
 */
record HealthInputs(
        Instant now,
        LocalDate today,
        Instant checkInDue,
        int openP1,
        int openP2,
        int openP3,
        int negativeTouchesLast30Days,
        double budgetHoursUsedThisMonth,
        Double budgetHours,
        int overdueTasks,
        LocalDate renewal,
        Instant lastTouch) {

    public HealthInputs {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(checkInDue, "checkInDue");
        // Negative counts would silently add points back; they can only come from a bug upstream.
        requireNonNegative(openP1, "openP1");
        requireNonNegative(openP2, "openP2");
        requireNonNegative(openP3, "openP3");
        requireNonNegative(negativeTouchesLast30Days, "negativeTouchesLast30Days");
        requireNonNegative(overdueTasks, "overdueTasks");
    }

    private static void requireNonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0 but was " + value);
        }
    }
}
