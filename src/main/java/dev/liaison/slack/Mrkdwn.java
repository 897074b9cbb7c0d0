package dev.liaison.slack;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text ready to go into a Slack message or view as mrkdwn: markup Liaison's own code wrote, with
 * whatever people typed (or Slack profiles hold) escaped exactly once. The building blocks
 * ({@link BlockKit#text}, {@link BlockKit#lines}) and the ports that carry message text from the
 * features take this type, not a String, so user text can only arrive escaped:
 * <pre>Mrkdwn.of(":white_check_mark: Resolved by %s: %s", Mrkdwn.user(by), note)</pre>
 * escapes {@code note} because it is a String, and keeps the mention because it is Mrkdwn.
 */
public final class Mrkdwn {

    private static final Pattern ID = Pattern.compile("[A-Z0-9]{2,32}");
    public static final Mrkdwn EMPTY = new Mrkdwn("");

    private final String markup;

    private Mrkdwn(String markup) {
        this.markup = markup;
    }

    /** Someone's words (or a profile name): escaped, typed @mentions and #channels shown by name. */
    public static Mrkdwn text(String userText) {
        return new Mrkdwn(SlackText.escape(userText));
    }

    /**
     * A template of Liaison's own markup (a literal in the code) with {@code %s} for each argument:
     * a {@link Mrkdwn} argument goes in as it is, anything else is escaped as someone's words.
     */
    public static Mrkdwn of(String template, Object... args) {
        if (args.length == 0) {
            return new Mrkdwn(template);
        }
        Object[] safe = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            safe[i] = args[i] instanceof Mrkdwn m ? m.markup : SlackText.escape(String.valueOf(args[i]));
        }
        return new Mrkdwn(String.format(Locale.ROOT, template, safe));
    }

    /** A mention Liaison means to make (a Slack user id it holds, never one typed). */
    public static Mrkdwn user(String userId) {
        if (userId == null || !ID.matcher(userId).matches()) {
            return new Mrkdwn("someone");
        }
        return new Mrkdwn("<@" + userId + ">");
    }

    /** Mentions of several people, comma separated. */
    public static Mrkdwn users(List<String> userIds) {
        return join(", ", userIds.stream().map(Mrkdwn::user).toList());
    }

    /** A link to a channel Liaison holds the id of. */
    public static Mrkdwn channel(String channelId) {
        if (channelId == null || !ID.matcher(channelId).matches()) {
            return new Mrkdwn("a channel");
        }
        return new Mrkdwn("<#" + channelId + ">");
    }

    /**
     * Markup some renderer already made safe (built with {@link SlackText#user} and friends). Every
     * use is a claim someone reviewed: the escaping happened before this call.
     */
    public static Mrkdwn escapedAlready(String markup) {
        return new Mrkdwn(markup == null ? "" : markup);
    }

    public static Mrkdwn join(String separator, List<Mrkdwn> parts) {
        StringBuilder out = new StringBuilder();
        for (Mrkdwn part : parts) {
            if (!out.isEmpty()) {
                out.append(separator);
            }
            out.append(part.markup);
        }
        return new Mrkdwn(out.toString());
    }

    public Mrkdwn append(Mrkdwn more) {
        return new Mrkdwn(markup + more.markup);
    }

    /** With its first letter in upper case (a letter, never markup, so nothing else changes). */
    public Mrkdwn capitalised() {
        if (markup.isEmpty() || !Character.isLetter(markup.charAt(0))) {
            return this;
        }
        return new Mrkdwn(Character.toUpperCase(markup.charAt(0)) + markup.substring(1));
    }

    /** Cut to {@code max} characters, never inside an escape. */
    public Mrkdwn truncate(int max) {
        return new Mrkdwn(SlackText.truncate(markup, max));
    }

    public boolean isEmpty() {
        return markup.isEmpty();
    }

    /** The markup, as Slack's {@code mrkdwn} text or a message's fallback {@code text}. */
    public String markup() {
        return markup;
    }

    @Override
    public String toString() {
        return markup;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Mrkdwn m && m.markup.equals(markup);
    }

    @Override
    public int hashCode() {
        return markup.hashCode();
    }
}
