package dev.liaison.ooo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.liaison.parsing.CommandTokenizer;
import dev.liaison.parsing.DatePhrases;
import dev.liaison.parsing.DatePhrases.ParsedDate;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.parsing.Mentions;
import dev.liaison.parsing.Token;
import dev.liaison.parsing.UnknownSubCommand;

/**
 * The grammar of {@code /ooo} (docs/commands.md "/ooo"), as a pure function of the typed text and the caller's
 * {@code today} (in their time zone).
 *
 * <p>Forms, case-insensitive, with one optional person mention ({@code <@U…>} or {@code <@U…|name>}) anywhere;
 * when several are given the first one counts:
 * <ul>
 *   <li>{@code <date>}: that one day ({@code today}, {@code tomorrow}, {@code friday}, {@code 2026-12-05},
 *       {@code Dec 5}, {@code +3d}: whatever {@link DatePhrases} reads); {@code on <date>} too;</li>
 *   <li>{@code <date> to <date>} (or {@code -}, {@code until}, {@code till}, {@code through}, {@code thru}
 *       between them, and an optional leading {@code from}): both days included. A weekday as the last day is
 *       the first such day on or after the start (or today, if the start is past): {@code wed to tue} is
 *       seven days. A month and day as the first day that, read as its next occurrence, would fall after the
 *       last day is read as its nearest occurrence instead, if that is the previous one: {@code Dec 22 to Jan 2}
 *       typed on Dec 23 is the holiday that has already started, while {@code Dec 10 to Dec 1} typed in November
 *       stays a range that ends before it starts;</li>
 *   <li>{@code until <date>} (or {@code till}, {@code through}, {@code to}): today to that day;</li>
 *   <li>{@code back}: back early; {@code list}: who is out; {@code help}, {@code ?} or nothing: the usage.</li>
 * </ul>
 *
 * <p>A range that starts in the past but ends today or later starts today. Refused with an
 * {@link InvalidInputException} whose message has an example: a range ending before today, one ending before it
 * starts, one longer than {@value #MAX_DAYS} days, words left over after the dates, a malformed mention, and
 * invalid dates ({@link DatePhrases}' own messages). An unknown first word is answered with the usage.
 */
public final class OooCommandParser {

    public static final String USAGE = String.join("\n",
            "*`/ooo` commands*",
            "• `/ooo today`, `/ooo tomorrow`, `/ooo friday`: out for one day",
            "• `/ooo Dec 22 to Jan 2`: out for a range, both days included",
            "• `/ooo until friday @sam`: out from today; naming someone else is for their lead or an admin",
            "• `/ooo back`: back early (`/ooo back @sam` for someone else)",
            "• `/ooo list`: who is out now and in the next 14 days",
            "Dates: `today`, `tomorrow`, `friday`, `2026-12-05`, `Dec 5`, `+3d`, in your time zone.");

    /** The longest absence one command may declare, in days, both ends included. */
    public static final int MAX_DAYS = 366;

    private static final String RANGE_EXAMPLE = "`/ooo Dec 22 to Jan 2`";
    private static final String PERSON_EXAMPLE = "`/ooo until friday @sam`";

    private static final Set<String> BETWEEN = Set.of("to", "-", "–", "—", "until", "till", "til", "through", "thru");
    private static final Set<String> UNTIL = Set.of("until", "till", "til", "through", "thru", "to");
    private static final Set<String> WEEKDAYS = Set.of("monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed",
            "thursday", "thu", "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun");
    private static final int MAX_SHOWN = 30;

    private OooCommandParser() {
    }

    /**
     * Reads the text after {@code /ooo}.
     *
     * @param today the caller's today, in their time zone
     * @throws InvalidInputException with a message for the person when the text means something but is wrong
     */
    public static OooCommand parse(String text, LocalDate today) {
        if (today == null) {
            throw new IllegalArgumentException("today is required");
        }
        String userId = null;
        List<String> words = new ArrayList<>();
        for (Token token : CommandTokenizer.tokenize(text)) {
            String word = token.text();
            if (word.isBlank()) {
                continue;
            }
            Optional<String> person = person(word);
            if (person.isPresent()) {
                if (userId != null && !userId.equals(person.get())) {
                    throw new InvalidInputException("`/ooo` is for one person at a time: send one for each, like "
                            + PERSON_EXAMPLE + ".");
                }
                userId = person.get();
            } else {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            if (userId == null) {
                return new OooCommand.Help(USAGE);
            }
            throw new InvalidInputException("When are they out? Put the dates with the person, like "
                    + PERSON_EXAMPLE + ".");
        }
        switch (keyword(words.get(0))) {
            case "help", "?", "usage":
                return new OooCommand.Help(USAGE);
            case "list", "ls":
                if (words.size() > 1 || userId != null) {
                    throw new InvalidInputException("`/ooo list` shows everyone who is out now and in the next"
                            + " 14 days, so it takes nothing else. Type just `/ooo list`.");
                }
                return new OooCommand.ListOut();
            case "back":
                if (words.size() > 1) {
                    throw new InvalidInputException("`/ooo back` takes only a person, if it is not you:"
                            + " `/ooo back` or `/ooo back @sam`.");
                }
                return new OooCommand.Back(userId);
            default:
                return declare(words, userId, today);
        }
    }

    // ------------------------------------------------------------------ dates

    private static OooCommand declare(List<String> words, String userId, LocalDate today) {
        String first = keyword(words.get(0));
        if (UNTIL.contains(first)) {
            if (words.size() == 1) {
                throw new InvalidInputException("Until when? Try " + PERSON_EXAMPLE + ".");
            }
            ParsedDate end = DatePhrases.parse(words, 1, today).orElseThrow(() -> notADate(words.get(1)));
            requireNothingAfter(words, 1 + end.wordsConsumed());
            return range(today, end.date(), false, userId, today);
        }
        boolean from = first.equals("from");
        int i = from || first.equals("on") ? 1 : 0;
        if (i == words.size()) {
            throw new InvalidInputException("Which days? Try " + RANGE_EXAMPLE + ".");
        }
        Optional<ParsedDate> start = DatePhrases.parse(words, i, today);
        if (start.isEmpty()) {
            if (i == 0) {
                return new OooCommand.Help(UnknownSubCommand.answer(words.get(0),
                        "It is not a date I can read either.", USAGE));
            }
            throw notADate(words.get(i));
        }
        LocalDate startDate = start.get().date();
        boolean monthAndDay = start.get().wordsConsumed() == 2;
        i += start.get().wordsConsumed();
        if (i == words.size()) {
            if (from) {
                throw new InvalidInputException("From then until when? Try " + RANGE_EXAMPLE + ".");
            }
            if (startDate.isBefore(today)) {
                throw new InvalidInputException("That day is in the past (" + startDate + "). Pick today or later,"
                        + " like `/ooo tomorrow`.");
            }
            return new OooCommand.Declare(startDate, startDate, userId);
        }
        String between = keyword(words.get(i));
        if (!BETWEEN.contains(between)) {
            throw leftOver(words.get(i));
        }
        i++;
        if (i == words.size()) {
            throw new InvalidInputException("The range needs a last day after `" + clip(between) + "`, like "
                    + RANGE_EXAMPLE + ".");
        }
        int last = i;
        ParsedDate end = lastDay(words, last, startDate, today).orElseThrow(() -> notADate(words.get(last)));
        requireNothingAfter(words, last + end.wordsConsumed());
        return range(startDate, end.date(), monthAndDay, userId, today);
    }

    /** The last day of a range; a weekday counts from the start of the range rather than from today. */
    private static Optional<ParsedDate> lastDay(List<String> words, int index, LocalDate start, LocalDate today) {
        if (WEEKDAYS.contains(keyword(words.get(index)))) {
            LocalDate base = start.isBefore(today) ? today : start;
            // DatePhrases reads a weekday as the next one strictly after its "today": the day before base
            // makes it the first one on or after base.
            return DatePhrases.parse(words, index, base.minusDays(1));
        }
        return DatePhrases.parse(words, index, today);
    }

    private static OooCommand range(LocalDate from, LocalDate to, boolean fromIsMonthAndDay, String userId,
                                    LocalDate today) {
        if (to.isBefore(from) && fromIsMonthAndDay) {
            // "Dec 22" is read as the next Dec 22. When that lands after the last day, the person means the
            // nearest Dec 22, if that is last year's: "Dec 22 to Jan 2" typed on Dec 23 (already started).
            LocalDate previous = from.minusYears(1);
            if (ChronoUnit.DAYS.between(previous, today) < ChronoUnit.DAYS.between(today, from)
                    && !previous.isAfter(to)) {
                from = previous;
            }
        }
        if (to.isBefore(today)) {
            throw new InvalidInputException("That range is in the past (it ended " + to + "). Pick days from"
                    + " today on, like " + RANGE_EXAMPLE + ".");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("That range ends before it starts (" + from + " to " + to + ")."
                    + " Put the first day first, like " + RANGE_EXAMPLE + ".");
        }
        if (from.isBefore(today)) {
            from = today;
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw new InvalidInputException("That is " + days + " days out; one absence can last up to " + MAX_DAYS
                    + " days. Declare a shorter range, like " + RANGE_EXAMPLE + ".");
        }
        return new OooCommand.Declare(from, to, userId);
    }

    private static void requireNothingAfter(List<String> words, int index) {
        if (index < words.size()) {
            throw leftOver(words.get(index));
        }
    }

    private static InvalidInputException leftOver(String word) {
        return new InvalidInputException("I read the dates but not `" + clip(word) + "`. Try " + RANGE_EXAMPLE
                + " or " + PERSON_EXAMPLE + ".");
    }

    private static InvalidInputException notADate(String word) {
        return new InvalidInputException("I can't read `" + clip(word) + "` as a date. Try " + RANGE_EXAMPLE
                + "; dates can be today, tomorrow, friday, 2026-12-05, Dec 5 or +3d.");
    }

    // ------------------------------------------------------------------ people

    /**
     * The user id of a mention (trailing sentence punctuation is ignored); empty for a word that is not one.
     *
     * @throws InvalidInputException for something that starts like a mention but is not a person's
     */
    private static Optional<String> person(String word) {
        String s = trimPunctuation(word.strip());
        if (s.startsWith("<@")) {
            return Optional.of(Mentions.user(s).map(Mentions.UserMention::userId).orElseThrow(() ->
                    new InvalidInputException("I can't read `" + clip(word) + "` as a person. Pick them from the @"
                            + " list so Slack links them, like " + PERSON_EXAMPLE + ".")));
        }
        if (s.startsWith("<#") || s.startsWith("<!")) {
            throw new InvalidInputException("`/ooo` is for one person, not a channel or a group. Name them like "
                    + PERSON_EXAMPLE + ".");
        }
        if (s.length() > 1 && s.charAt(0) == '@') {
            throw new InvalidInputException("I can't tell who `" + clip(word) + "` is. Pick them from the @ list"
                    + " so Slack links them, like " + PERSON_EXAMPLE + ".");
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ text

    /** A word as a keyword: ASCII lower-cased (look-alikes stay different), trailing punctuation dropped. */
    private static String keyword(String word) {
        String s = trimPunctuation(word.strip());
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return sb.toString();
    }

    private static String trimPunctuation(String s) {
        int end = s.length();
        while (end > 1 && ",.;!?".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /** User text for a message: one line, no control characters or backticks, at most 30 code points. */
    private static String clip(String typed) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int i = 0; i < typed.length(); ) {
            int cp = typed.codePointAt(i);
            i += Character.charCount(cp);
            if (count == MAX_SHOWN) {
                return sb.append('…').toString();
            }
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                sb.append(' ');
            } else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                sb.append('?');
            } else if (cp == '`') {
                sb.append('\'');
            } else {
                sb.appendCodePoint(cp);
            }
            count++;
        }
        return sb.toString();
    }
}
