package dev.liaison.ooo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.liaison.parsing.InvalidInputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Whatever follows {@code /ooo}, the parser answers with a command or an {@link InvalidInputException} fit to show
 * in Slack, never anything else; and a declared absence is always a sane range: today or later, in order, at most
 * 366 days. The profile-status detector never throws either.
 */
class OooCommandParserProperties {

    // ------------------------------------------------------------------ generators

    /** Words the grammar knows, so generated lines reach every branch rather than stopping at the first word. */
    static Arbitrary<String> grammarWords() {
        return Arbitraries.of(
                "help", "?", "list", "ls", "back", "BACK", "until", "till", "til", "through", "thru", "to", "from",
                "on", "-", "–", "—", "today", "Tomorrow", "friday", "fri", "mon", "tue", "wednesday", "sun",
                "Dec", "dec", "Jan", "Feb", "nov", "May", "1", "2", "5th", "20", "22", "23", "28", "29", "30", "31",
                "2026-11-23", "2026-11-20", "2026-12-22", "2027-01-02", "2027-11-23", "2027-11-24", "2026-02-29",
                "2028-02-29", "2036-11-23", "2037-01-01", "9999-12-31", "0000-01-01", "+3d", "+5d", "-3d", "+2w",
                "+12m", "+13m", "+99999999999d", "+3x", "3/5", "2026.3.5", "friday.", "tomorrow,",
                "<@U123|sam>", "<@U0ABCDEF>", "<@W123>", "<@U123>,", "<#C123|x>", "<@", "<@U1", "<@u123>",
                "<@U123|a<b>", "<!here>", "@sam", "\"Dec 22\"", "\"", "“", "please", "vacation");
    }

    static Arbitrary<String> oddCharacters() {
        return Arbitraries.of("\"", "“", "”", "'", "`", "\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u00A0",
                "\u200B", "\u200D", "\u2028", "\u202E", "\uFEFF", "\uD800", "\uDC00", "\u0301", "😀", "🌴", "👩‍👩‍👧",
                "🇫🇷", "\uFE0F", "&", "<", ">", "|", "\t", "\n", "\r\n", "ß", "İ", "\u212A", "Ａ", "٣", "１２");
    }

    static Arbitrary<String> separator() {
        return Arbitraries.of(" ", " ", " ", "  ", "\t", "\n", "\u00A0", "\u3000", "");
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> fragment = Arbitraries.frequencyOf(
                Tuple.of(8, grammarWords()),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(12)),
                Tuple.of(2, oddCharacters()),
                Tuple.of(1, Arbitraries.strings().withChars("0123456789-+/.dwm<@>|U ").ofMaxLength(16)));
        Arbitrary<String> words = Combinators.combine(fragment, separator()).as((f, s) -> f + s)
                .list().ofMaxSize(8).map(parts -> String.join("", parts));
        Arbitrary<String> huge = Arbitraries.oneOf(
                Arbitraries.strings().all().ofLength(10_240),
                Arbitraries.strings().withChars("friday to <@U1|x>\n+3d-").ofLength(10_240),
                Arbitraries.strings().withChars("0123456789-").ofLength(10_240),
                Arbitraries.just("until " + "9".repeat(10_240)),
                Arbitraries.just("friday " + "to ".repeat(3_400)),
                Arbitraries.just("<@U123> ".repeat(1_300)),
                Arbitraries.just("\"" + "Dec 22 ".repeat(1_460)));
        return Arbitraries.frequencyOf(
                Tuple.of(20, words),
                Tuple.of(4, Arbitraries.strings().all().ofMaxLength(200)),
                Tuple.of(1, huge));
    }

    @Provide
    Arbitrary<LocalDate> today() {
        return Arbitraries.integers().between(0, 365 * 60).map(LocalDate.of(2000, 1, 1)::plusDays);
    }

    @Provide
    Arbitrary<String> statusText() {
        Arbitrary<String> words = Arbitraries.of("OOO", "out", "of", "office", "out-of-office", "vacation", "holiday",
                "on", "leave", "PTO", "sick", "off", "back", "from", "not", "no", "longer", "my", "the", "WFH",
                ":palm_tree:", ":house:", ":skin-tone-2:", "::", ":", "🌴", "✈️", ",", "!");
        Arbitrary<String> shaped = Combinators.combine(Arbitraries.oneOf(words, oddCharacters()), separator())
                .as((w, s) -> w + s).list().ofMaxSize(10).map(parts -> String.join("", parts));
        return Arbitraries.frequencyOf(
                Tuple.of(6, shaped),
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(100)),
                Tuple.of(1, Arbitraries.oneOf(Arbitraries.strings().all().ofLength(10_240),
                        Arbitraries.just(":" + "a".repeat(10_000)), Arbitraries.just("not ".repeat(2_500) + "OOO"),
                        Arbitraries.just(":palm_tree".repeat(1_000)))))
                .injectNull(0.1);
    }

    @Provide
    Arbitrary<String> statusEmoji() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(":palm_tree:", ":airplane:", ":sunny:", ":house_with_garden:", ":house:",
                        ":computer:", ":PALM_TREE::skin-tone-3:", "palm_tree", "", ":", "::", "🌴", "🏡")),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(30)))
                .injectNull(0.15);
    }

    // ------------------------------------------------------------------ the parser

    @Property(tries = 3000)
    void parseAnswersOrRefusesWithAMessageAndDeclaresOnlySaneRanges(@ForAll("anyText") String text,
                                                                    @ForAll("today") LocalDate today) {
        OooCommand command;
        try {
            command = OooCommandParser.parse(text, today);
        } catch (InvalidInputException refused) {
            Statistics.label("outcome").collect("refused");
            assertThat(refused.getMessage()).as("message for %s", abbreviate(text))
                    .isNotBlank().hasSizeLessThan(250).endsWith(".").doesNotContain("\n", "\u0000");
            return;
        } catch (RuntimeException | StackOverflowError other) {
            fail("parse(" + abbreviate(text) + ", " + today + ") threw " + other, other);
            return;
        }
        assertThat(command).isNotNull();
        Statistics.label("outcome").collect(command.getClass().getSimpleName());
        if (command instanceof OooCommand.Declare declare) {
            assertSane(declare, today, text);
        } else if (command instanceof OooCommand.Help help) {
            assertThat(help.text()).endsWith(OooCommandParser.USAGE);
        }
    }

    @Property(tries = 2000)
    void grammarShapedLinesAtTheYearsEdgesDeclareOnlySaneRanges(@ForAll("dateLine") String text,
                                                               @ForAll("yearEdge") LocalDate today) {
        try {
            OooCommand command = OooCommandParser.parse(text, today);
            Statistics.label("outcome").collect(command.getClass().getSimpleName());
            if (command instanceof OooCommand.Declare declare) {
                assertSane(declare, today, text);
            }
        } catch (InvalidInputException refused) {
            Statistics.label("outcome").collect("refused");
            assertThat(refused.getMessage()).isNotBlank().hasSizeLessThan(250).endsWith(".");
        }
    }

    @Provide
    Arbitrary<String> dateLine() {
        Arbitrary<String> date = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("Jan", "Feb", "Nov", "Dec", "december"),
                        Arbitraries.integers().between(1, 31)).as((m, d) -> m + " " + d),
                Arbitraries.of("today", "tomorrow", "fri", "monday", "sun", "+1d", "-2d", "+52w", "+12m", "+13m"),
                Arbitraries.integers().between(-400, 800).map(d -> LocalDate.of(2026, 11, 23).plusDays(d).toString()));
        return Combinators.combine(Arbitraries.of("", "from ", "until ", "on "), date,
                        Arbitraries.of("", " to ", " - ", " until "), date, Arbitraries.of("", " <@U123>"))
                .as((lead, a, between, b, who) -> lead + a + (between.isEmpty() ? "" : between + b) + who);
    }

    @Provide
    Arbitrary<LocalDate> yearEdge() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-20, 20).map(d -> LocalDate.of(2026, 12, 31).plusDays(d)),
                Arbitraries.integers().between(-3, 3).map(d -> LocalDate.of(2028, 2, 29).plusDays(d)),
                Arbitraries.just(LocalDate.of(2026, 11, 23)));
    }

    static void assertSane(OooCommand.Declare declare, LocalDate today, String text) {
        String why = "declared by " + abbreviate(text) + " on " + today;
        assertThat(declare.from()).as(why).isAfterOrEqualTo(today).isBeforeOrEqualTo(declare.to());
        assertThat(ChronoUnit.DAYS.between(declare.from(), declare.to()) + 1).as(why)
                .isLessThanOrEqualTo(OooCommandParser.MAX_DAYS);
        if (declare.userId() != null) {
            assertThat(text).as(why).contains("<@" + declare.userId());
        }
    }

    // ------------------------------------------------------------------ the profile status

    @Property(tries = 3000)
    void looksOutOfOfficeNeverThrows(@ForAll("statusEmoji") String emoji, @ForAll("statusText") String text) {
        try {
            boolean away = OooStatus.looksOutOfOffice(emoji, text);
            Statistics.label("away").collect(away);
        } catch (RuntimeException | StackOverflowError e) {
            fail("looksOutOfOffice(" + abbreviate(emoji) + ", " + abbreviate(text) + ") threw " + e, e);
        }
    }

    @Property(tries = 500)
    void anAwayWordAmongOtherWordsIsAway(@ForAll("awayWord") String keyword, @ForAll("neutralWords") List<String> before,
                                         @ForAll("neutralWords") List<String> after, @ForAll("statusEmoji") String emoji) {
        String text = String.join(" ", before) + " " + keyword + ", " + String.join(" ", after);
        assertThat(OooStatus.looksOutOfOffice(emoji, text)).as(text).isTrue();
    }

    @Provide
    Arbitrary<String> awayWord() {
        return Arbitraries.of("OOO", "ooo", "Out of office", "out-of-office", "VACATION", "vacay", "holiday",
                "Holidays", "on leave", "parental leave", "annual leave", "PTO", "sick", "off sick");
    }

    @Provide
    Arbitrary<List<String>> neutralWords() {
        // No "from", "not" or "no": "back from <keyword>" and "not <keyword>" are negated on purpose.
        return Arbitraries.of("until", "Monday", "back", "Dec", "5", "see", "you", "soon", "🎄", "-", "(", ")", "WFH",
                "office", "home", "email", "me", "my", "the", "working").list().ofMaxSize(4);
    }

    static String abbreviate(String line) {
        if (line == null) {
            return "null";
        }
        String shown = line.length() > 200 ? line.substring(0, 200) + "…(" + line.length() + " chars)" : line;
        return shown.replace("\n", "\\n");
    }
}
