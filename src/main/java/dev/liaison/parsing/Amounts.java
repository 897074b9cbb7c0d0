package dev.liaison.parsing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money for retainers and budget hours.
 *
 * <p>Currencies are not interpreted: a single leading {@code $ € £ ¥} is dropped and the rest is read as an
 * amount in major units; the result is in minor units (cents). Empty means "not an amount";
 * {@link InvalidInputException} means "an amount, but unreadable, negative or absurd".
 */
public final class Amounts {

    private static final BigDecimal MAX_UNITS = BigDecimal.TEN.pow(12);
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(10_000);

    // Commas must be proper thousands groups; "50,00" (European decimal comma) would otherwise be read 100x off.
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)";
    private static final Pattern MONEY = Pattern.compile(NUMBER + "([km])?", Pattern.CASE_INSENSITIVE);
    /** Digits mixed with commas and dots: clearly meant as a number, so a malformed one deserves a message. */
    // The lookahead plus possessive run keeps this linear on 10k-character input (no backtracking blow-up).
    private static final String DIGITS_COMMAS_DOTS = "(?=[^0-9]*[0-9])[\\d,.]++";
    private static final Pattern MONEY_ISH = Pattern.compile(DIGITS_COMMAS_DOTS + "[km]?", Pattern.CASE_INSENSITIVE);
    private static final String HOUR_UNIT = "(?:hours|hour|hrs|hr|h)?";
    private static final Pattern HOURS = Pattern.compile(NUMBER + HOUR_UNIT, Pattern.CASE_INSENSITIVE);
    private static final Pattern HOURS_ISH = Pattern.compile(DIGITS_COMMAS_DOTS + HOUR_UNIT, Pattern.CASE_INSENSITIVE);

    private Amounts() {
    }

    /**
     * {@code 5000}, {@code 5,000}, {@code 5000.50}, {@code $5,000}, {@code €4.5k}, {@code £12k}, {@code 2.5m}
     * (million) in cents. Sub-cent fractions round half-up.
     *
     * @throws InvalidInputException for negative amounts, more than 10^12 units, or malformed numbers
     */
    public static Optional<Long> cents(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String s = TextBits.strip(word);
        boolean negative = false;
        if (startsWithMinus(s)) {
            negative = true;
            s = s.substring(1);
        }
        if (!s.isEmpty() && "$€£¥".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1);
        }
        if (!negative && startsWithMinus(s)) {
            negative = true;
            s = s.substring(1);
        }
        Matcher m = MONEY.matcher(s);
        if (!m.matches()) {
            if (MONEY_ISH.matcher(s).matches()) {
                throw new InvalidInputException("I can't read " + TextBits.shown(word) + " as an amount. "
                        + "Write it like 5000, 5,000.50 or 4.5k.");
            }
            return Optional.empty();
        }
        if (negative) {
            throw new InvalidInputException("Amounts can't be negative. Write it like 5000, 5,000.50 or 4.5k.");
        }
        BigDecimal units = new BigDecimal(m.group(1).replace(",", ""));
        String suffix = m.group(2);
        if (suffix != null) {
            units = units.scaleByPowerOfTen(suffix.equalsIgnoreCase("k") ? 3 : 6);
        }
        if (units.compareTo(MAX_UNITS) > 0) {
            throw new InvalidInputException(TextBits.shown(word) + " is more than I can track. "
                    + "Amounts go up to 1,000,000,000,000.");
        }
        return Optional.of(units.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** "5,000" or "5,000.50": thousands grouped with commas, decimals only when there are cents, no symbol. */
    public static String format(long cents) {
        BigInteger[] parts = BigInteger.valueOf(cents).abs().divideAndRemainder(BigInteger.valueOf(100));
        String digits = parts[0].toString();
        StringBuilder sb = new StringBuilder(cents < 0 ? "-" : "");
        int firstGroup = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, firstGroup);
        for (int i = firstGroup; i < digits.length(); i += 3) {
            sb.append(',').append(digits, i, i + 3);
        }
        int rest = parts[1].intValue();
        if (rest != 0) {
            sb.append('.').append(rest < 10 ? "0" : "").append(rest);
        }
        return sb.toString();
    }

    /**
     * Budget hours: {@code 40}, {@code 40h}, {@code 37.5}, {@code 37.5h} (also {@code hrs}/{@code hours}).
     *
     * @throws InvalidInputException for negative values, more than 10,000, or malformed numbers
     */
    public static Optional<Double> hours(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String s = TextBits.strip(word);
        boolean negative = startsWithMinus(s);
        if (negative) {
            s = s.substring(1);
        }
        Matcher m = HOURS.matcher(s);
        if (!m.matches()) {
            if (HOURS_ISH.matcher(s).matches()) {
                throw new InvalidInputException("I can't read " + TextBits.shown(word) + " as hours. "
                        + "Write it like 40 or 37.5h.");
            }
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
        if (negative || value.compareTo(MAX_HOURS) > 0) {
            throw new InvalidInputException("Budget hours can be between 0 and 10,000.");
        }
        return Optional.of(value.doubleValue());
    }

    // U+2212 is the typographic minus some keyboards and Slack's formatting produce.
    private static boolean startsWithMinus(String s) {
        return !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '\u2212');
    }
}
