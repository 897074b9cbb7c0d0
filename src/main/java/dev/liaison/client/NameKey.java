package dev.liaison.client;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalised form of a client name or alias, used for equality, uniqueness and matching.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Unicode NFKD (so "ﬁ" → "fi", full-width "Ａ" → "A", "é" → "e" + accent), lower-case with
 *       {@link Locale#ROOT}.</li>
 *   <li>Accents removed: only marks from the combining-diacritics blocks, so Latin/Greek/Cyrillic
 *       accents go ("Café" = "cafe", "й" = "и") while marks that carry meaning in other scripts
 *       (Japanese dakuten, Devanagari vowel signs) stay. Emoji variation selectors go too
 *       ("❤️" = "❤").</li>
 *   <li>Letters people spell out: ß → ss, æ → ae, œ → oe, ø → o, ł → l, đ → d, ð → d, þ → th, ı → i, ς → σ.</li>
 *   <li>"&amp;" → " and " ("Smith &amp; Co" = "smith and co"; "AT&amp;T" = "at and t").</li>
 *   <li>Apostrophes and dots are dropped without a space ("O'Brien" = "obrien",
 *       "A.C.M.E. Inc." = "acme inc"); every other punctuation character ("-", "_", ",", "/", "!",
 *       "(", …) becomes a space ("Smith-Jones" = "smith jones").</li>
 *   <li>Invisible format characters (zero-width space, soft hyphen, bidi marks) and unpaired
 *       surrogates are dropped, except ZWJ/ZWNJ which are part of emoji and Persian spelling;
 *       whitespace and control characters become a space; runs collapse to one space; trimmed.</li>
 *   <li>Recomposed to NFC so Hangul and kana compare (and count length) as whole characters.</li>
 * </ol>
 * Symbols (emoji, "+", "$") and every script survive. A name made only of punctuation yields ""
 * — callers must reject that. {@code of(of(x)).equals(of(x))} always holds.
 */
final class NameKey {

    private NameKey() {
    }

    /** The key for {@code name}; "" for null, blank or punctuation-only input. */
    public static String of(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        // Lower-case after NFKD because compatibility decompositions can yield capitals ("㎒" → "MHz");
        // NFKD again after lower-casing because "İ" lower-cases to "i" + combining dot.
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        s = Normalizer.normalize(s, Normalizer.Form.NFKD);

        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '&') {
                // "&" always reads as a whole word, so "at&t" becomes "at and t".
                appendWord(out, "and");
                pendingSpace = true;
                continue;
            }
            String replacement = replacement(cp);
            if (replacement == null) {
                continue; // dropped without a space
            }
            if (replacement.isEmpty()) {
                pendingSpace = true; // a separator
                continue;
            }
            if (pendingSpace) {
                appendWord(out, replacement);
            } else {
                out.append(replacement);
            }
            pendingSpace = false;
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static void appendWord(StringBuilder out, String text) {
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(text);
    }

    /** null = drop, "" = separator, otherwise the text to append. */
    private static String replacement(int cp) {
        switch (cp) {
            case '\'': case '.': case '`':
            case '\u2018': case '\u2019': case '\u201B': case '\u02BC': case '\u2032':
                return null;
            case 'ß': return "ss";
            case 'æ': return "ae";
            case 'œ': return "oe";
            case 'ø': return "o";
            case 'ł': return "l";
            case 'đ': return "d";
            case 'ð': return "d";
            case 'þ': return "th";
            case 'ı': return "i";
            case 'ς': return "σ"; // final sigma is only a positional form
            case '\u200C': case '\u200D':
                return new String(Character.toChars(cp)); // ZWNJ/ZWJ carry meaning
            default:
                break;
        }
        if (isDroppedMark(cp)) {
            return null;
        }
        int type = Character.getType(cp);
        if (type == Character.SURROGATE || type == Character.FORMAT) {
            return null;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL) {
            return "";
        }
        if (isPunctuation(type)) {
            return "";
        }
        return new String(Character.toChars(cp));
    }

    private static boolean isDroppedMark(int cp) {
        return (cp >= 0x0300 && cp <= 0x036F)   // Combining Diacritical Marks
                || (cp >= 0x1AB0 && cp <= 0x1AFF) // … Extended
                || (cp >= 0x1DC0 && cp <= 0x1DFF) // … Supplement
                || (cp >= 0x20D0 && cp <= 0x20FF) // … for Symbols
                || (cp >= 0xFE20 && cp <= 0xFE2F) // Combining Half Marks
                || cp == 0xFE0E || cp == 0xFE0F;  // text/emoji presentation selectors
    }

    private static boolean isPunctuation(int type) {
        return type == Character.CONNECTOR_PUNCTUATION
                || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }
}
