package dev.liaison.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class AmountsProperties {

    @Provide
    Arbitrary<String> nasty() {
        return Arbitraries.oneOf(NastyInput.strings(),
                NastyInput.numberWith("", "k", "m", "K", "M", "h", "hrs", "hours", "b", "."),
                Combinators.combine(symbol(), NastyInput.numberWith("", "k", "m")).as((s, n) -> s + n));
    }

    @Provide
    Arbitrary<String> huge() {
        return NastyInput.huge();
    }

    @Provide
    Arbitrary<String> symbol() {
        return Arbitraries.of("", "$", "€", "£", "¥");
    }

    @Property
    void neverThrowsAnythingButInvalidInputAndResultsAreInRange(@ForAll("nasty") String word) {
        NastyInput.onlyInvalidInput(() -> Amounts.cents(word).ifPresent(c -> {
            assertThat(c).isBetween(0L, 100_000_000_000_000L);
            assertThat(Amounts.cents(Amounts.format(c))).contains(c);
        }));
        NastyInput.onlyInvalidInput(() -> Amounts.hours(word).ifPresent(h -> assertThat(h).isBetween(0.0, 10_000.0)));
    }

    @Property(tries = 30)
    void hugeInputIsHandled(@ForAll("huge") String word) {
        String larger = word.repeat(NastyInput.SCALE);
        NastyInput.withinBudget("Amounts.cents", () -> Amounts.cents(larger));
        NastyInput.withinBudget("Amounts.hours", () -> Amounts.hours(larger));
    }

    @Property
    void formatRoundTripsThroughCents(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long cents,
                                      @ForAll("symbol") String symbol) {
        assertThat(Amounts.cents(symbol + Amounts.format(cents))).contains(cents);
    }

    @Property
    void formatRoundTripsUpToTheLimit(@ForAll @LongRange(min = 0, max = 100_000_000_000_000L) long cents) {
        assertThat(Amounts.cents(Amounts.format(cents))).contains(cents);
    }

    @Property
    void wholeUnitsWithoutGroupingAreReadAsIs(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long units) {
        assertThat(Amounts.cents(Long.toString(units))).contains(units * 100);
    }

    @Property
    void negativeAmountsAreAlwaysRejected(@ForAll @LongRange(min = Long.MIN_VALUE, max = -1) long cents) {
        assertThatThrownBy(() -> Amounts.cents(Amounts.format(cents))).isInstanceOf(InvalidInputException.class);
    }

    @Property
    void formatNeverThrowsAndGroupsByThousands(@ForAll long cents) {
        assertThat(Amounts.format(cents)).matches("-?\\d{1,3}(,\\d{3})*(\\.\\d\\d)?");
    }

    @Property
    void thousandsSuffixMultipliesBy1000(@ForAll @LongRange(min = 0, max = 999_999_999L) long units) {
        assertThat(Amounts.cents(units + "k")).contains(units * 100_000);
    }
}
