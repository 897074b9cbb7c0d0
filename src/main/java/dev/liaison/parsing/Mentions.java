package dev.liaison.parsing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Slack's escaped mention syntax. Slash commands are configured with {@code should_escape: true}, so
 * mentions arrive as {@code <@U123|name>} / {@code <#C123|name>} rather than as display names.
 *
 * <p>Parsing is strict: the whole token must be the mention (no trailing punctuation), ids are upper-case.
 * Use {@link #looksLikeMention} to tell "malformed mention" apart from ordinary text.
 */
public final class Mentions {

    // Labels cannot contain < or > because Slack escapes those in user text; an empty label counts as none.
    private static final Pattern USER = Pattern.compile("<@([UW][A-Z0-9]{2,19})(?:\\|([^<>]*))?>");
    private static final Pattern CHANNEL = Pattern.compile("<#([CG][A-Z0-9]{2,19})(?:\\|([^<>]*))?>");

    private Mentions() {
    }

    /** A user mention; {@code label} is the name Slack included, or null when it sent none. */
    public record UserMention(String userId, String label) {
    }

    /** A channel mention; {@code label} is the channel name Slack included, or null when it sent none. */
    public record ChannelMention(String channelId, String label) {
    }

    public static Optional<UserMention> user(String token) {
        Matcher m = match(USER, token);
        return m == null ? Optional.empty() : Optional.of(new UserMention(m.group(1), label(m.group(2))));
    }

    public static Optional<ChannelMention> channel(String token) {
        Matcher m = match(CHANNEL, token);
        return m == null ? Optional.empty() : Optional.of(new ChannelMention(m.group(1), label(m.group(2))));
    }

    /** True for anything that starts like a mention, valid or not, so callers can report it as malformed. */
    public static boolean looksLikeMention(String token) {
        return token != null && (token.startsWith("<@") || token.startsWith("<#"));
    }

    private static Matcher match(Pattern pattern, String token) {
        if (token == null) {
            return null;
        }
        Matcher m = pattern.matcher(token);
        return m.matches() ? m : null;
    }

    private static String label(String raw) {
        return raw == null || raw.isEmpty() ? null : raw;
    }
}
