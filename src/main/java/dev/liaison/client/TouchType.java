package dev.liaison.client;

import java.util.Locale;
import java.util.Optional;

/** How a touch happened. SLACK is recorded automatically from a linked channel. */
public enum TouchType {
    CALL, EMAIL, MEETING, NOTE, SLACK;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The types a person may type in /client log (slack touches are only automatic). */
    public static Optional<TouchType> parseTyped(String word) {
        String w = word == null ? "" : word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "call" -> Optional.of(CALL);
            case "email", "e-mail" -> Optional.of(EMAIL);
            case "meeting" -> Optional.of(MEETING);
            case "note" -> Optional.of(NOTE);
            default -> Optional.empty();
        };
    }
}
