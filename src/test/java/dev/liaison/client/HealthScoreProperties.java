package dev.liaison.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HealthScoreProperties {

    static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2025-06-15");

    @Provide
    Arbitrary<HealthInputs> inputs() {
        Arbitrary<Instant> checkInDue = Arbitraries.longs().between(-60L * 86_400, 30L * 86_400)
                .map(s -> NOW.minusSeconds(s));
        Arbitrary<int[]> escalations = Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 12)).as((a, b, c) -> new int[] {a, b, c});
        Arbitrary<Integer> negatives = Arbitraries.integers().between(0, 6);
        Arbitrary<Double> used = Arbitraries.doubles().between(0, 300).withSpecialValue(90.0).withSpecialValue(100.0);
        Arbitrary<Double> budget = Arbitraries.of(100.0, 0.0, 40.0, 250.0).injectNull(0.2);
        Arbitrary<Integer> tasks = Arbitraries.integers().between(0, 8);
        Arbitrary<LocalDate> renewal = Arbitraries.integers().between(-10, 60).map(TODAY::plusDays).injectNull(0.2);
        Arbitrary<Instant> lastTouch = Arbitraries.longs().between(0, 40L * 86_400).map(NOW::minusSeconds)
                .injectNull(0.2);
        return Combinators.combine(checkInDue, escalations, negatives, used, budget, tasks, renewal, lastTouch)
                .as((due, esc, neg, u, b, t, r, lt) ->
                        new HealthInputs(NOW, TODAY, due, esc[0], esc[1], esc[2], neg, u, b, t, r, lt));
    }

    @Property(tries = 500)
    void scoreIsAlwaysWithin0And100(@ForAll("inputs") HealthInputs in) {
        assertThat(HealthScore.of(in).score()).isBetween(0, 100);
    }

    @Property(tries = 500)
    void scoreIs100MinusPointsClamped(@ForAll("inputs") HealthInputs in) {
        Health h = HealthScore.of(in);
        long sum = h.deductions().stream().mapToLong(Health.Deduction::points).sum();
        assertThat(h.score()).isEqualTo((int) Math.max(0, 100 - sum));
        assertThat(h.band()).isEqualTo(HealthBand.of(h.score()));
        assertThat(h.deductions()).allSatisfy(d -> assertThat(d.points()).isPositive());
    }

    @Property(tries = 500)
    void topDriverIsTheBiggestAndDeductionsAreSorted(@ForAll("inputs") HealthInputs in) {
        Health h = HealthScore.of(in);
        assertThat(h.deductions()).isSortedAccordingTo(
                Comparator.comparingInt(Health.Deduction::points).reversed().thenComparing(Health.Deduction::driver));
        int max = h.deductions().stream().mapToInt(Health.Deduction::points).max().orElse(0);
        assertThat(h.topDriver().map(Health.Deduction::points).orElse(0)).isEqualTo(max);
        assertThat(h.topDriver().isPresent()).isEqualTo(!h.deductions().isEmpty());
    }

    @Property(tries = 500)
    void moreTroubleNeverRaisesTheScore(@ForAll("inputs") HealthInputs in) {
        int base = HealthScore.of(in).score();
        assertThat(score(with(in, in.checkInDue().minus(Duration.ofDays(1)), 0, 0, 0, 0, 0))).isLessThanOrEqualTo(base);
        assertThat(score(with(in, in.checkInDue(), 1, 0, 0, 0, 0))).isLessThanOrEqualTo(base);
        assertThat(score(with(in, in.checkInDue(), 0, 1, 0, 0, 0))).isLessThanOrEqualTo(base);
        assertThat(score(with(in, in.checkInDue(), 0, 0, 1, 0, 0))).isLessThanOrEqualTo(base);
        assertThat(score(with(in, in.checkInDue(), 0, 0, 0, 1, 0))).isLessThanOrEqualTo(base);
        assertThat(score(with(in, in.checkInDue(), 0, 0, 0, 0, 1))).isLessThanOrEqualTo(base);
    }

    private static int score(HealthInputs in) {
        return HealthScore.of(in).score();
    }

    private static HealthInputs with(HealthInputs in, Instant due, int p1, int p2, int p3, int negative, int tasks) {
        return new HealthInputs(in.now(), in.today(), due, in.openP1() + p1, in.openP2() + p2, in.openP3() + p3,
                in.negativeTouchesLast30Days() + negative, in.budgetHoursUsedThisMonth(), in.budgetHours(),
                in.overdueTasks() + tasks, in.renewal(), in.lastTouch());
    }
}
