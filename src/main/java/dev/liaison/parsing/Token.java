package dev.liaison.parsing;

/**
 * One word of a slash command.
 *
 * @param text   the content, without the surrounding quotes when {@code quoted}
 * @param quoted whether the token was written in double quotes (straight or smart)
 * @param start  offset of the token's first char in the original text (the opening quote, if quoted)
 * @param end    offset just past the token (past the closing quote, if there was one); exclusive
 */
public record Token(String text, boolean quoted, int start, int end) {
}
