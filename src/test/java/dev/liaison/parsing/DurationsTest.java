package dev.liaison.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"1h, 60", "30m, 30", "1.5h, 90", "1h30m, 90", "90m, 90", "2hrs, 120", "45min, 45", "45mins, 45",
            "1H30M, 90", "1h30, 90", "'1h 30m', 90", "1hr, 60", "1hour, 60", "2hours, 120", "10minutes, 10",
            "1minute, 1", "0.5h, 30", ".5h, 30", "1.5m, 2", "1.25m, 1", "0.2m, 1", "24h, 1440", "23h60m, 1440",
            "1440m, 1440", "0h5m, 5", "1hr15mins, 75", "' 45m ', 45"})
    void touchDurations(String word, int expected) {
        assertThat(Durations.minutes(word)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0m", "0h", "0h0m", "0.0h", "25h", "24h1m", "1441m", "24.01h", "99999999999999999999h"})
    void touchDurationsOutOfRange(String word) {
        assertThatThrownBy(() -> Durations.minutes(word))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A touch can last between 1m and 24h.");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"30", "abc", "1d", "h", "m", "1x", "1.h", "-5m", "1:30", "30m1h", "1 h", "1h30x",
            "½h", "１h"})
    void notTouchDurations(String word) {
        assertThat(Durations.minutes(word)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"7d, 7", "14d, 14", "2w, 14", "1day, 1", "3days, 3", "2weeks, 14", "1week, 7", "1wk, 7",
            "3wks, 21", "365d, 365", "52w, 364", "7D, 7", "1.5d, ", "0.5w, "})
    void cadences(String word, Integer expected) {
        if (expected == null) {
            assertThatThrownBy(() -> Durations.days(word))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(word + " is not a whole number of days. Use something like 10d or 2w.");
        } else {
            assertThat(Durations.days(word)).contains(expected);
        }
    }

    @Test
    void wholeWeeksInDecimalFormAreFine() {
        assertThat(Durations.days("1.0w")).contains(7);
        assertThat(Durations.days("14.0d")).contains(14);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0d", "0w", "366d", "53w", "99999999999999999999d"})
    void cadencesOutOfRange(String word) {
        assertThatThrownBy(() -> Durations.days(word))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("A cadence can be between 1d and 365d.");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"7", "1m", "abc", "d", "w", "2h", "-7d", "7dd"})
    void notCadences(String word) {
        assertThat(Durations.days(word)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0, 0m", "1, 1m", "45, 45m", "60, 1h", "61, 1h 1m", "90, 1h 30m", "1440, 24h", "-90, -1h 30m"})
    void formats(int minutes, String expected) {
        assertThat(Durations.format(minutes)).isEqualTo(expected);
    }

    @Test
    void formatHandlesExtremes() {
        assertThat(Durations.format(Integer.MIN_VALUE)).startsWith("-").endsWith("m");
        assertThat(Durations.format(Integer.MAX_VALUE)).isEqualTo("35791394h 7m");
    }
}
