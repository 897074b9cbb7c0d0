package dev.liaison.slack;

/**
 * A slash command that asks "Did you mean …?" before writing to a client matched only through a
 * typo, and runs the held command once its author confirms.
 */
public interface HeldCommandRunner {

    /** The slash command this runner answers, e.g. {@code /client}. */
    String command();

    /**
     * Runs {@code text} as if typed again, the client matched to it now counting as confirmed when
     * it is {@code confirmedClientId}.
     */
    CommandReply runConfirmed(String teamId, String userId, String triggerId, String text, String confirmedClientId);
}
