package dev.liaison.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.liaison.parsing.DatePhrases.ParsedDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatePhrasesTest {

    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static Optional<ParsedDate> parse(String phrase) {
        return DatePhrases.parse(Arrays.asList(phrase.split(" ")), 0, TODAY);
    }

    private static LocalDate date(String phrase) {
        return parse(phrase).orElseThrow().date();
    }

    @Test
    void todayIsAMonday() {
        assertThat(TODAY.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void todayAndTomorrow() {
        assertThat(parse("today")).contains(new ParsedDate(TODAY, 1));
        assertThat(parse("Tomorrow")).contains(new ParsedDate(TODAY.plusDays(1), 1));
        assertThat(date("TODAY")).isEqualTo(TODAY);
    }

    @ParameterizedTest
    @CsvSource({
            "monday, 2026-03-09", "mon, 2026-03-09", "MONDAY, 2026-03-09",
            "tuesday, 2026-03-03", "tue, 2026-03-03", "tues, 2026-03-03",
            "wednesday, 2026-03-04", "wed, 2026-03-04",
            "thursday, 2026-03-05", "thu, 2026-03-05", "thur, 2026-03-05", "Thurs, 2026-03-05",
            "friday, 2026-03-06", "Fri, 2026-03-06",
            "saturday, 2026-03-07", "sat, 2026-03-07",
            "sunday, 2026-03-08", "sun, 2026-03-08"})
    void weekdaysMeanTheNextOccurrenceStrictlyAfterToday(String word, LocalDate expected) {
        assertThat(parse(word)).contains(new ParsedDate(expected, 1));
    }

    @ParameterizedTest
    @CsvSource({"2026-03-02, 2026-03-02", "2026-12-31, 2026-12-31", "2028-02-29, 2028-02-29",
            "2026-3-5, 2026-03-05", "2025-01-01, 2025-01-01"})
    void isoDates(String word, LocalDate expected) {
        assertThat(parse(word)).contains(new ParsedDate(expected, 1));
    }

    @ParameterizedTest
    @CsvSource({
            "Dec 5, 2026-12-05", "December 5, 2026-12-05", "5 Dec, 2026-12-05", "Dec 5th, 2026-12-05",
            "5th december, 2026-12-05", "DEC 05, 2026-12-05", "sept 1st, 2026-09-01", "Sep 22nd, 2026-09-22",
            "may 3rd, 2026-05-03",
            "Mar 2, 2026-03-02", "Mar 1, 2027-03-01", "jan 1, 2027-01-01", "Feb 28, 2027-02-28"})
    void monthAndDayInEitherOrderMeanTheNextOccurrenceOnOrAfterToday(String phrase, LocalDate expected) {
        assertThat(parse(phrase)).contains(new ParsedDate(expected, 2));
    }

    @Test
    void feb29IsFineWhenTheNextOneIsInALeapYear() {
        LocalDate december2027 = LocalDate.of(2027, 12, 1);
        assertThat(DatePhrases.parse(List.of("Feb", "29"), 0, december2027))
                .contains(new ParsedDate(LocalDate.of(2028, 2, 29), 2));
    }

    @Test
    void feb29InANonLeapYearExplainsItself() {
        assertThatThrownBy(() -> parse("Feb 29"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("2027 has no Feb 29. Use YYYY-MM-DD, like 2028-02-29.");
    }

    @Test
    void feb29SuggestsTheNextLeapYearEvenWhenItIsYearsAway() {
        // typed just after 29 Feb 2028: the next Feb 29 is in 2032, three years after the one read (2029)
        assertThatThrownBy(() -> DatePhrases.parse(List.of("29", "feb"), 0, LocalDate.of(2028, 3, 1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("2029 has no 29 feb. Use YYYY-MM-DD, like 2032-02-29.");
    }

    @ParameterizedTest
    @CsvSource({"+0d, 2026-03-02", "+3d, 2026-03-05", "+2w, 2026-03-16", "+1m, 2026-04-02", "+3D, 2026-03-05",
            "+10days, 2026-03-12", "+1week, 2026-03-09", "+2months, 2026-05-02", "-1d, 2026-03-01",
            "+3653d, 2036-03-02", "+120m, 2036-03-02", "+521w, 2036-02-25"})
    void relativeOffsets(String word, LocalDate expected) {
        assertThat(parse(word)).contains(new ParsedDate(expected, 1));
    }

    @Test
    void monthOffsetsClampToTheEndOfShorterMonths() {
        assertThat(DatePhrases.parse(List.of("+1m"), 0, LocalDate.of(2026, 1, 31)))
                .contains(new ParsedDate(LocalDate.of(2026, 2, 28), 1));
    }

    @Test
    void readsFromTheGivenIndexAndReportsWordsConsumed() {
        List<String> words = List.of("remind", "acme", "dec", "5", "send", "invoice");
        assertThat(DatePhrases.parse(words, 2, TODAY)).contains(new ParsedDate(LocalDate.of(2026, 12, 5), 2));
        assertThat(DatePhrases.parse(words, 3, TODAY)).isEmpty();
        assertThat(DatePhrases.parse(List.of("tomorrow", "dec"), 0, TODAY))
                .contains(new ParsedDate(TODAY.plusDays(1), 1));
    }

    @Test
    void ignoresTrailingSentencePunctuation() {
        assertThat(parse("tomorrow,")).contains(new ParsedDate(TODAY.plusDays(1), 1));
        assertThat(parse("Dec 5,")).contains(new ParsedDate(LocalDate.of(2026, 12, 5), 2));
        assertThat(parse("Dec. 5th.")).contains(new ParsedDate(LocalDate.of(2026, 12, 5), 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "may", "may I", "Dec", "5", "5 items", "5th", "next monday", "yesterday",
            "dec-5", "1h", "$5", "<@U123>", "😀", "...", "+", "-", "+d", "in 3 days", "mon-fri", "12:30"})
    void wordsThatAreNotDatesGiveEmpty(String phrase) {
        assertThat(parse(phrase)).isEmpty();
    }

    @Test
    void missingOrOutOfRangeWordsGiveEmpty() {
        assertThat(DatePhrases.parse(null, 0, TODAY)).isEmpty();
        assertThat(DatePhrases.parse(List.of(), 0, TODAY)).isEmpty();
        assertThat(DatePhrases.parse(List.of("today"), 1, TODAY)).isEmpty();
        assertThat(DatePhrases.parse(List.of("today"), -1, TODAY)).isEmpty();
        assertThat(DatePhrases.parse(Arrays.asList((String) null), 0, TODAY)).isEmpty();
        assertThat(DatePhrases.parse(Arrays.asList("Dec", null), 0, TODAY)).isEmpty();
        assertThat(DatePhrases.parse(List.of("  "), 0, TODAY)).isEmpty();
    }

    @Test
    void impossibleIsoDateMessage() {
        assertThatThrownBy(() -> parse("2026-02-30"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("2026-02-30 is not a real date. Use YYYY-MM-DD, like 2026-03-02.");
        assertThatThrownBy(() -> parse("2026-13-01"))
                .hasMessage("2026-13-01 is not a real date. Use YYYY-MM-DD, like 2026-03-02.");
        assertThatThrownBy(() -> parse("2026-00-10")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> parse("2027-02-29")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void impossibleMonthDayMessage() {
        assertThatThrownBy(() -> parse("Feb 30"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Feb 30 is not a real date. February has days 1 to 29.");
        assertThatThrownBy(() -> parse("31 april"))
                .hasMessage("31 april is not a real date. April has days 1 to 30.");
        assertThatThrownBy(() -> parse("Dec 0")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> parse("Dec 2026")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> parse("Dec 99999999999999999999999")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void ambiguousNumericDatesAskForIso() {
        assertThatThrownBy(() -> parse("3/5"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("I can't read 3/5 as a date. Use YYYY-MM-DD, like 2026-03-02.");
        assertThatThrownBy(() -> parse("05-03-2026")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> parse("2026/03/05")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> parse("20260-01-01")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void farAwayDatesAreRejectedAsTypos() {
        assertThatThrownBy(() -> parse("+99999d"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("+99999d is more than 10 years away. Pick a date up to 2036-03-02.");
        assertThatThrownBy(() -> parse("+3654d")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> parse("+522w")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> parse("+121m")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> parse("+99999999999999999999999d")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> parse("2206-03-01")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> parse("2010-01-01"))
                .hasMessage("2010-01-01 is more than 10 years ago. Pick a date from 2016-03-02 on.");
        assertThatThrownBy(() -> parse("-99999d")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void relativeWithoutAKnownUnitExplainsTheFormat() {
        assertThatThrownBy(() -> parse("+3"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("I can't read +3 as a date. Use a number and a unit, like +3d, +2w or +1m.");
        assertThatThrownBy(() -> parse("+3h")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void messagesShowLongOrControlInputSafely() {
        String typed = "+" + "9".repeat(500) + "d";
        assertThatThrownBy(() -> parse(typed))
                .hasMessageStartingWith("+" + "9".repeat(39) + "… is more than 10 years away.");
        assertThat(DatePhrases.parse(List.of("+3\u0000"), 0, TODAY)).isEmpty();
        assertThatThrownBy(() -> parse("+3x"))
                .hasMessage("I can't read +3x as a date. Use a number and a unit, like +3d, +2w or +1m.");
    }

    @ParameterizedTest
    @CsvSource({"2026-03-02, today", "2026-03-03, tomorrow", "2026-03-01, yesterday", "2026-03-07, in 5 days",
            "2026-02-27, 3 days ago", "2026-05-01, in 60 days", "2026-05-02, on 2026-05-02",
            "2026-01-01, 60 days ago", "2025-12-31, on 2025-12-31", "2027-03-01, on 2027-03-01"})
    void describesDatesForCards(LocalDate date, String expected) {
        assertThat(DatePhrases.describe(date, TODAY)).isEqualTo(expected);
    }
}
