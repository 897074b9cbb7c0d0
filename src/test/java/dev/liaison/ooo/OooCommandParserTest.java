package dev.liaison.ooo;

import java.time.LocalDate;

import dev.liaison.parsing.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The /ooo grammar of docs/commands.md ("/ooo"), form by form, with the exact command or the message for each. */
class OooCommandParserTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23); // a Monday

    static OooCommand parse(String text) {
        return OooCommandParser.parse(text, TODAY);
    }

    static OooCommand.Declare out(String from, String to) {
        return new OooCommand.Declare(LocalDate.parse(from), LocalDate.parse(to), null);
    }

    static OooCommand.Declare out(String from, String to, String userId) {
        return new OooCommand.Declare(LocalDate.parse(from), LocalDate.parse(to), userId);
    }

    /** The message of the refusal, checked to be fit for Slack. */
    static String invalid(String text) {
        return invalid(text, TODAY);
    }

    static String invalid(String text, LocalDate today) {
        Throwable thrown = catchThrowable(() -> OooCommandParser.parse(text, today));
        assertThat(thrown).as("parse(%s)", text).isInstanceOf(InvalidInputException.class);
        assertThat(thrown.getMessage()).isNotBlank().hasSizeLessThan(250).endsWith(".").doesNotContain("\n");
        return thrown.getMessage();
    }

    /** A refusal of the /ooo grammar itself (not of a date word) always shows a command to copy. */
    static String invalidWithExample(String text) {
        String message = invalid(text);
        assertThat(message).as("message for %s", text).contains("`/ooo ");
        return message;
    }

    @Test
    void theUsageShowsEveryForm() {
        assertThat(OooCommandParser.USAGE).contains("`/ooo tomorrow`", "`/ooo Dec 22 to Jan 2`",
                "`/ooo until friday @sam`", "`/ooo back`", "`/ooo list`", "`today`", "`+3d`");
    }

    @Nested
    class HelpAndUnknown {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\n\t", "help", "HELP", "Help", "?", "usage", "help me", "\"\""})
        void helpOrNothingIsTheUsage(String text) {
            assertThat(parse(text)).isEqualTo(new OooCommand.Help(OooCommandParser.USAGE));
        }

        @ParameterizedTest
        @ValueSource(strings = {"vacation", "bogus", "next week", "sometime soon", "Dec", "decembre 5", "lst", "bak"})
        void anUnknownFirstWordIsAnsweredWithTheUsage(String text) {
            OooCommand command = parse(text);
            assertThat(command).isInstanceOf(OooCommand.Help.class);
            String shown = ((OooCommand.Help) command).text();
            assertThat(shown).startsWith("Unknown sub-command `" + text.split(" ")[0] + "`. It is not a date I can read either.")
                    .endsWith(OooCommandParser.USAGE);
        }

        @Test
        void anUnknownWordIsShownShortAndOnOneLine() {
            String text = ((OooCommand.Help) parse("\"a`b\nc" + "x".repeat(100) + "\"")).text();
            String firstLine = text.lines().findFirst().orElseThrow();
            assertThat(firstLine).startsWith("Unknown sub-command `a'b cxxx").contains("…").hasSizeLessThan(110);
        }
    }

    @Nested
    class OneDay {

        @ParameterizedTest
        @CsvSource({
                "today,          2026-11-23",
                "Today,          2026-11-23",
                "tomorrow,       2026-11-24",
                "TOMORROW,       2026-11-24",
                "friday,         2026-11-27",
                "fri,            2026-11-27",
                "monday,         2026-11-30",
                "2026-12-05,     2026-12-05",
                "Dec 5,          2026-12-05",
                "5th December,   2026-12-05",
                "Jan 2,          2027-01-02",
                "+5d,            2026-11-28",
                "+1w,            2026-11-30",
                "on friday,      2026-11-27",
                "friday.,        2026-11-27"})
        void aDateIsThatOneDay(String text, LocalDate day) {
            assertThat(parse(text)).isEqualTo(new OooCommand.Declare(day, day, null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-11-20", "-1d", "-3d", "2020-01-01"})
        void aDayInThePastIsRefused(String text) {
            assertThat(invalidWithExample(text)).contains("in the past");
        }
    }

    @Nested
    class Ranges {

        @ParameterizedTest
        @CsvSource({
                "Dec 22 to Jan 2,            2026-12-22, 2027-01-02",
                "dec 22 TO jan 2,            2026-12-22, 2027-01-02",
                "Dec 22 - Jan 2,             2026-12-22, 2027-01-02",
                "Dec 22 – Jan 2,             2026-12-22, 2027-01-02",
                "Dec 22 until Jan 2,         2026-12-22, 2027-01-02",
                "from Dec 22 to Jan 2,       2026-12-22, 2027-01-02",
                "22 Dec to 2nd January,      2026-12-22, 2027-01-02",
                "2026-12-22 to 2027-01-02,   2026-12-22, 2027-01-02",
                "2026-12-22 - 2027-01-02,    2026-12-22, 2027-01-02",
                "tomorrow to +5d,            2026-11-24, 2026-11-28",
                "today to friday,            2026-11-23, 2026-11-27",
                "tomorrow - friday,          2026-11-24, 2026-11-27",
                "friday through monday,      2026-11-27, 2026-11-30",
                "friday thru mon,            2026-11-27, 2026-11-30",
                "friday to friday,           2026-11-27, 2026-11-27",
                "today to today,             2026-11-23, 2026-11-23",
                "Dec 1 till Dec 3,           2026-12-01, 2026-12-03"})
        void twoDatesAreARangeWithBothDaysIncluded(String text, LocalDate from, LocalDate to) {
            assertThat(parse(text)).isEqualTo(new OooCommand.Declare(from, to, null));
        }

        @Test
        void aWeekdayAsTheLastDayCountsFromTheFirstDay() {
            // From Wednesday the 25th, the next Tuesday is Dec 1, not tomorrow.
            assertThat(parse("wed to tue")).isEqualTo(out("2026-11-25", "2026-12-01"));
            assertThat(parse("monday to friday")).isEqualTo(out("2026-11-30", "2026-12-04"));
            assertThat(parse("Dec 10 to friday")).isEqualTo(out("2026-12-10", "2026-12-11"));
            // A start in the past counts from today.
            assertThat(parse("2026-11-16 to friday")).isEqualTo(out("2026-11-23", "2026-11-27"));
        }

        @Test
        void aRangeThatHasAlreadyStartedStartsToday() {
            assertThat(parse("2026-11-20 to friday")).isEqualTo(out("2026-11-23", "2026-11-27"));
            assertThat(parse("-3d to +2d")).isEqualTo(out("2026-11-23", "2026-11-25"));
            assertThat(parse("2026-11-01 to 2026-11-23")).isEqualTo(out("2026-11-23", "2026-11-23"));
            // "Nov 20" alone would be next year's; as the start of a range ending this week it is last Friday's.
            assertThat(parse("Nov 20 to Nov 25")).isEqualTo(out("2026-11-23", "2026-11-25"));
        }

        @Test
        void theHolidaysTypedAfterTheyStartedAreTheseHolidays() {
            LocalDate dec23 = LocalDate.of(2026, 12, 23);
            assertThat(OooCommandParser.parse("Dec 22 to Jan 2", dec23)).isEqualTo(out("2026-12-23", "2027-01-02"));
            LocalDate jan1 = LocalDate.of(2027, 1, 1);
            assertThat(OooCommandParser.parse("Dec 28 to Jan 3", jan1)).isEqualTo(out("2027-01-01", "2027-01-03"));
        }

        @Test
        void upTo366DaysIsAllowed() {
            assertThat(parse("until +12m")).isEqualTo(out("2026-11-23", "2027-11-23"));
            assertThat(parse("2026-12-01 to 2027-12-01")).isEqualTo(out("2026-12-01", "2027-12-01"));
            // Counted after the start moves to today.
            assertThat(parse("2025-06-01 to 2027-11-23")).isEqualTo(out("2026-11-23", "2027-11-23"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"until 2027-11-24", "until +13m", "2026-12-01 to 2027-12-02", "today to +60w",
                "2026-11-23 to 2036-11-20", "2020-01-01 to 2036-11-20"})
        void longerThan366DaysIsRefused(String text) {
            assertThat(invalidWithExample(text)).contains("366 days", "`/ooo Dec 22 to Jan 2`");
        }

        @Test
        void theLengthLimitNamesTheDays() {
            assertThat(invalidWithExample("until 2027-11-24")).contains("367 days", "up to 366 days");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-11-01 to 2026-11-20", "-10d to -1d", "2020-01-01 to 2020-12-31",
                "until 2026-11-22", "until -1d"})
        void aRangeThatIsOverIsRefused(String text) {
            assertThat(invalidWithExample(text)).startsWith("That range is in the past").contains("ended");
        }

        @ParameterizedTest
        @ValueSource(strings = {"friday to tomorrow", "2026-12-10 to 2026-12-01", "Dec 10 to Dec 1", "+5d to +2d",
                "Jan 2 to Dec 22"})
        void aRangeThatEndsBeforeItStartsIsRefused(String text) {
            assertThat(invalidWithExample(text)).contains("ends before it starts", "first day first");
        }

        @Test
        void theInvertedRangeIsShown() {
            assertThat(invalid("friday to tomorrow")).contains("2026-11-27 to 2026-11-24");
        }
    }

    @Nested
    class Until {

        @ParameterizedTest
        @CsvSource({
                "until friday,        2026-11-27",
                "Until Friday,        2026-11-27",
                "until Dec 5,         2026-12-05",
                "until 2026-12-05,    2026-12-05",
                "till tomorrow,       2026-11-24",
                "til +3d,             2026-11-26",
                "through wednesday,   2026-11-25",
                "to friday,           2026-11-27",
                "until today,         2026-11-23"})
        void untilADateIsFromToday(String text, LocalDate to) {
            assertThat(parse(text)).isEqualTo(new OooCommand.Declare(TODAY, to, null));
        }

        @Test
        void untilNeedsADate() {
            assertThat(invalidWithExample("until")).contains("Until when?");
            assertThat(invalidWithExample("until banana")).contains("`banana`");
            assertThat(invalidWithExample("until friday please")).contains("not `please`");
        }
    }

    @Nested
    class People {

        @Test
        void aMentionAnywhereNamesThePerson() {
            assertThat(parse("until friday <@U123|sam>")).isEqualTo(out("2026-11-23", "2026-11-27", "U123"));
            assertThat(parse("<@U123> tomorrow")).isEqualTo(out("2026-11-24", "2026-11-24", "U123"));
            assertThat(parse("Dec 22 <@W0ENTERPRISE|kim> to Jan 2")).isEqualTo(out("2026-12-22", "2027-01-02", "W0ENTERPRISE"));
            assertThat(parse("tomorrow <@U123|sam>,")).isEqualTo(out("2026-11-24", "2026-11-24", "U123"));
        }

        @Test
        void aSecondPersonIsRefusedNotIgnored() {
            assertThat(invalidWithExample("<@U111> friday <@U222>")).contains("one person at a time");
            assertThat(parse("<@U111> friday <@U111>")).as("the same person twice is still one")
                    .isEqualTo(out("2026-11-27", "2026-11-27", "U111"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"friday <@", "friday <@u123>", "friday <@U123", "<@U123|a<b> friday", "friday <@>",
                "<@U1> friday"})
        void aMalformedMentionIsRefused(String text) {
            assertThat(invalidWithExample(text)).contains("as a person", "`/ooo until friday @sam`");
        }

        @ParameterizedTest
        @ValueSource(strings = {"friday <#C123|general>", "<!here> friday", "friday <!channel>"})
        void aChannelOrGroupIsRefused(String text) {
            assertThat(invalidWithExample(text)).contains("one person");
        }

        @Test
        void anUnlinkedNameIsRefused() {
            assertThat(invalidWithExample("friday @sam")).contains("`@sam`", "@ list");
        }

        @Test
        void aPersonWithoutDatesAsksWhen() {
            assertThat(invalidWithExample("<@U123|sam>")).contains("When are they out?");
        }
    }

    @Nested
    class BackAndList {

        @Test
        void backEndsItEarly() {
            assertThat(parse("back")).isEqualTo(new OooCommand.Back(null));
            assertThat(parse("BACK")).isEqualTo(new OooCommand.Back(null));
            assertThat(parse("back!")).isEqualTo(new OooCommand.Back(null));
            assertThat(parse("back <@U123|sam>")).isEqualTo(new OooCommand.Back("U123"));
            assertThat(parse("<@U123> back")).isEqualTo(new OooCommand.Back("U123"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"back tomorrow", "back early", "back <@U123> friday"})
        void backTakesOnlyAPerson(String text) {
            assertThat(invalidWithExample(text)).contains("`/ooo back @sam`");
        }

        @Test
        void listShowsWhoIsOut() {
            assertThat(parse("list")).isEqualTo(new OooCommand.ListOut());
            assertThat(parse("LIST")).isEqualTo(new OooCommand.ListOut());
            assertThat(parse("ls")).isEqualTo(new OooCommand.ListOut());
        }

        @ParameterizedTest
        @ValueSource(strings = {"list all", "list <@U123>", "list friday"})
        void listTakesNothingElse(String text) {
            assertThat(invalidWithExample(text)).contains("`/ooo list`");
        }
    }

    @Nested
    class Unreadable {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "friday banana             | not `banana`",
                "Dec 22 to Jan 2 please    | not `please`",
                "friday friday             | not `friday`",
                "friday to                 | needs a last day after `to`",
                "Dec 22 until              | needs a last day after `until`",
                "friday to banana          | can't read `banana` as a date",
                "friday to Dec             | can't read `Dec` as a date",
                "from friday               | until when?",
                "from                      | Which days?",
                "on                        | Which days?",
                "from banana               | can't read `banana` as a date"})
        void leftoversAndMissingPartsAreRefusedWithAnExample(String text, String says) {
            assertThat(invalidWithExample(text)).containsIgnoringCase(says);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-02-30", "Feb 30", "3/5", "+5x", "2026-13-01 to 2027-01-01", "friday to 2027-02-29",
                "+99999999d", "until 9999-12-31"})
        void invalidDatesAreRefusedWithTheDateMessage(String text) {
            invalid(text);
        }

        @Test
        void aLongWordIsClippedInTheMessage() {
            String message = invalidWithExample("friday " + "z".repeat(5_000));
            assertThat(message).contains("zzz…`");
        }
    }

    @Test
    void todayIsRequired() {
        assertThat(catchThrowable(() -> OooCommandParser.parse("friday", null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
