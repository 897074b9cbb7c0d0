package dev.liaison.client;

import java.util.Locale;
import java.util.Optional;

/** The settable fields of a client (the options of /client add and the fields of /client set). */
public enum ClientField {
    NAME, OWNER, BACKUP, TIER, CADENCE, CHANNEL, RENEWAL, RETAINER, HOURS, ALIAS, STATUS;

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The option keywords of /client add (name is positional there; alias and status are set-only). */
    public static boolean isAddOption(String word) {
        // the keywords exactly: a synonym like "budget" would end an unquoted "Acme Budget Rentals"
        return parse(word).filter(f -> f != NAME && f != ALIAS && f != STATUS)
                .filter(f -> f.keyword().equalsIgnoreCase(word)).isPresent();
    }

    public static Optional<ClientField> parse(String word) {
        String w = word == null ? "" : word.toLowerCase(Locale.ROOT);
        for (ClientField field : values()) {
            if (field.keyword().equals(w)) {
                return Optional.of(field);
            }
        }
        return switch (w) {
            case "budget" -> Optional.of(HOURS);
            case "rename" -> Optional.of(NAME);
            default -> Optional.empty();
        };
    }

    /** One field with its parsed value; a null value clears the field (for backup, channel, renewal…). */
    public record Value(ClientField field, Object value) {
    }
}
