package dev.liaison.client;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a touch logged by a calendar or mail sync came from, as {@link Interaction#source()} stores it
 * and the card and digest name it ("meeting from Google Calendar").
 */
public enum TouchSource {
    GOOGLE_CALENDAR("google-calendar", "Google Calendar"),
    OUTLOOK_CALENDAR("outlook-calendar", "Outlook Calendar"),
    GMAIL("gmail", "Gmail"),
    OUTLOOK_MAIL("outlook-mail", "Outlook mail");

    private final String stored;
    private final String label;

    TouchSource(String stored, String label) {
        this.stored = stored;
        this.label = label;
    }

    /** The value of {@link Interaction#source()}. */
    public String stored() {
        return stored;
    }

    public String label() {
        return label;
    }

    /** The name to show for a stored source; empty for touches people logged (commands, forms, channels). */
    public static Optional<String> labelOf(String stored) {
        return Arrays.stream(values()).filter(s -> s.stored.equals(stored)).findFirst().map(TouchSource::label);
    }
}
