package dev.liaison.parsing;

import java.util.Currency;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @Test
    void symbolGroupingAndOnlyTheDecimalsACurrencyHas() {
        assertThat(Money.format(1_250_000, Currency.getInstance("EUR"))).isEqualTo("€12,500");
        assertThat(Money.format(500_050, Currency.getInstance("USD"))).isEqualTo("$5,000.50");
        assertThat(Money.format(100_000_000_00L, Currency.getInstance("GBP"))).isEqualTo("£100,000,000");
        assertThat(Money.format(125_049, Currency.getInstance("JPY"))).isEqualTo("¥1,250");
        assertThat(Money.format(125_050, Currency.getInstance("JPY"))).isEqualTo("¥1,251");
        assertThat(Money.format(1_250_000, Currency.getInstance("CHF"))).isEqualTo("CHF 12,500");
        assertThat(Money.format(0, null)).isEqualTo("$0");
    }

    @Test
    void onlyIso4217CodesJavaKnowsAreCurrencies() {
        assertThat(Money.currency("eur")).contains(Currency.getInstance("EUR"));
        assertThat(Money.currency(" JPY ")).contains(Currency.getInstance("JPY"));
        assertThat(Money.currency("XYZ")).isEmpty();
        assertThat(Money.currency("EURO")).isEmpty();
        assertThat(Money.currency("XXX")).isEmpty();
        assertThat(Money.currency(null)).isEmpty();
    }
}
