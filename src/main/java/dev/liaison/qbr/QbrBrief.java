package dev.liaison.qbr;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

import dev.liaison.client.HealthBand;
import dev.liaison.client.QbrSchedule;
import dev.liaison.client.TouchType;

/**
 * What a quarterly business review is prepared from, for the person who asked: the client's health
 * over the last 12 weeks, its touches by type and escalations over the same weeks, hours used per
 * month (the last three and this one) against the monthly budget, the account plan's goals and the
 * open opportunities (amounts in the workspace's {@code currency}).
 *
 * @param today      the presser's day, in their time zone {@code zone}
 * @param next       the next review, null when the client has reviews off
 * @param from       the start of the 12 weeks (the presser's day, 12 weeks ago)
 * @param budgetHours the monthly budget, null when there is none
 */
public record QbrBrief(String teamId, String clientId, String clientName, String ownerId, String presserId,
                       LocalDate today, ZoneId zone, QbrSchedule.Due next, int qbrWeeks, Instant from, int healthNow,
                       HealthBand bandNow, List<HealthTrend.Point> health, List<TouchCount> touches,
                       List<EscalationLine> escalations, List<MonthHours> hours, Double budgetHours,
                       List<GoalLine> goals, List<OpportunityLine> opportunities, Currency currency) {

    /** A goal of the account plan with its status ({@code open}, {@code done}, {@code dropped}); {@code by} may be null. */
    public record GoalLine(String number, String text, String status, LocalDate by) {
    }

    /** An open opportunity; amount and close date may be null. */
    public record OpportunityLine(String number, String title, Long amountCents, String stage, LocalDate close) {
    }

    public record TouchCount(TouchType type, long count) {
    }

    /**
     * An escalation open at some time in the 12 weeks.
     *
     * @param toResolve wall-clock time from opening to resolving; null while it is open
     */
    public record EscalationLine(String number, String severity, String summary, Instant openedAt,
                                 Duration toResolve) {
        public boolean open() {
            return toResolve == null;
        }
    }

    /** Hours logged for work in a month (UTC, as budget months are). */
    public record MonthHours(YearMonth month, double hours) {
    }

    public long touchTotal() {
        return touches.stream().mapToLong(TouchCount::count).sum();
    }

    /** What the chart shows, in words (its alt text). */
    public String healthInWords() {
        HealthTrend.Point first = health.get(0);
        return health.size() == 1 ? "Health of " + clientName + " now: " + healthNow + " (" + bandNow.label()
                + "); no weekly history kept yet."
                : "Health of " + clientName + " week by week from " + first.label() + ": " + health.stream()
                .map(p -> String.valueOf(p.score())).collect(java.util.stream.Collectors.joining(", "))
                + " now (" + bandNow.label() + ").";
    }
}
