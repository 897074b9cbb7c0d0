package dev.liaison.client;

import java.util.Locale;
import java.util.Optional;

/** A client's service tier; it sets the default check-in cadence. */
public enum Tier {
    ENTERPRISE(CheckInPolicy.ENTERPRISE_CADENCE_DAYS), GROWTH(CheckInPolicy.GROWTH_CADENCE_DAYS),
    STANDARD(CheckInPolicy.STANDARD_CADENCE_DAYS);

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
