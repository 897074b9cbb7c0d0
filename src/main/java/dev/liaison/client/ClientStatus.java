package dev.liaison.client;

import java.util.Locale;
import java.util.Optional;

/** Paused and churned clients keep their history but stop asking for check-ins. */
public enum ClientStatus {
    ACTIVE, PAUSED, CHURNED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ClientStatus> parse(String word) {
        for (ClientStatus status : values()) {
            if (status.label().equalsIgnoreCase(word == null ? "" : word)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
