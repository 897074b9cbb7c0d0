package dev.liaison.parsing;

import static org.assertj.core.api.Assertions.assertThat;


import net.jqwik.api.Arbitraries;

import java.time.Duration;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Assumptions;

/** Shared generators of hostile input for the property tests. */
public final class NastyInput {

    /** Fragments that steer generated strings towards the interesting corners of each parser. */
    private static final String[] PIECES = {
            "", " ", "  ", "\u00A0", "\t", "\n", "\r\n", "\u202F", "\u3000", "\"", "“", "”", "'", "‘", "’",
            "<@", "<#", ">", "|", "U123ABC", "W9", "C42", "G7", "<@U123ABC>", "<#C1|x>",
            "+", "-", "\u2212", "$", "€", "£", "¥", "k", "K", "m", "M", "h", "hrs", "min", "mins", "d", "w", "wk",
            "days", "weeks", ",", ".", ":", "/", "0", "1", "5", "12", "29", "30", "60", "365", "1440", "2026",
            "-02-", "-13-", "99999999999999999999", "0.5", ",000", "st", "th", "dec", "Feb", "MAY", "mon", "tues",
            "today", "tomorrow", "😀", "👍🏽", "🇺🇸", "\u0000", "\u0007", "\u200B", "\u202E", "\uFEFF", "\uD800",
            "\uDFFF", "İ", "\u212A", "٣", "１", "½", "\\", "%", "&amp;", "&lt;", "NaN", "Infinity", "1e9"};

    static final String[] NAMES = {
            "today", "Tomorrow", "mon", "Tues", "wednesday", "THU", "thurs", "fri", "sat", "Sunday",
            "jan", "Feb", "march", "apr", "MAY", "june", "jul", "aug", "sep", "sept", "Oct", "nov", "December"};

    private NastyInput() {
    }

    /** Short strings of any kind: arbitrary chars (lone surrogates included) or parser-shaped fragments. */
    public static Arbitrary<String> strings() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(30)),
                Tuple.of(4, Arbitraries.of(PIECES).list().ofMaxSize(8).map(l -> String.join("", l))),
                Tuple.of(1, Arbitraries.strings().withChars("0123456789.,$kmhdw+-\"“” ")
                        .ofMaxLength(25)),
                Tuple.of(5, numberShaped()),
                Tuple.of(2, Arbitraries.of(NAMES)));
    }

    /**
     * Things that nearly parse: [sign][currency][number][unit][trailer]. Random characters almost never hit
     * the accepting or rejecting branches, so without these the "never throws" properties would prove little.
     */
    static Arbitrary<String> numberShaped() {
        Arbitrary<String> sign = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just("")), Tuple.of(1, Arbitraries.of("+", "-", "\u2212")));
        Arbitrary<String> symbol = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just("")), Tuple.of(1, Arbitraries.of("$", "€", "£", "¥")));
        Arbitrary<String> unit = Arbitraries.of("", "h", "m", "d", "w", "k", "K", "M", "hrs", "min",
                "mins", "days", "weeks", "wk", "hours", "h30m", "h 30m", "h30", "h.5m", "st", "th", "x", "b",
                "-02-30", "-12-31", "-1-1", "/5", "/5/2026", "d!", "mo");
        Arbitrary<String> trailer = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of(",", ".", "!", "😀", "\u0000", "\"", "\u00A0")));
        return Combinators.combine(sign, symbol, number(), unit, trailer).as((a, b, c, d, e) -> a + b + c + d + e);
    }

    /** A number followed by one of {@code units}: the happy path of a parser, plus its range limits. */
    static Arbitrary<String> numberWith(String... units) {
        return Combinators.combine(number(), Arbitraries.of(units)).as((n, u) -> n + u);
    }

    private static Arbitrary<String> number() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(0, 100).map(String::valueOf)),
                Tuple.of(3, Arbitraries.integers().between(0, 2_000_000).map(String::valueOf)),
                Tuple.of(2, Arbitraries.integers().between(0, 2_000_000).map(i -> String.format("%,d", i))),
                Tuple.of(2, Arbitraries.integers().between(0, 100_000).map(i -> i / 100 + "." + i % 100)),
                Tuple.of(1, Arbitraries.of(".5", "0.0", "00", "1,00", "1.2.3", "5,", ",5", "1..2", "0.001")),
                Tuple.of(1, Arbitraries.strings().withChars("0123456789").ofMinLength(10).ofMaxLength(40)));
    }

    /** 10k-character strings, to catch regex backtracking blow-ups and anything quadratic. */
    public static Arbitrary<String> huge() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofLength(10_000),
                Arbitraries.strings().withChars("0123456789,.").ofLength(10_000).map(s -> s + "x"),
                Arbitraries.strings().withChars("0123456789").ofLength(10_000).map(s -> "$" + s + "k!"),
                Arbitraries.strings().withChars("1-/").ofLength(10_000),
                Arbitraries.strings().withChars("\" “”ab").ofLength(10_000),
                Arbitraries.of(PIECES).list().ofSize(2_000).map(l -> String.join("", l)));
    }

    /** Huge inputs are made ten times larger again for the budget, so that quadratic work cannot hide in it. */
    static final int SCALE = 10;
    /**
     * CPU time one parser call may take on a {@link #SCALE}d huge input (about 100,000 characters). A linear
     * parser needs well under a millisecond; a quadratic one needs seconds. CPU time of the calling thread,
     * not wall time, so a loaded machine does not make it fail; still, a first call runs interpreted and a
     * starved thread loses its caches, and 250 ms was once exceeded (270 ms) under a load of 20 on 2 cores,
     * so the budget is 1 s: four times that, and still a tenth of what a quadratic parser needs.
     */
    static final Duration CALL_BUDGET = Duration.ofSeconds(1);

    /** As {@link #onlyInvalidInput}, and within {@link #CALL_BUDGET} of this thread's CPU time. */
    static void withinBudget(String what, Runnable action) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threads.isCurrentThreadCpuTimeSupported(), "no thread CPU time here");
        long before = threads.getCurrentThreadCpuTime();
        onlyInvalidInput(action);
        Duration used = Duration.ofNanos(threads.getCurrentThreadCpuTime() - before);
        assertThat(used).as("CPU time of %s", what).isLessThan(CALL_BUDGET);
    }

    /** Runs {@code action}; an {@link InvalidInputException} is allowed if its message is fit for a Slack user. */
    static void onlyInvalidInput(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(250).endsWith(".")
                    .doesNotContain("\n", "\u0000", "Exception", "java.");
        }
    }
}
