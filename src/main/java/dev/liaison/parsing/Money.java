package dev.liaison.parsing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way Liaison shows an amount of money: the workspace's currency symbol, thousands grouped
 * with commas, and decimals only when there is a fraction the currency has (so {@code €12,500},
 * {@code $5,000.50}, {@code ¥1,250}: the yen has no minor unit). Amounts are kept in hundredths of the
 * major unit, as {@link Amounts#cents} reads them, whatever the currency. A currency whose symbol is
 * its code is written before the number with a space ({@code CHF 12,500}).
 */
public final class Money {

    public static final Currency DEFAULT = Currency.getInstance("USD");

    private Money() {
    }

    public static String format(long hundredths, Currency currency) {
        Currency c = currency == null ? DEFAULT : currency;
        int digits = Math.max(0, c.getDefaultFractionDigits());
        BigDecimal major = BigDecimal.valueOf(hundredths).movePointLeft(2);
        BigDecimal shown = major.setScale(Math.min(digits, 2), RoundingMode.HALF_UP);
        long hundredthsShown = shown.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        String number = Amounts.format(Math.abs(hundredthsShown));
        String symbol = symbol(c);
        String sign = hundredthsShown < 0 ? "-" : "";
        return symbol.equals(c.getCurrencyCode()) ? sign + symbol + " " + number : sign + symbol + number;
    }

    /** The symbol people expect in an English sentence: $, €, £, ¥, or the ISO code (CHF) when there is none. */
    public static String symbol(Currency currency) {
        return switch (currency.getCurrencyCode()) {
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "JPY", "CNY" -> "¥";
            case "INR" -> "₹";
            case "KRW" -> "₩";
            case "AUD" -> "A$";
            case "CAD" -> "CA$";
            case "NZD" -> "NZ$";
            default -> {
                String s = currency.getSymbol(Locale.ENGLISH);
                yield s.length() == 1 && !Character.isLetterOrDigit(s.charAt(0)) ? s : currency.getCurrencyCode();
            }
        };
    }

    /**
     * An ISO 4217 code (EUR, usd) as a currency; empty when Java does not know it as one. Funds and
     * metals codes (XAU, XXX…) are refused: nobody bills a client in them.
     */
    public static Optional<Currency> currency(String code) {
        if (code == null || !code.strip().matches("[A-Za-z]{3}")) {
            return Optional.empty();
        }
        try {
            Currency c = Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            return c.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(c);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
