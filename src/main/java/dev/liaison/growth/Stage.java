package dev.liaison.growth;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an opportunity stands. The open stages carry the chance the pipeline weights them by
 * (PRODUCT "Account growth": lead 10 %, proposal 40 %, negotiation 70 %); won and lost are closed.
 */
public enum Stage {
    LEAD(10), PROPOSAL(40), NEGOTIATION(70), WON(100), LOST(0);

    private final int weightPercent;

    Stage(int weightPercent) {
        this.weightPercent = weightPercent;
    }

    public int weightPercent() {
        return weightPercent;
    }

    public boolean open() {
        return this != WON && this != LOST;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Stage> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        for (Stage stage : values()) {
            if (stage.label().equals(word.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** The stages a person may type, for answers and help. */
    public static String keywords() {
        return "`lead`, `proposal`, `negotiation`, `won` or `lost`";
    }
}
