package dev.liaison.parsing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date phrases people type into slash commands, relative to the user's {@code today}.
 *
 * <p>Contract: {@link Optional#empty()} means "not a date at all" (the caller may try another reading);
 * {@link InvalidInputException} means "clearly meant as a date, but wrong", with a message for the user.
 * Nothing else is ever thrown for any word content.
 */
public final class DatePhrases {

    /** ISO and relative dates are accepted only this far from today; further is almost always a typo. */
    private static final int MAX_YEARS_AWAY = 10;
    private static final int DESCRIBE_DAYS_LIMIT = 60;

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    // Other numeric shapes (3/5, 05-03-2026, 2026.3.5) are meant as dates but ambiguous, so we ask for ISO.
    private static final Pattern DATE_LIKE = Pattern.compile("\\d+([-/.])\\d+\\1\\d+|\\d+/\\d+");
    private static final Pattern RELATIVE = Pattern.compile("([+-])(\\d+)([a-z]*)");
    private static final Pattern DAY = Pattern.compile("(\\d+)(?:st|nd|rd|th)?");

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thur", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("sun", DayOfWeek.SUNDAY));

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("january", Month.JANUARY), Map.entry("jan", Month.JANUARY),
            Map.entry("february", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY),
            Map.entry("march", Month.MARCH), Map.entry("mar", Month.MARCH),
            Map.entry("april", Month.APRIL), Map.entry("apr", Month.APRIL),
            Map.entry("may", Month.MAY),
            Map.entry("june", Month.JUNE), Map.entry("jun", Month.JUNE),
            Map.entry("july", Month.JULY), Map.entry("jul", Month.JULY),
            Map.entry("august", Month.AUGUST), Map.entry("aug", Month.AUGUST),
            Map.entry("september", Month.SEPTEMBER), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("sept", Month.SEPTEMBER),
            Map.entry("october", Month.OCTOBER), Map.entry("oct", Month.OCTOBER),
            Map.entry("november", Month.NOVEMBER), Map.entry("nov", Month.NOVEMBER),
            Map.entry("december", Month.DECEMBER), Map.entry("dec", Month.DECEMBER));

    private DatePhrases() {
    }

    /** A date and how many words (1 or 2) of the input it used. */
    public record ParsedDate(LocalDate date, int wordsConsumed) {
    }

    /**
     * Reads a date phrase starting at {@code words.get(from)}.
     *
     * <p>Accepts {@code today}, {@code tomorrow}, weekday names (next occurrence strictly after today),
     * {@code YYYY-MM-DD}, month and day in either order ({@code Dec 5}, {@code 5th December}; next occurrence on
     * or after today) and relative offsets {@code +3d}, {@code +2w}, {@code +1m} (also {@code -3d} for the past).
     * Case-insensitive; a trailing {@code , . ; ! ?} on a word is ignored. Out-of-range {@code from}, null lists
     * and null words give empty.
     */
    public static Optional<ParsedDate> parse(List<String> words, int from, LocalDate today) {
        if (today == null) {
            throw new IllegalArgumentException("today is required");
        }
        String first = wordAt(words, from);
        if (first == null || first.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> single = single(first, today);
        if (single.isPresent()) {
            return Optional.of(new ParsedDate(single.get(), 1));
        }
        String second = wordAt(words, from + 1);
        if (second != null && !second.isEmpty()) {
            Optional<LocalDate> pair = monthAndDay(first, second, today);
            if (pair.isPresent()) {
                return Optional.of(new ParsedDate(pair.get(), 2));
            }
        }
        return Optional.empty();
    }

    /** Human wording for cards: "today", "tomorrow", "in 5 days", "3 days ago", or "on 2027-03-01" when far off. */
    public static String describe(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days == 0) {
            return "today";
        } else if (days == 1) {
            return "tomorrow";
        } else if (days == -1) {
            return "yesterday";
        } else if (Math.abs(days) > DESCRIBE_DAYS_LIMIT) {
            return "on " + date;
        } else if (days > 0) {
            return "in " + Plural.count(days, "day");
        } else {
            return Plural.count(-days, "day") + " ago";
        }
    }

    private static Optional<LocalDate> single(String word, LocalDate today) {
        String lower = TextBits.asciiLower(word);
        if (lower.equals("today")) {
            return Optional.of(today);
        }
        if (lower.equals("tomorrow")) {
            return Optional.of(today.plusDays(1));
        }
        DayOfWeek weekday = WEEKDAYS.get(lower);
        if (weekday != null) {
            int ahead = (weekday.getValue() - today.getDayOfWeek().getValue() + 7) % 7;
            return Optional.of(today.plusDays(ahead == 0 ? 7 : ahead));
        }
        Matcher iso = ISO.matcher(word);
        if (iso.matches()) {
            return Optional.of(iso(word, iso, today));
        }
        if (DATE_LIKE.matcher(word).matches()) {
            throw new InvalidInputException("I can't read " + TextBits.shown(word) + " as a date. "
                    + "Use YYYY-MM-DD, like " + today + ".");
        }
        Matcher rel = RELATIVE.matcher(lower);
        if (rel.matches()) {
            return Optional.of(relative(word, rel, today));
        }
        return Optional.empty();
    }

    private static LocalDate iso(String word, Matcher m, LocalDate today) {
        // The regex bounds every group to at most 4 digits, so parseInt cannot overflow.
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            throw new InvalidInputException(TextBits.shown(word) + " is not a real date. "
                    + "Use YYYY-MM-DD, like " + today + ".");
        }
        return withinRange(word, LocalDate.of(year, month, day), today);
    }

    private static LocalDate relative(String word, Matcher m, LocalDate today) {
        boolean back = m.group(1).equals("-");
        String digits = m.group(2);
        String unit = m.group(3);
        ChronoUnit chrono = switch (unit) {
            case "d", "day", "days" -> ChronoUnit.DAYS;
            case "w", "wk", "wks", "week", "weeks" -> ChronoUnit.WEEKS;
            case "m", "mo", "mos", "month", "months" -> ChronoUnit.MONTHS;
            default -> null;
        };
        if (chrono == null) {
            throw new InvalidInputException("I can't read " + TextBits.shown(word) + " as a date. "
                    + "Use a number and a unit, like +3d, +2w or +1m.");
        }
        // Anything this long is far beyond the range anyway; checking first keeps plusDays from overflowing.
        long amount = digits.length() > 6 ? Long.MAX_VALUE : Long.parseLong(digits);
        long maxAmount = switch (chrono) {
            case DAYS -> 366L * MAX_YEARS_AWAY;
            case WEEKS -> 53L * MAX_YEARS_AWAY;
            default -> 12L * MAX_YEARS_AWAY;
        };
        if (amount > maxAmount) {
            throw tooFar(word, back, today);
        }
        LocalDate date = today.plus(back ? -amount : amount, chrono);
        return withinRange(word, date, today);
    }

    private static Optional<LocalDate> monthAndDay(String first, String second, LocalDate today) {
        Month month = MONTHS.get(TextBits.asciiLower(first));
        String dayWord = second;
        if (month == null) {
            month = MONTHS.get(TextBits.asciiLower(second));
            dayWord = first;
        }
        if (month == null) {
            return Optional.empty();
        }
        Matcher dm = DAY.matcher(TextBits.asciiLower(dayWord));
        if (!dm.matches()) {
            // "may I" or "Dec" alone: a month name without a day is not a date phrase.
            return Optional.empty();
        }
        String typed = first + " " + second;
        String digits = dm.group(1);
        int day = digits.length() > 2 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (day < 1 || day > month.maxLength()) {
            throw new InvalidInputException(TextBits.shown(typed) + " is not a real date. "
                    + monthName(month) + " has days 1 to " + month.maxLength() + ".");
        }
        MonthDay monthDay = MonthDay.of(month, day);
        int year = monthDay.isBefore(MonthDay.from(today)) ? today.getYear() + 1 : today.getYear();
        if (!monthDay.isValidYear(year)) {
            int leap = year + 1;
            while (!monthDay.isValidYear(leap)) {
                leap++;
            }
            throw new InvalidInputException(year + " has no " + TextBits.shown(typed) + ". "
                    + "Use YYYY-MM-DD, like " + monthDay.atYear(leap) + ".");
        }
        return Optional.of(monthDay.atYear(year));
    }

    private static LocalDate withinRange(String word, LocalDate date, LocalDate today) {
        if (date.isAfter(today.plusYears(MAX_YEARS_AWAY))) {
            throw tooFar(word, false, today);
        }
        if (date.isBefore(today.minusYears(MAX_YEARS_AWAY))) {
            throw tooFar(word, true, today);
        }
        return date;
    }

    private static InvalidInputException tooFar(String word, boolean past, LocalDate today) {
        if (past) {
            return new InvalidInputException(TextBits.shown(word) + " is more than " + MAX_YEARS_AWAY
                    + " years ago. Pick a date from " + today.minusYears(MAX_YEARS_AWAY) + " on.");
        }
        return new InvalidInputException(TextBits.shown(word) + " is more than " + MAX_YEARS_AWAY
                + " years away. Pick a date up to " + today.plusYears(MAX_YEARS_AWAY) + ".");
    }

    /** The word at {@code index}, stripped of whitespace and trailing sentence punctuation; null if absent. */
    private static String wordAt(List<String> words, int index) {
        if (words == null || index < 0 || index >= words.size()) {
            return null;
        }
        String word = words.get(index);
        if (word == null) {
            return null;
        }
        String s = TextBits.strip(word);
        int end = s.length();
        while (end > 0 && ",.;!?".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
