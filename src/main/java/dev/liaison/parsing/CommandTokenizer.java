package dev.liaison.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits slash-command text into words, shell-style but forgiving.
 *
 * <p>Rules (callers rely on these):
 * <ul>
 *   <li>Words are separated by any Unicode whitespace, including non-breaking spaces, tabs and newlines.</li>
 *   <li>A double quote ({@code "}, {@code “} or {@code ”}) opens a quoted token only at the start of a word.
 *       Any of the three closes it, because Slack clients turn straight quotes into smart ones inconsistently.
 *       The quoted text is kept verbatim, inner whitespace included.</li>
 *   <li>A quote in the middle of a word is an ordinary character: {@code ab"cd} is one unquoted token,
 *       so things like {@code 12"} or {@code say"hi} never swallow the rest of the line.</li>
 *   <li>A closing quote ends its token even if no whitespace follows: {@code "a b"c} gives {@code a b} then {@code c}.</li>
 *   <li>An unbalanced opening quote runs to the end of the text (trailing whitespace dropped); it never throws.</li>
 *   <li>Single quotes and apostrophes are ordinary characters ({@code O'Reilly} is one word). There are no escapes.</li>
 * </ul>
 */
public final class CommandTokenizer {

    private CommandTokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (TextBits.isSpace(c)) {
                i++;
            } else if (isQuote(c)) {
                i = readQuoted(text, i, tokens);
            } else {
                int start = i;
                while (i < n && !TextBits.isSpace(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), false, start, i));
            }
        }
        return tokens;
    }

    /**
     * The rest of the line from {@code from} on, verbatim apart from surrounding whitespace, so free text such as
     * a summary keeps its original spacing and quotes.
     */
    public static String rest(String text, Token from) {
        if (text == null || from == null || from.start() >= text.length()) {
            return "";
        }
        return TextBits.strip(text.substring(Math.max(0, from.start())));
    }

    private static int readQuoted(String text, int open, List<Token> tokens) {
        int n = text.length();
        int j = open + 1;
        while (j < n && !isQuote(text.charAt(j))) {
            j++;
        }
        if (j < n) {
            tokens.add(new Token(text.substring(open + 1, j), true, open, j + 1));
            return j + 1;
        }
        // Unbalanced: the user most likely forgot the closing quote, so take everything that is left.
        int contentEnd = n;
        while (contentEnd > open + 1 && TextBits.isSpace(text.charAt(contentEnd - 1))) {
            contentEnd--;
        }
        tokens.add(new Token(text.substring(open + 1, contentEnd), true, open, contentEnd));
        return n;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }
}
