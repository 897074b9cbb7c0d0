package dev.liaison.parsing;

/**
 * The one answer to a sub-command no command knows: say which word was not understood, then the
 * usage, the same way for every command. The word is shown in code, clipped, its backticks turned
 * into quotes so it cannot close the code span (the listener escapes Slack's control characters).
 */
public final class UnknownSubCommand {

    private UnknownSubCommand() {
    }

    /** "Unknown sub-command `foo`." plus {@code hint} (may be empty), then the usage. */
    public static String answer(String word, String hint, String usage) {
        String shown = TextBits.shown(word).replace('`', '\'');
        return "Unknown sub-command `" + shown + "`." + (hint.isEmpty() ? "" : " " + hint) + "\n\n" + usage;
    }
}
