package dev.liaison.connect;

import java.time.Instant;

/**
 * Reads the metadata (from, to, cc, date; the subject only when asked) of people's mail from one
 * provider: never bodies. Stateless like {@link CalendarSource}; throws {@link SyncFailure}.
 */
public interface MailSource {

    Provider provider();

    /**
     * Messages received or sent by {@code email} since {@code cursor}; with a {@code null} cursor, those
     * since {@code since} (the first sync looks back a day), and a cursor to follow from now on.
     */
    MailChanges changes(ProviderCredentials credentials, String email, String cursor, Instant since,
                        boolean withSubjects);
}
