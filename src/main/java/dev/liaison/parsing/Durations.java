package dev.liaison.parsing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations of touches ({@code 1h30m}) and cadences ({@code 2w}).
 *
 * <p>Empty means "not a duration"; {@link InvalidInputException} means "a duration, but out of range".
 * A unit is always required: a bare {@code 30} is empty, because it could be anything.
 */
public final class Durations {

    private static final int MAX_TOUCH_MINUTES = 24 * 60;
    private static final int MAX_CADENCE_DAYS = 365;

    private static final String NUM = "(\\d+(?:\\.\\d+)?|\\.\\d+)";
    private static final String HOURS = "(?:hours|hour|hrs|hr|h)";
    private static final String MINS = "(?:minutes|minute|mins|min|m)";
    /**
     * {@code 1h}, {@code 1.5h}, {@code 90m}, {@code 1h30m}, {@code 1h30} (minutes implied after hours). Whitespace
     * between the hours and minutes parts is allowed so that {@link #format}'s "1h 30m" reads back.
     */
    private static final Pattern TOUCH = Pattern.compile(
            NUM + HOURS + "(?:[\\s\\u00A0]*" + NUM + MINS + "?)?|" + NUM + MINS, Pattern.CASE_INSENSITIVE);
    private static final Pattern CADENCE = Pattern.compile(
            NUM + "(days|day|d|weeks|week|wks|wk|w)", Pattern.CASE_INSENSITIVE);

    private Durations() {
    }

    /**
     * Minutes of a touch: {@code 1h}, {@code 30m}, {@code 1.5h}, {@code 1h30m}, {@code 90m}, {@code 2hrs},
     * {@code 45min}, {@code 45mins}. Fractions round to the nearest minute, but never down to 0.
     *
     * @throws InvalidInputException for 0 or more than 24h
     */
    public static Optional<Integer> minutes(String word) {
        if (word == null) {
            return Optional.empty();
        }
        Matcher m = TOUCH.matcher(TextBits.strip(word));
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal total;
        if (m.group(1) != null) {
            total = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(60));
            if (m.group(2) != null) {
                total = total.add(new BigDecimal(m.group(2)));
            }
        } else {
            total = new BigDecimal(m.group(3));
        }
        if (total.signum() == 0 || total.compareTo(BigDecimal.valueOf(MAX_TOUCH_MINUTES)) > 0) {
            throw new InvalidInputException("A touch can last between 1m and 24h.");
        }
        int rounded = total.setScale(0, RoundingMode.HALF_UP).intValueExact();
        return Optional.of(Math.max(1, rounded));
    }

    /**
     * Days of a cadence: {@code 7d}, {@code 14d}, {@code 2w} (= 14); also {@code days}/{@code weeks} spelled out.
     * Months are deliberately not accepted ("1m" reads as minutes elsewhere, and months vary in length).
     *
     * @throws InvalidInputException for 0, more than 365 days, or a fraction of a day
     */
    public static Optional<Integer> days(String word) {
        if (word == null) {
            return Optional.empty();
        }
        Matcher m = CADENCE.matcher(TextBits.strip(word));
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean weeks = Character.toLowerCase(m.group(2).charAt(0)) == 'w';
        BigDecimal total = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(weeks ? 7 : 1));
        if (total.signum() == 0 || total.compareTo(BigDecimal.valueOf(MAX_CADENCE_DAYS)) > 0) {
            throw new InvalidInputException("A cadence can be between 1d and 365d.");
        }
        if (total.stripTrailingZeros().scale() > 0) {
            throw new InvalidInputException(TextBits.shown(word) + " is not a whole number of days. "
                    + "Use something like 10d or 2w.");
        }
        return Optional.of(total.intValueExact());
    }

    /** "45m", "1h", "1h 30m"; the inverse of {@link #minutes}. */
    public static String format(int minutes) {
        long abs = Math.abs((long) minutes);
        String sign = minutes < 0 ? "-" : "";
        long h = abs / 60;
        long m = abs % 60;
        if (h == 0) {
            return sign + m + "m";
        }
        return m == 0 ? sign + h + "h" : sign + h + "h " + m + "m";
    }
}
