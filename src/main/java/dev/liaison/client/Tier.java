package dev.liaison.client;

import java.util.Locale;
import java.util.Optional;

/** A client's service tier; it sets the default check-in cadence. */
public enum Tier {
    ENTERPRISE(7), GROWTH(14), STANDARD(30);

    private final int defaultCadenceDays;

    Tier(int defaultCadenceDays) {
        this.defaultCadenceDays = defaultCadenceDays;
    }

    public int defaultCadenceDays() {
        return defaultCadenceDays;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Tier> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        for (Tier tier : values()) {
            if (tier.label().equals(word.toLowerCase(Locale.ROOT))) {
                return Optional.of(tier);
            }
        }
        return Optional.empty();
    }
}
