package dev.liaison.ooo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Slack profile status ({@code user_change} event) as "out of office" or not (docs/commands.md "/ooo").
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>The text decides when it says so. It is split into words (runs of letters and digits; hyphens, punctuation
 *       and emoji separate words, so {@code out-of-office} reads as {@code out of office}) and searched,
 *       case-insensitively, for whole keyword phrases: {@code OOO}, {@code OOTO}, {@code out of office},
 *       {@code out of the office}, {@code vacation(s)}, {@code vacationing}, {@code vacay}, {@code holiday(s)},
 *       {@code on leave}, {@code parental/maternity/paternity/annual/sick leave}, {@code PTO}, {@code sick},
 *       {@code off sick}, {@code out sick}.
 *       <ul>
 *         <li>A phrase right after {@code not}, {@code no longer} or {@code back from} (small words such as
 *             {@code my}, {@code the}, {@code on} may sit in between) is negated: "Back from vacation",
 *             "Not OOO, just WFH" and "back from the holidays" are <em>not</em> away.</li>
 *         <li>At least one phrase that is not negated (and does not overlap a negated one) → away.</li>
 *         <li>Only negated phrases → <em>not</em> away, whatever the emoji says: the words are more specific.</li>
 *       </ul></li>
 *   <li>Otherwise the emoji decides: the status emoji, or one written in the text. OOO emoji are
 *       {@link #OOO_EMOJI} by Slack short code, compared case-insensitively, with or without colons and with any
 *       skin-tone suffix ({@code :palm_tree::skin-tone-2:}), or the same emoji as Unicode characters.
 *       Working-from-home and work emoji ({@code :house_with_garden:}, {@code :house:}, {@code :computer:},
 *       {@code :bus:}…) are simply not in the list.</li>
 *   <li>Null or blank everything → not away.</li>
 * </ol>
 * Never throws, for any input.
 */
final class OooStatus {

    /** Slack short codes that mean "away"; {@code :airplane:} is one because the product says so (docs/commands.md "/ooo"). */
    public static final Set<String> OOO_EMOJI = Set.of(
            "palm_tree", "desert_island", "beach_with_umbrella", "beach_umbrella", "sunny",
            "airplane", "airplane_departure", "small_airplane",
            "face_with_thermometer", "thermometer_face", "face_with_head_bandage", "sneezing_face");

    /** The same emoji typed as characters (a variation selector after them is ignored). */
    private static final Set<Integer> OOO_CODE_POINTS = Set.of(
            0x1F334, 0x1F3DD, 0x1F3D6, 0x2600, 0x2708, 0x1F6EB, 0x1F6E9, 0x1F912, 0x1F915, 0x1F927);

    private static final List<List<String>> PHRASES = phrases(
            "ooo", "ooto", "out of office", "out of the office",
            "vacation", "vacations", "vacationing", "vacay", "holiday", "holidays",
            "on leave", "parental leave", "maternity leave", "paternity leave", "annual leave", "sick leave",
            "pto", "sick", "off sick", "out sick");

    private static final List<List<String>> NEGATIONS = phrases("not", "no longer", "back from");

    /** Words allowed between a negation and the phrase it negates: "back from <em>my</em> vacation". */
    private static final Set<String> FILLERS = Set.of("my", "the", "a", "an", "our", "his", "her", "their", "on", "of");
    private static final int MAX_FILLERS = 2;

    // Bounded and without nested quantifiers, so it stays linear on long input.
    private static final Pattern SHORT_CODE = Pattern.compile(":([a-z0-9_+\\-']{1,100}):");

    private OooStatus() {
    }

    private enum Verdict { AWAY, BACK, SILENT }

    /**
     * True when a Slack profile status says the person is away (emoji or words), false for working from home,
     * work travel without an OOO emoji or word, or an empty status.
     */
    public static boolean looksOutOfOffice(String statusEmoji, String statusText) {
        Verdict words = readWords(statusText);
        if (words != Verdict.SILENT) {
            return words == Verdict.AWAY;
        }
        return hasOooEmoji(statusEmoji, true) || hasOooEmoji(statusText, false);
    }

    // ------------------------------------------------------------------ emoji

    /**
     * Whether {@code s} holds an OOO emoji: a {@code :short_code:} anywhere (skin tones are separate codes and are
     * ignored), a Unicode OOO emoji anywhere, or, for the emoji field, a bare short code without colons.
     */
    private static boolean hasOooEmoji(String s, boolean bareCodeAllowed) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (OOO_CODE_POINTS.contains(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        String lower = asciiLower(s.strip());
        Matcher m = SHORT_CODE.matcher(lower);
        boolean anyCode = false;
        while (m.find()) {
            anyCode = true;
            if (OOO_EMOJI.contains(m.group(1))) {
                return true;
            }
        }
        return bareCodeAllowed && !anyCode && OOO_EMOJI.contains(lower);
    }

    // ------------------------------------------------------------------ words

    private static Verdict readWords(String text) {
        if (text == null || text.isBlank()) {
            return Verdict.SILENT;
        }
        List<String> words = words(text);
        int n = words.size();
        boolean[] negatedWord = new boolean[n];
        List<int[]> plain = new ArrayList<>();
        boolean anyNegated = false;
        for (int start = 0; start < n; start++) {
            for (List<String> phrase : PHRASES) {
                if (matchesAt(words, start, phrase)) {
                    int end = start + phrase.size();
                    if (negated(words, start)) {
                        anyNegated = true;
                        for (int k = start; k < end; k++) {
                            negatedWord[k] = true;
                        }
                    } else {
                        plain.add(new int[] {start, end});
                    }
                }
            }
        }
        for (int[] match : plain) {
            boolean overlapsNegated = false;
            for (int k = match[0]; k < match[1]; k++) {
                overlapsNegated |= negatedWord[k];
            }
            if (!overlapsNegated) {
                return Verdict.AWAY;
            }
        }
        return anyNegated ? Verdict.BACK : Verdict.SILENT;
    }

    /** True when a negation ends right before {@code start}, with at most {@link #MAX_FILLERS} small words between. */
    private static boolean negated(List<String> words, int start) {
        int end = start;
        for (int fillers = 0; fillers <= MAX_FILLERS && end > 0; fillers++) {
            for (List<String> negation : NEGATIONS) {
                int from = end - negation.size();
                if (from >= 0 && matchesAt(words, from, negation)) {
                    return true;
                }
            }
            if (!FILLERS.contains(words.get(end - 1))) {
                return false;
            }
            end--;
        }
        return false;
    }

    private static boolean matchesAt(List<String> words, int start, List<String> phrase) {
        if (start + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(start + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs of letters and digits, ASCII lower-cased. Only ASCII is lower-cased so that look-alikes (the Kelvin
     * sign, dotted capital I) never turn into a keyword.
     */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(asciiLower(word.toString()));
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(asciiLower(word.toString()));
        }
        return words;
    }

    private static String asciiLower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return sb.toString();
    }

    private static List<List<String>> phrases(String... phrases) {
        List<List<String>> out = new ArrayList<>();
        for (String phrase : phrases) {
            out.add(List.of(phrase.split(" ")));
        }
        return List.copyOf(out);
    }
}
