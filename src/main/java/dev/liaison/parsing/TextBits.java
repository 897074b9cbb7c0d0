package dev.liaison.parsing;

/** Small string helpers shared by the parsers; package-private so the public API stays as designed. */
final class TextBits {

    /** Keeps error messages short even when someone pastes a novel into a slash command. */
    private static final int MAX_SHOWN_CODE_POINTS = 40;

    private TextBits() {
    }

    /**
     * Unicode-aware whitespace: {@link Character#isWhitespace} misses the non-breaking spaces
     * (U+00A0, U+2007, U+202F) that Slack clients and copy-paste love to produce.
     */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** Like {@link String#strip()} but also strips non-breaking spaces. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * Lower-cases ASCII letters only. Full Unicode lower-casing would turn e.g. the Kelvin sign into "k"
     * and silently accept lookalike input.
     */
    static String asciiLower(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Renders user input for an error message: one line, no control characters, bounded length. */
    static String shown(String typed) {
        String s = typed == null ? "" : typed;
        StringBuilder sb = new StringBuilder();
        int count = 0;
        boolean lastWasSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean space = cp < Character.MIN_SUPPLEMENTARY_CODE_POINT && isSpace((char) cp);
            if (space) {
                if (!lastWasSpace && sb.length() > 0) {
                    sb.append(' ');
                    count++;
                }
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            if (count >= MAX_SHOWN_CODE_POINTS) {
                return strip(sb.toString()) + "…";
            }
            int type = Character.getType(cp);
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.SURROGATE || type == Character.UNASSIGNED;
            if (invisible) {
                sb.append('?');
            } else {
                sb.appendCodePoint(cp);
            }
            count++;
        }
        return strip(sb.toString());
    }
}
