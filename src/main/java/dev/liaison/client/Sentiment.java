package dev.liaison.client;

import java.util.Locale;
import java.util.Optional;

public enum Sentiment {
    POSITIVE, NEUTRAL, NEGATIVE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Sentiment> parse(String word) {
        for (Sentiment sentiment : values()) {
            if (sentiment.label().equalsIgnoreCase(word == null ? "" : word)) {
                return Optional.of(sentiment);
            }
        }
        return Optional.empty();
    }
}
