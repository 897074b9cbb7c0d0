package dev.liaison.client;

/** Health band derived from a 0–100 health score: healthy ≥ 75, watch 50–74, at risk &lt; 50. */
public enum HealthBand {
    HEALTHY("healthy"),
    WATCH("watch"),
    AT_RISK("at risk");

    private final String label;

    HealthBand(String label) {
        this.label = label;
    }

    /** Lower-case label for Slack cards: "healthy", "watch", "at risk". */
    public String label() {
        return label;
    }

    /** Total over all ints so callers never have to pre-validate; out-of-range scores fall into the nearest band. */
    public static HealthBand of(int score) {
        if (score >= 75) {
            return HEALTHY;
        }
        if (score >= 50) {
            return WATCH;
        }
        return AT_RISK;
    }
}
