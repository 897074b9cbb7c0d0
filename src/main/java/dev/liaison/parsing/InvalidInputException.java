package dev.liaison.parsing;

/**
 * Thrown when the user typed something that looks like a value we understand but is not valid.
 * {@link #getMessage()} is shown verbatim in Slack, so it is always short, friendly and says how to fix it.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String userMessage) {
        super(userMessage);
    }
}
