package dev.liaison.client;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetPaceProperties {

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 3 * 366).map(n -> LocalDate.of(2025, 1, 1).plusDays(n));
    }

    /** A person's working days: some weekdays (never none), less a few holidays. */
    @Provide
    Arbitrary<WorkingDays> calendars() {
        Arbitrary<Set<DayOfWeek>> weekdays = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1);
        Arbitrary<Set<Integer>> holidays = Arbitraries.integers().between(1, 31).set().ofMaxSize(4);
        return net.jqwik.api.Combinators.combine(weekdays, holidays).as((w, h) ->
                day -> w.contains(day.getDayOfWeek()) && !h.contains(day.getDayOfMonth()));
    }

    @Property
    void theRunOutDayIsTheFirstWorkingDayWhosePaceReachesTheBudget(
            @ForAll @LongRange(min = 0, max = 20_000) long used, @ForAll @LongRange(min = 1, max = 20_000) long budget,
            @ForAll("days") LocalDate today, @ForAll("calendars") WorkingDays days) {
        BudgetPace.project(used, budget, today, days).ifPresent(p -> {
            if (p.runsOut() == null) {
                return;
            }
            assertThat(p.runsOut()).isAfterOrEqualTo(today.withDayOfMonth(1));
            assertThat(YearMonth.from(p.runsOut())).isEqualTo(YearMonth.from(today));
            assertThat(days.isWorkingDay(p.runsOut())).isTrue();
            int k = workingDaysUpTo(p.runsOut(), days);
            // at the pace used/elapsed a day: k days reach the budget, k − 1 days do not
            assertThat((double) used * k / p.elapsed()).isGreaterThanOrEqualTo(budget);
            assertThat((double) used * (k - 1) / p.elapsed()).isLessThan(budget);
            assertThat(p.usedUp()).isFalse();
            assertThat(p.projectedPercent()).isGreaterThanOrEqualTo(100);
        });
    }

    @Property
    void aBudgetThatLastsTheMonthNamesNoDayAndProjectsAtMostItsWhole(
            @ForAll @LongRange(min = 0, max = 20_000) long used, @ForAll @LongRange(min = 1, max = 20_000) long budget,
            @ForAll("days") LocalDate today, @ForAll("calendars") WorkingDays days) {
        BudgetPace.project(used, budget, today, days).ifPresent(p -> {
            if (p.runsOut() == null && !p.usedUp() && p.elapsed() > 0) {
                assertThat(used * p.workingDays()).isLessThan(budget * p.elapsed());
                assertThat(p.overrun()).isFalse();
            }
        });
    }

    @Property
    void moreHoursNeverProjectLessNorRunOutLater(
            @ForAll @LongRange(min = 1, max = 20_000) long used, @ForAll @LongRange(min = 1, max = 5_000) long more,
            @ForAll @LongRange(min = 1, max = 20_000) long budget, @ForAll("days") LocalDate today,
            @ForAll("calendars") WorkingDays days) {
        BudgetPace.Projection less = BudgetPace.project(used, budget, today, days).orElseThrow();
        BudgetPace.Projection moreUsed = BudgetPace.project(used + more, budget, today, days).orElseThrow();
        assertThat(moreUsed.projectedPercent()).isGreaterThanOrEqualTo(less.projectedPercent());
        if (less.overrun()) {
            assertThat(moreUsed.overrun()).isTrue();
        }
        if (less.runsOut() != null && moreUsed.runsOut() != null) {
            assertThat(moreUsed.runsOut()).isBeforeOrEqualTo(less.runsOut());
        }
    }

    @Property
    void elapsedAndTotalCountTheMonthsWorkingDays(@ForAll("days") LocalDate today, @ForAll("calendars") WorkingDays days) {
        BudgetPace.project(60, 600, today, days).ifPresent(p -> {
            YearMonth month = YearMonth.from(today);
            assertThat(p.workingDays()).isEqualTo(workingDaysUpTo(month.atEndOfMonth(), days));
            assertThat(p.elapsed()).isEqualTo(workingDaysUpTo(today, days)).isBetween(0, p.workingDays());
        });
    }

    @Property
    void noBudgetNoPace(@ForAll @LongRange(min = 0, max = 20_000) long used, @ForAll("days") LocalDate today,
                        @ForAll @IntRange(min = -100, max = 0) int budget) {
        assertThat(BudgetPace.project(used, budget, today, WorkingDays.WEEKDAYS)).isEmpty();
    }

    /** The case: 60 % of the hours by the 10th working day of a 21-day month is 126 % at month end. */
    @Example
    void sixtyPercentByTheTenthOfTwentyOneWorkingDaysIsAnOverrun() {
        // exactly 21 working days: the weekdays of December 2026 less the 24th and 25th
        WorkingDays december = day -> WorkingDays.WEEKDAYS.isWorkingDay(day) && day.getDayOfMonth() != 24
                && day.getDayOfMonth() != 25;
        LocalDate tenth = LocalDate.of(2026, 12, 14);     // Tue 1 … Mon 14 is the 10th weekday
        BudgetPace.Projection p = BudgetPace.project(60 * 60, 100 * 60, tenth, december).orElseThrow();
        assertThat(p.workingDays()).isEqualTo(21);
        assertThat(p.elapsed()).isEqualTo(10);
        assertThat(p.projectedPercent()).isEqualTo(126);
        assertThat(p.overrun()).isTrue();
        // the 17th working day: Tue 1 … Wed 23 is the 17th
        assertThat(p.runsOut()).isEqualTo(LocalDate.of(2026, 12, 23));
    }

    @Example
    void theClockAndZoneDecideWhichDayItIs() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneId.of("UTC"));
        BudgetPace pace = new BudgetPace(clock);
        assertThat(pace.project(60, 600, ZoneId.of("Pacific/Auckland"), WorkingDays.WEEKDAYS).orElseThrow().month())
                .isEqualTo(YearMonth.of(2026, 12));
        assertThat(pace.project(60, 600, ZoneId.of("America/New_York"), WorkingDays.WEEKDAYS).orElseThrow().month())
                .isEqualTo(YearMonth.of(2026, 11));
    }

    @Example
    void exactlyOneHundredAndTenPercentIsNotAnOverrun() {
        // 22 weekdays in June 2026; on the 11th working day, 55 of 100 hours projects exactly 110 %
        BudgetPace.Projection p = BudgetPace.project(55 * 60, 100 * 60, LocalDate.of(2026, 6, 15), WorkingDays.WEEKDAYS)
                .orElseThrow();
        assertThat(p.workingDays()).isEqualTo(22);
        assertThat(p.elapsed()).isEqualTo(11);
        assertThat(p.projectedPercent()).isEqualTo(110);
        assertThat(p.overrun()).isFalse();
        assertThat(BudgetPace.project(55 * 60 + 1, 100 * 60, LocalDate.of(2026, 6, 15), WorkingDays.WEEKDAYS)
                .orElseThrow().overrun()).isTrue();
    }

    private static int workingDaysUpTo(LocalDate last, WorkingDays days) {
        int n = 0;
        for (LocalDate d = last.withDayOfMonth(1); !d.isAfter(last); d = d.plusDays(1)) {
            if (days.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
