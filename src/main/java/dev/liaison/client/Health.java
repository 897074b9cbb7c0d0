package dev.liaison.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An explainable health score.
 *
 * @param deductions non-zero deductions, largest first (ties in {@link HealthDriver} order)
 */
public record Health(int score, HealthBand band, List<Deduction> deductions) {

    public Health {
        Objects.requireNonNull(band, "band");
        deductions = List.copyOf(deductions);
    }

    /** The biggest subtraction, shown next to the score; empty when the score is a clean 100. */
    public Optional<Deduction> topDriver() {
        return deductions.isEmpty() ? Optional.empty() : Optional.of(deductions.get(0));
    }

    /** @param reason short human phrase for a Slack card, e.g. "check-in 6 days overdue" */
    public record Deduction(HealthDriver driver, int points, String reason) {
        public Deduction {
            Objects.requireNonNull(driver, "driver");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
