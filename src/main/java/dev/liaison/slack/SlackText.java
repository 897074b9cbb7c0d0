package dev.liaison.slack;

/**
 * Text rules for anything shown in Slack: escape what users typed (so "<!channel>" in a note
 * never pings anyone) and cut to a limit without breaking an escape sequence.
 */
public final class SlackText {

    private SlackText() {
    }

    /** Slack's three control characters; nothing else needs escaping in mrkdwn or plain_text. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Slack sends command text with &amp;, &lt; and &gt; escaped; we store what the person typed.
     * (A literally typed "<@U…>" then reads as a mention: it can only name someone the caller
     * could have picked from the @ menu, and everything shown is escaped again.)
     */
    public static String unescape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Cuts to at most {@code max} characters, ending with "…" when cut, never inside "&amp;" etc. */
    public static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(0, max - 1);
        int amp = text.lastIndexOf('&', end);
        if (amp >= 0 && text.indexOf(';', amp) >= end) {
            end = amp;
        }
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** Escaped and cut: the usual treatment for a user's text inside a block. */
    public static String user(String text, int max) {
        return truncate(escape(text), max);
    }

    /** A single line: newlines folded into spaces, for list rows. */
    public static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
