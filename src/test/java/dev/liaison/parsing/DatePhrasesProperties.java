package dev.liaison.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.liaison.parsing.DatePhrases.ParsedDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class DatePhrasesProperties {

    @Provide
    Arbitrary<LocalDate> today() {
        return dates(1950, 2150);
    }

    @Provide
    Arbitrary<LocalDate> date2000to2100() {
        return dates(2000, 2100);
    }

    @Provide
    Arbitrary<String> nasty() {
        return Arbitraries.oneOf(NastyInput.strings(), Arbitraries.of(NastyInput.NAMES),
                NastyInput.numberWith("", "st", "th", "-02-30", "-1-1", "/5"),
                NastyInput.numberWith("d", "w", "m", "days", "x", "").map(n -> "+" + n));
    }

    @Provide
    Arbitrary<String> huge() {
        return NastyInput.huge();
    }

    @Provide
    Arbitrary<String> casing() {
        return Arbitraries.of("lower", "UPPER", "Title");
    }

    @Property
    void neverThrowsAnythingButInvalidInput(@ForAll @Size(max = 4) List<@From("nasty") String> words,
                                            @ForAll @IntRange(min = -2, max = 5) int from,
                                            @ForAll("today") LocalDate today) {
        NastyInput.onlyInvalidInput(() -> DatePhrases.parse(words, from, today).ifPresent(parsed -> {
            assertThat(parsed.wordsConsumed()).isBetween(1, 2);
            assertThat(from + parsed.wordsConsumed()).isLessThanOrEqualTo(words.size());
        }));
    }

    @Property(tries = 30)
    void hugeWordsAreHandled(@ForAll("huge") String first, @ForAll("huge") String second,
                             @ForAll("today") LocalDate today) {
        String first10 = first.repeat(NastyInput.SCALE);
        String second10 = second.repeat(NastyInput.SCALE);
        NastyInput.withinBudget("DatePhrases.parse", () -> DatePhrases.parse(List.of(first10, second10), 0, today));
        NastyInput.withinBudget("DatePhrases.parse", () -> DatePhrases.parse(List.of("dec", second10), 0, today));
        NastyInput.withinBudget("DatePhrases.parse", () -> DatePhrases.parse(List.of(first10, "dec"), 0, today));
    }

    @Property
    void weekdaysAreOneToSevenDaysAhead(@ForAll DayOfWeek weekday, @ForAll("today") LocalDate today,
                                        @ForAll boolean shortName, @ForAll("casing") String casing) {
        String name = weekday.getDisplayName(shortName ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH);
        Optional<ParsedDate> parsed = DatePhrases.parse(List.of(cased(name, casing)), 0, today);
        assertThat(parsed).isPresent();
        LocalDate date = parsed.get().date();
        assertThat(date.getDayOfWeek()).isEqualTo(weekday);
        assertThat(ChronoUnit.DAYS.between(today, date)).isBetween(1L, 7L);
        assertThat(parsed.get().wordsConsumed()).isEqualTo(1);
    }

    @Property
    void isoDatesRoundTrip(@ForAll("date2000to2100") LocalDate date,
                           @ForAll @IntRange(min = -3650, max = 3650) int daysFromToday,
                           @ForAll boolean unpadded) {
        LocalDate today = date.minusDays(daysFromToday);
        String word = unpadded
                ? date.getYear() + "-" + date.getMonthValue() + "-" + date.getDayOfMonth()
                : date.toString();
        assertThat(DatePhrases.parse(List.of(word), 0, today)).contains(new ParsedDate(date, 1));
    }

    @Property
    void monthAndDayIsTheNextOccurrenceOrAClearError(@ForAll Month month, @ForAll @IntRange(min = 0, max = 32) int day,
                                                     @ForAll("today") LocalDate today, @ForAll boolean dayFirst,
                                                     @ForAll boolean shortName, @ForAll boolean ordinal,
                                                     @ForAll("casing") String casing) {
        String name = cased(month.getDisplayName(shortName ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH),
                casing);
        String dayWord = day + (ordinal ? "th" : "");
        List<String> words = dayFirst ? List.of(dayWord, name) : List.of(name, dayWord);
        boolean realDay = day >= 1 && day <= month.maxLength();
        if (!realDay) {
            assertThatThrownBy(() -> DatePhrases.parse(words, 0, today)).isInstanceOf(InvalidInputException.class);
            return;
        }
        try {
            ParsedDate parsed = DatePhrases.parse(words, 0, today).orElseThrow();
            assertThat(parsed.wordsConsumed()).isEqualTo(2);
            assertThat(parsed.date().getMonth()).isEqualTo(month);
            assertThat(parsed.date().getDayOfMonth()).isEqualTo(day);
            assertThat(ChronoUnit.DAYS.between(today, parsed.date())).isBetween(0L, 365L);
        } catch (InvalidInputException e) {
            assertThat(month).isEqualTo(Month.FEBRUARY);
            assertThat(day).isEqualTo(29);
        }
    }

    @Property
    void monthNamesNextToAnythingNeverThrowAnythingButInvalidInput(@ForAll Month month,
                                                                  @ForAll("nasty") String other,
                                                                  @ForAll("today") LocalDate today) {
        String name = month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        NastyInput.onlyInvalidInput(() -> DatePhrases.parse(List.of(name, other), 0, today));
        NastyInput.onlyInvalidInput(() -> DatePhrases.parse(List.of(other, name), 0, today));
    }

    @Property
    void relativeOffsetsAddToToday(@ForAll @IntRange(min = 0, max = 3650) int days,
                                   @ForAll @IntRange(min = 0, max = 520) int weeks,
                                   @ForAll @IntRange(min = 0, max = 120) int months,
                                   @ForAll("today") LocalDate today) {
        assertThat(DatePhrases.parse(List.of("+" + days + "d"), 0, today))
                .contains(new ParsedDate(today.plusDays(days), 1));
        assertThat(DatePhrases.parse(List.of("+" + weeks + "w"), 0, today))
                .contains(new ParsedDate(today.plusWeeks(weeks), 1));
        assertThat(DatePhrases.parse(List.of("+" + months + "m"), 0, today))
                .contains(new ParsedDate(today.plusMonths(months), 1));
    }

    @Property
    void relativeOffsetsBeyondTenYearsAreRejected(@ForAll @IntRange(min = 3654, max = 2_000_000_000) int days,
                                                  @ForAll("date2000to2100") LocalDate today) {
        assertThatThrownBy(() -> DatePhrases.parse(List.of("+" + days + "d"), 0, today))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is more than 10 years away");
    }

    @Property
    void describeNeverThrowsAndIsConsistent(@ForAll("today") LocalDate date, @ForAll("today") LocalDate today) {
        String text = DatePhrases.describe(date, today);
        long days = ChronoUnit.DAYS.between(today, date);
        assertThat(text.equals("today")).isEqualTo(days == 0);
        if (Math.abs(days) > 60) {
            assertThat(text).isEqualTo("on " + date);
        } else if (days > 1) {
            assertThat(text).isEqualTo("in " + days + " days");
        } else if (days < -1) {
            assertThat(text).isEqualTo(-days + " days ago");
        }
    }

    private static Arbitrary<LocalDate> dates(int fromYear, int toYear) {
        return Arbitraries.longs()
                .between(LocalDate.of(fromYear, 1, 1).toEpochDay(), LocalDate.of(toYear, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static String cased(String name, String casing) {
        return switch (casing) {
            case "lower" -> name.toLowerCase(Locale.ROOT);
            case "UPPER" -> name.toUpperCase(Locale.ROOT);
            default -> name;
        };
    }
}
