package dev.liaison.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"5000; 500000", "5,000; 500000", "5000.50; 500050", "$5,000; 500000",
            "€4.5k; 450000", "£12k; 1200000", "2.5m; 250000000", "2.5M; 250000000", "4.5K; 450000", "¥100; 10000",
            "0; 0", ".5; 50", "1,234,567.89; 123456789", "5000.505; 500051", "5000.504; 500050", "1.2345k; 123450",
            "1000000000000; 100000000000000", "1000000m; 100000000000000", "' $5,000 '; 500000", "007; 700"})
    void readsMoneyInCents(String word, long expected) {
        assertThat(Amounts.cents(word)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "$", "k", "5x", "USD", "five", "$$5", "5 000", "5e3", "0x10", "½", "١٢", "+5",
            "5$", "5kk", "5b"})
    void notMoney(String word) {
        assertThat(Amounts.cents(word)).isEmpty();
    }

    @Test
    void malformedNumbersGetAFriendlyMessage() {
        assertThatThrownBy(() -> Amounts.cents("50,00"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("I can't read 50,00 as an amount. Write it like 5000, 5,000.50 or 4.5k.");
        assertThatThrownBy(() -> Amounts.cents("5000.")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Amounts.cents("1.2.3")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Amounts.cents("$5,00")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Amounts.cents("5,000,00k")).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5000", "-$5", "$-5", "\u22125", "-0", "-4.5k"})
    void negativeAmountsAreRejected(String word) {
        assertThatThrownBy(() -> Amounts.cents(word))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Amounts can't be negative. Write it like 5000, 5,000.50 or 4.5k.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000001", "1000000000000.01", "1000001m", "$99999999999999999999999999999"})
    void absurdAmountsAreRejected(String word) {
        assertThatThrownBy(() -> Amounts.cents(word))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is more than I can track. Amounts go up to 1,000,000,000,000.");
    }

    @Test
    void absurdAmountMessageNamesWhatWasTyped() {
        assertThatThrownBy(() -> Amounts.cents("$2000000m"))
                .hasMessage("$2000000m is more than I can track. Amounts go up to 1,000,000,000,000.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"0; 0", "5; 0.05", "100; 1", "99999; 999.99", "500000; 5,000",
            "500050; 5,000.50", "123456789; 1,234,567.89", "100000000; 1,000,000", "-500050; -5,000.50",
            "9223372036854775807; 92,233,720,368,547,758.07", "-9223372036854775808; -92,233,720,368,547,758.08"})
    void formatsWithCommaGrouping(long cents, String expected) {
        assertThat(Amounts.format(cents)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"40, 40.0", "40h, 40.0", "37.5, 37.5", "37.5h, 37.5", "0, 0.0", "0h, 0.0", "40hrs, 40.0",
            "40hours, 40.0", "1hr, 1.0", "10000, 10000.0", "'1,000h', 1000.0", ".5h, 0.5", "40H, 40.0"})
    void budgetHours(String word, double expected) {
        assertThat(Amounts.hours(word)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.5h", "10000.5", "20000h", "99999999999999999999999"})
    void budgetHoursOutOfRange(String word) {
        assertThatThrownBy(() -> Amounts.hours(word))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Budget hours can be between 0 and 10,000.");
    }

    @Test
    void malformedHoursGetAFriendlyMessage() {
        assertThatThrownBy(() -> Amounts.hours("37.5.5h"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("I can't read 37.5.5h as hours. Write it like 40 or 37.5h.");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "40m", "h", "$40", "40d", "forty", "40 h"})
    void notHours(String word) {
        assertThat(Amounts.hours(word)).isEmpty();
    }
}
