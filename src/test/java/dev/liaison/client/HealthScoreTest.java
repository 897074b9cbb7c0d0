package dev.liaison.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthScoreTest {

    static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2025-06-15");

    /** Mutable builder starting from a perfectly healthy client. */
    static final class In {
        Instant checkInDue = NOW.plus(Duration.ofDays(3));
        int p1;
        int p2;
        int p3;
        int negative;
        double used;
        Double budget;
        int overdueTasks;
        LocalDate renewal;
        Instant lastTouch = NOW.minus(Duration.ofDays(1));

        HealthInputs build() {
            return new HealthInputs(NOW, TODAY, checkInDue, p1, p2, p3, negative, used, budget, overdueTasks,
                    renewal, lastTouch);
        }

        Health score() {
            return HealthScore.of(build());
        }
    }

    static In in() {
        return new In();
    }

    @Test
    void cleanClientScores100WithNoDriver() {
        Health h = in().score();
        assertThat(h.score()).isEqualTo(100);
        assertThat(h.band()).isEqualTo(HealthBand.HEALTHY);
        assertThat(h.deductions()).isEmpty();
        assertThat(h.topDriver()).isEmpty();
    }

    @Nested
    class CheckIn {
        @Test
        void dueRightNowIsNotOverdue() {
            In i = in();
            i.checkInDue = NOW;
            assertThat(i.score().score()).isEqualTo(100);
        }

        @Test
        void lessThanAWholeDayIsNotOverdue() {
            In i = in();
            i.checkInDue = NOW.minus(Duration.ofHours(23).plusMinutes(59));
            assertThat(i.score().score()).isEqualTo(100);
        }

        @Test
        void twoPointsPerWholeDay() {
            In i = in();
            i.checkInDue = NOW.minus(Duration.ofDays(6).plusHours(20)); // floors to 6
            Health h = i.score();
            assertThat(h.score()).isEqualTo(88);
            assertThat(h.deductions()).containsExactly(
                    new Health.Deduction(HealthDriver.CHECK_IN_OVERDUE, 12, "check-in 6 days overdue"));
        }

        @Test
        void oneDaySingular() {
            In i = in();
            i.checkInDue = NOW.minus(Duration.ofDays(1));
            assertThat(i.score().deductions().get(0).reason()).isEqualTo("check-in 1 day overdue");
        }

        @ParameterizedTest
        @CsvSource({"19,38", "20,40", "21,40", "365,40"})
        void cappedAt40(int days, int points) {
            In i = in();
            i.checkInDue = NOW.minus(Duration.ofDays(days));
            Health.Deduction d = i.score().deductions().get(0);
            assertThat(d.points()).isEqualTo(points);
            assertThat(d.reason()).isEqualTo("check-in " + days + " days overdue");
        }
    }

    @Nested
    class Escalations {
        @Test
        void p1IsThirty() {
            In i = in();
            i.p1 = 1;
            assertThat(i.score().deductions()).containsExactly(
                    new Health.Deduction(HealthDriver.OPEN_ESCALATIONS, 30, "1 open p1 escalation"));
        }

        @Test
        void p2IsFifteenAndP3IsFive() {
            In i = in();
            i.p2 = 2;
            assertThat(i.score().deductions()).containsExactly(
                    new Health.Deduction(HealthDriver.OPEN_ESCALATIONS, 30, "2 open p2 escalations"));
            i.p2 = 0;
            i.p3 = 1;
            assertThat(i.score().deductions()).containsExactly(
                    new Health.Deduction(HealthDriver.OPEN_ESCALATIONS, 5, "1 open p3 escalation"));
        }

        @Test
        void mixedPrioritiesAddUpAndListTheSplit() {
            In i = in();
            i.p1 = 1;
            i.p2 = 1;
            i.p3 = 2;
            Health h = i.score();
            assertThat(h.score()).isEqualTo(100 - 30 - 15 - 10);
            assertThat(h.deductions().get(0).reason()).isEqualTo("4 open escalations (1 p1, 1 p2, 2 p3)");
        }

        @Test
        void aMixOfTwoPrioritiesLeavesTheThirdOutOfTheSplit() {
            In i = in();
            i.p2 = 1;
            i.p3 = 2;
            assertThat(i.score().deductions().get(0).reason()).isEqualTo("3 open escalations (1 p2, 2 p3)");
            i.p1 = 1;
            i.p2 = 0;
            assertThat(i.score().deductions().get(0).reason()).isEqualTo("3 open escalations (1 p1, 2 p3)");
            i.p2 = 1;
            i.p3 = 0;
            assertThat(i.score().deductions().get(0).reason()).isEqualTo("2 open escalations (1 p1, 1 p2)");
        }

        @Test
        void uncappedButScoreClampsAtZero() {
            In i = in();
            i.p1 = 4;
            Health h = i.score();
            assertThat(h.deductions().get(0).points()).isEqualTo(120);
            assertThat(h.score()).isZero();
            assertThat(h.band()).isEqualTo(HealthBand.AT_RISK);
        }

        @Test
        void hugeCountsDoNotOverflow() {
            In i = in();
            i.p1 = Integer.MAX_VALUE;
            i.p2 = Integer.MAX_VALUE;
            Health h = i.score();
            assertThat(h.score()).isZero();
            assertThat(h.deductions().get(0).points()).isEqualTo(Integer.MAX_VALUE);
        }
    }

    @Nested
    class NegativeTouches {
        @ParameterizedTest
        @CsvSource({"1,10,1 negative touch in 30 days", "2,20,2 negative touches in 30 days",
                "3,20,3 negative touches in 30 days", "9,20,9 negative touches in 30 days"})
        void tenEachCappedAt20(int count, int points, String reason) {
            In i = in();
            i.negative = count;
            assertThat(i.score().deductions()).containsExactly(
                    new Health.Deduction(HealthDriver.NEGATIVE_TOUCHES, points, reason));
        }
    }

    @Nested
    class Budget {
        @ParameterizedTest
        @CsvSource({"90,0", "90.01,10", "95,10", "100,10", "100.5,20", "104,20", "250,20"})
        void thresholdsAreStrictlyOver90And100Percent(double used, int points) {
            In i = in();
            i.budget = 100.0;
            i.used = used;
            List<Health.Deduction> ds = i.score().deductions();
            if (points == 0) {
                assertThat(ds).isEmpty();
            } else {
                assertThat(ds).singleElement().satisfies(d -> {
                    assertThat(d.driver()).isEqualTo(HealthDriver.BUDGET_BURN);
                    assertThat(d.points()).isEqualTo(points);
                });
            }
        }

        @Test
        void exactly90PercentOfAnUnroundBudgetIsNoDeduction() {
            In i = in();
            i.budget = 40.0;
            i.used = 36.0;
            assertThat(i.score().deductions()).isEmpty();
        }

        @Test
        void exactly100PercentIsTheLowerDeduction() {
            In i = in();
            i.budget = 40.0;
            i.used = 40.0;
            assertThat(i.score().deductions()).containsExactly(
                    new Health.Deduction(HealthDriver.BUDGET_BURN, 10, "budget 100% used"));
        }

        @Test
        void reasonShowsRoundedPercent() {
            In i = in();
            i.budget = 25.0;
            i.used = 26.0;
            assertThat(i.score().deductions().get(0).reason()).isEqualTo("budget 104% used");
        }

        @Test
        void percentNeverContradictsTheRuleThatFired() {
            In i = in();
            i.budget = 1000.0;
            i.used = 1000.1; // 100.01 %
            assertThat(i.score().deductions().get(0).reason()).isEqualTo("budget 101% used");
            i.used = 900.1; // 90.01 %
            assertThat(i.score().deductions().get(0).reason()).isEqualTo("budget 91% used");
        }

        @Test
        void noBudgetOrZeroBudgetMeansNoDeduction() {
            In i = in();
            i.used = 500;
            i.budget = null;
            assertThat(i.score().deductions()).isEmpty();
            i.budget = 0.0;
            assertThat(i.score().deductions()).isEmpty();
            i.budget = Double.NaN;
            assertThat(i.score().deductions()).isEmpty();
        }
    }

    @Nested
    class OverdueTasks {
        @ParameterizedTest
        @CsvSource({"1,5,1 overdue task", "2,10,2 overdue tasks", "3,15,3 overdue tasks", "4,15,4 overdue tasks"})
        void fiveEachCappedAt15(int count, int points, String reason) {
            In i = in();
            i.overdueTasks = count;
            assertThat(i.score().deductions()).containsExactly(
                    new Health.Deduction(HealthDriver.OVERDUE_TASKS, points, reason));
        }
    }

    @Nested
    class Renewal {
        @Test
        void withinThirtyDaysAndNoRecentTouch() {
            In i = in();
            i.renewal = TODAY.plusDays(12);
            i.lastTouch = NOW.minus(Duration.ofDays(14));
            assertThat(i.score().deductions()).containsExactly(new Health.Deduction(
                    HealthDriver.RENEWAL_UNATTENDED, 10, "renewal in 12 days, no touch in 14 days"));
        }

        @Test
        void day30CountsDay31DoesNot() {
            In i = in();
            i.lastTouch = null;
            i.renewal = TODAY.plusDays(30);
            assertThat(i.score().score()).isEqualTo(90);
            i.renewal = TODAY.plusDays(31);
            assertThat(i.score().score()).isEqualTo(100);
        }

        @Test
        void renewalTodayCountsButYesterdayDoesNot() {
            In i = in();
            i.lastTouch = null;
            i.renewal = TODAY;
            assertThat(i.score().deductions()).containsExactly(new Health.Deduction(
                    HealthDriver.RENEWAL_UNATTENDED, 10, "renewal today, never touched"));
            i.renewal = TODAY.minusDays(1);
            assertThat(i.score().deductions()).isEmpty();
        }

        @Test
        void touchExactly14DaysAgoIsNotRecent() {
            In i = in();
            i.renewal = TODAY.plusDays(5);
            i.lastTouch = NOW.minus(Duration.ofDays(14));
            assertThat(i.score().score()).isEqualTo(90);
        }

        @Test
        void touchJustUnder14DaysAgoIsRecent() {
            In i = in();
            i.renewal = TODAY.plusDays(5);
            i.lastTouch = NOW.minus(Duration.ofDays(14)).plusMillis(1);
            assertThat(i.score().score()).isEqualTo(100);
        }

        @Test
        void neverTouchedCountsAsNoTouch() {
            In i = in();
            i.renewal = TODAY.plusDays(1);
            i.lastTouch = null;
            assertThat(i.score().deductions()).containsExactly(new Health.Deduction(
                    HealthDriver.RENEWAL_UNATTENDED, 10, "renewal in 1 day, never touched"));
        }

        @Test
        void noRenewalDateNoDeduction() {
            In i = in();
            i.lastTouch = null;
            assertThat(i.score().score()).isEqualTo(100);
        }
    }

    @Nested
    class Ordering {
        @Test
        void biggestDeductionIsTopDriver() {
            In i = in();
            i.checkInDue = NOW.minus(Duration.ofDays(3)); // 6
            i.p2 = 1;                                     // 15
            i.overdueTasks = 4;                           // 15
            i.negative = 2;                               // 20
            Health h = i.score();
            assertThat(h.deductions()).extracting(Health.Deduction::driver).containsExactly(
                    HealthDriver.NEGATIVE_TOUCHES, HealthDriver.OPEN_ESCALATIONS, HealthDriver.OVERDUE_TASKS,
                    HealthDriver.CHECK_IN_OVERDUE);
            assertThat(h.topDriver()).map(Health.Deduction::driver).contains(HealthDriver.NEGATIVE_TOUCHES);
            assertThat(h.score()).isEqualTo(100 - 6 - 15 - 15 - 20);
        }

        @Test
        void tiesFollowEnumOrder() {
            In i = in();
            i.renewal = TODAY.plusDays(3);
            i.lastTouch = null;  // renewal 10
            i.budget = 10.0;
            i.used = 9.5;        // budget 10
            i.negative = 1;      // negative 10
            i.checkInDue = NOW.minus(Duration.ofDays(5)); // check-in 10
            assertThat(i.score().deductions()).extracting(Health.Deduction::driver).containsExactly(
                    HealthDriver.CHECK_IN_OVERDUE, HealthDriver.NEGATIVE_TOUCHES, HealthDriver.BUDGET_BURN,
                    HealthDriver.RENEWAL_UNATTENDED);
        }
    }

    @Nested
    class Bands {
        @ParameterizedTest
        @CsvSource({"100,HEALTHY", "75,HEALTHY", "74,WATCH", "50,WATCH", "49,AT_RISK", "0,AT_RISK",
                "-5,AT_RISK", "130,HEALTHY"})
        void boundaries(int score, HealthBand band) {
            assertThat(HealthBand.of(score)).isEqualTo(band);
        }

        @Test
        void labels() {
            assertThat(HealthBand.HEALTHY.label()).isEqualTo("healthy");
            assertThat(HealthBand.WATCH.label()).isEqualTo("watch");
            assertThat(HealthBand.AT_RISK.label()).isEqualTo("at risk");
        }

        @Test
        void scoresAtTheBandEdges() {
            In i = in();
            i.negative = 2;
            i.overdueTasks = 1;                           // 20 + 5
            assertScore(i, 75, HealthBand.HEALTHY);

            i = in();
            i.negative = 2;
            i.checkInDue = NOW.minus(Duration.ofDays(3)); // 20 + 6
            assertScore(i, 74, HealthBand.WATCH);

            i = in();
            i.p1 = 1;
            i.negative = 2;                               // 30 + 20
            assertScore(i, 50, HealthBand.WATCH);

            i = in();
            i.negative = 2;
            i.p2 = 1;
            i.overdueTasks = 2;
            i.checkInDue = NOW.minus(Duration.ofDays(3)); // 20 + 15 + 10 + 6
            assertScore(i, 49, HealthBand.AT_RISK);
        }

        private void assertScore(In i, int score, HealthBand band) {
            Health h = i.score();
            assertThat(h.score()).isEqualTo(score);
            assertThat(h.band()).isEqualTo(band);
        }
    }

    @Test
    void rejectsNegativeCountsAndMissingTime() {
        assertThatThrownBy(() -> new HealthInputs(NOW, TODAY, NOW, -1, 0, 0, 0, 0, null, 0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthInputs(null, TODAY, NOW, 0, 0, 0, 0, 0, null, 0, null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
