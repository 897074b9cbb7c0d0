package dev.liaison.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text rules for anything shown in Slack: escape what users typed (so "<!channel>" in a note
 * never pings anyone) and cut to a limit without breaking an escape sequence.
 */
public final class SlackText {

    private SlackText() {
    }

    /**
     * A mention or channel typed with Slack's menus arrives (the manifest has should_escape: true)
     * as {@code <@U123|leo.park>} or {@code <#C123|general>}; user groups as
     * {@code <!subteam^S123|@design>}.
     */
    private static final Pattern TYPED_NAME = Pattern.compile(
            "<(@[UW][A-Z0-9]+|#C[A-Z0-9]+|!subteam\\^[A-Z0-9]+)\\|([^<>|]{1,80})>");

    /**
     * Someone's words made safe for mrkdwn and plain_text: people and channels they picked from
     * Slack's menus shown by name ("@leo.park", "#general": readable, never a ping), then Slack's
     * three control characters escaped, so anything else that looks like markup shows as typed.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return escapeOnly(readableNames(text));
    }

    /** {@code <@U123|leo.park>} → {@code @leo.park}, {@code <#C123|general>} → {@code #general}. */
    public static String readableNames(String text) {
        return TYPED_NAME.matcher(text).replaceAll(m -> {
            String label = m.group(2).strip();
            String prefix = m.group(1).startsWith("#") ? "#" : label.startsWith("@") ? "" : "@";
            return Matcher.quoteReplacement(prefix + label);
        });
    }

    private static String escapeOnly(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Text Slack sent already escaped (a message's {@code text} in an event or a message shortcut,
     * from Slack Connect channels too): what the person wrote, to be stored and escaped once on the
     * way out like any other words. Same rule as command text.
     */
    public static String fromSlack(String text) {
        return unescape(text);
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
