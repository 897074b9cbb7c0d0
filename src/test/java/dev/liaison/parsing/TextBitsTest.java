package dev.liaison.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextBitsTest {

    @Test
    void shownMakesUserInputSafeForAOneLineMessage() {
        assertThat(TextBits.shown("2026-02-30")).isEqualTo("2026-02-30");
        assertThat(TextBits.shown("a\u0000b\u202Ec")).isEqualTo("a?b?c");
        assertThat(TextBits.shown(" a \n\t b ")).isEqualTo("a b");
        assertThat(TextBits.shown("x".repeat(41))).isEqualTo("x".repeat(40) + "…");
        assertThat(TextBits.shown("x".repeat(40))).isEqualTo("x".repeat(40));
        assertThat(TextBits.shown("😀".repeat(50))).isEqualTo("😀".repeat(40) + "…");
        assertThat(TextBits.shown("\uD800")).isEqualTo("?");
        assertThat(TextBits.shown(null)).isEmpty();
    }

    @Test
    void stripAlsoRemovesNonBreakingSpaces() {
        assertThat(TextBits.strip("\u00A0 a b\u202F\u2007")).isEqualTo("a b");
    }

    @Test
    void asciiLowerLeavesLookalikesAlone() {
        assertThat(TextBits.asciiLower("DEC İ \u212A")).isEqualTo("dec İ \u212A");
    }

    @Test
    void asciiLowerLowersTheWholeRangeAToZAndNothingNextToIt() {
        assertThat(TextBits.asciiLower("AZ@[`{az")).isEqualTo("az@[`{az");
    }

    @Test
    void aSpaceBetweenWordsCountsTowardsTheShownLength() {
        assertThat(TextBits.shown("x".repeat(20) + " " + "x".repeat(20)))
                .isEqualTo("x".repeat(20) + " " + "x".repeat(19) + "…");
    }

    @Test
    void leadingSpaceDoesNotCountTowardsTheShownLength() {
        assertThat(TextBits.shown("  " + "x".repeat(40))).isEqualTo("x".repeat(40));
    }

    @Test
    void invalidInputMessageIsShownVerbatim() {
        assertThat(new InvalidInputException("Use YYYY-MM-DD.")).hasMessage("Use YYYY-MM-DD.");
    }
}
