package dev.liaison.ooo;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.liaison.ooo.OooStatus.looksOutOfOffice;
import static org.assertj.core.api.Assertions.assertThat;

/** docs/commands.md "/ooo": an absence is also detected from the Slack profile status, by emoji or by words. */
class OooStatusTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            ":palm_tree:          | NULL                       | true",
            ":face_with_thermometer: | ''                    | true",
            "NULL                 | Out of office until Monday | true",
            "NULL                 | PTO                        | true",
            ":house_with_garden:  | WFH                        | false",
            "NULL                 | back from vacation         | false",
            "NULL                 | NULL                       | false"})
    void theBriefsExamples(String emoji, String text, boolean away) {
        assertThat(looksOutOfOffice(emoji, text)).isEqualTo(away);
    }

    @Nested
    class Emoji {

        @ParameterizedTest
        @ValueSource(strings = {":palm_tree:", ":airplane:", ":face_with_thermometer:", ":beach_with_umbrella:",
                ":sunny:", ":desert_island:", ":PALM_TREE:", ":Airplane:", "palm_tree", " :palm_tree: ",
                ":palm_tree::skin-tone-2:", ":face_with_thermometer::skin-tone-6:", "🌴", "✈️", "🤒", "🏖️", "☀️"})
        void anOooEmojiAloneIsEnough(String emoji) {
            assertThat(looksOutOfOffice(emoji, null)).as(emoji).isTrue();
            assertThat(looksOutOfOffice(emoji, "")).as(emoji).isTrue();
            assertThat(looksOutOfOffice(emoji, "Back Monday")).as(emoji).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {":house_with_garden:", ":house:", ":computer:", ":bus:", ":spiral_calendar_pad:",
                ":headphones:", ":palm_tree", "palm_tree:", ":palm:", ":tree:", ":palm_tree_2:",
                ":skin-tone-2:", "::", ":", "🏡", "💻"})
        void otherEmojiAreNotOoo(String emoji) {
            assertThat(looksOutOfOffice(emoji, null)).as(emoji).isFalse();
            assertThat(looksOutOfOffice(emoji, "Working remotely")).as(emoji).isFalse();
        }

        @Test
        void anOooEmojiWrittenInTheTextCountsToo() {
            assertThat(looksOutOfOffice("", "See you soon :palm_tree:")).isTrue();
            assertThat(looksOutOfOffice(null, "🌴🌴🌴")).isTrue();
            assertThat(looksOutOfOffice(":house_with_garden:", "Remote today :computer:")).isFalse();
        }
    }

    @Nested
    class Words {

        @ParameterizedTest
        @ValueSource(strings = {"OOO", "ooo", "OOO until Dec 2", "Out of office until Monday", "out-of-office",
                "Out of the office", "On vacation", "Vacation!", "vacay mode", "Holiday", "Holidays 🎄",
                "On leave", "Parental leave until March", "Maternity leave", "Annual leave", "PTO",
                "PTO - back 12/3", "pto", "Sick", "Off sick", "Out sick today", "sick leave", "OOTO",
                "[OOO] back Jan 5", "Away: vacation", "OOO, not checking Slack"})
        void awayWordsAreEnough(String text) {
            assertThat(looksOutOfOffice(null, text)).as(text).isTrue();
            assertThat(looksOutOfOffice("", text)).as(text).isTrue();
            assertThat(looksOutOfOffice(":speech_balloon:", text)).as(text).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"WFH", "Working from home", "In a meeting", "Commuting", "Focus time",
                "At the client's office", "In the office", "Office hours 2-4", "Booked", "Photo shoot",
                "OOOps", "zoom", "sickle", "leave me alone", "holidayinn", "vacationer", "Leaving at 5",
                "Sickening deadline", "PTOs", "Spotify"})
        void otherWordsAreNot(String text) {
            assertThat(looksOutOfOffice(null, text)).as(text).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Back from vacation", "back from holiday", "Back from the holidays",
                "Back from my vacation!", "Not OOO", "not ooo, just WFH", "Not on leave", "No longer sick",
                "Not off sick any more", "back from PTO"})
        void backFromAndNotMeanNotAway(String text) {
            assertThat(looksOutOfOffice(null, text)).as(text).isFalse();
        }

        @Test
        void theWordsWinOverTheEmojiWhenTheySayTheOpposite() {
            assertThat(looksOutOfOffice(":palm_tree:", "Back from vacation")).isFalse();
            assertThat(looksOutOfOffice(":airplane:", "not OOO")).isFalse();
        }

        @Test
        void anAwayPhraseNextToANegatedOneStillCounts() {
            assertThat(looksOutOfOffice(null, "Back from vacation, OOO again from Friday")).isTrue();
            assertThat(looksOutOfOffice(null, "Not in today: sick")).isTrue();
        }

        @Test
        void wfhWithAnAwayWordIsAway() {
            assertThat(looksOutOfOffice(":house_with_garden:", "WFH")).isFalse();
            assertThat(looksOutOfOffice(":house_with_garden:", "Working from home")).isFalse();
            assertThat(looksOutOfOffice(":house_with_garden:", "Vacation")).isTrue();
        }

        @Test
        void lookAlikeLettersAreNotKeywords() {
            // Kelvin sign instead of K, and a capital I with a dot: not ASCII, not a keyword.
            assertThat(looksOutOfOffice(null, "SIC\u212A")).isFalse();
            assertThat(looksOutOfOffice(null, "HOL\u0130DAY")).isFalse();
        }
    }

    @Nested
    class Empty {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t\n", "\u00A0"})
        void nothingSetIsNotAway(String blank) {
            assertThat(looksOutOfOffice(blank, blank)).isFalse();
            assertThat(looksOutOfOffice(null, blank)).isFalse();
            assertThat(looksOutOfOffice(blank, null)).isFalse();
        }
    }
}
