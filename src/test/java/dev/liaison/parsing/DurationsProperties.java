package dev.liaison.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DurationsProperties {

    @Provide
    Arbitrary<String> nasty() {
        return Arbitraries.oneOf(NastyInput.strings(), NastyInput.numberWith("h", "m", "hrs", "min", "mins",
                "hours", "h30m", "h 30m", "h30", "h0.5m", "d", "w", "days", "weeks", "wk", "x", ""));
    }

    @Provide
    Arbitrary<String> huge() {
        return NastyInput.huge();
    }

    @Property
    void neverThrowsAnythingButInvalidInputAndResultsAreInRange(@ForAll("nasty") String word) {
        NastyInput.onlyInvalidInput(() -> Durations.minutes(word).ifPresent(m -> {
            assertThat(m).isBetween(1, 24 * 60);
            assertThat(Durations.minutes(Durations.format(m))).contains(m);
        }));
        NastyInput.onlyInvalidInput(() -> Durations.days(word).ifPresent(d -> assertThat(d).isBetween(1, 365)));
    }

    @Property(tries = 30)
    void hugeInputIsHandled(@ForAll("huge") String word) {
        String larger = word.repeat(NastyInput.SCALE);
        NastyInput.withinBudget("Durations.minutes", () -> Durations.minutes(larger));
        NastyInput.withinBudget("Durations.minutes", () -> Durations.minutes("1h" + larger));
        NastyInput.withinBudget("Durations.days", () -> Durations.days(larger));
    }

    @Property
    void formatReadsBackThroughMinutes(@ForAll @IntRange(min = 1, max = 24 * 60) int minutes) {
        assertThat(Durations.minutes(Durations.format(minutes))).contains(minutes);
        assertThat(Durations.minutes(Durations.format(minutes).replace(" ", ""))).contains(minutes);
        assertThat(Durations.minutes(minutes + "m")).contains(minutes);
        assertThat(Durations.minutes(minutes / 60 + "h" + minutes % 60 + "m")).contains(minutes);
    }

    @Property
    void formatNeverThrows(@ForAll int minutes) {
        assertThat(Durations.format(minutes)).matches("-?(\\d+h|\\d+m|\\d+h \\d+m)");
    }

    @Property
    void decimalHoursRoundToTheNearestMinute(@ForAll @IntRange(min = 1, max = 2400) int hundredths) {
        String word = hundredths / 100 + "." + String.format("%02d", hundredths % 100) + "h";
        long expected = Math.max(1, Math.round(hundredths * 60 / 100.0));
        assertThat(Durations.minutes(word)).contains((int) expected);
    }

    @Property
    void cadencesInDaysAndWeeks(@ForAll @IntRange(min = 1, max = 365) int days,
                                @ForAll @IntRange(min = 1, max = 52) int weeks) {
        assertThat(Durations.days(days + "d")).contains(days);
        assertThat(Durations.days(weeks + "w")).contains(weeks * 7);
    }
}
