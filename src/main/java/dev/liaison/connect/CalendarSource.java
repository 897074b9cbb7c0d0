package dev.liaison.connect;

import java.time.Instant;
import java.util.Optional;

/**
 * Reads people's calendars from one provider. One implementation per provider, stateless: the
 * credentials come with every call (each workspace may have its own), cursors are stored by the caller.
 * Every method throws {@link SyncFailure} for anything but an answer.
 */
public interface CalendarSource {

    Provider provider();

    /**
     * Events of {@code email}'s primary calendar that changed since {@code cursor}, or, with a
     * {@code null} cursor (or when the provider says the cursor expired), every event between
     * {@code from} and {@code to} with {@link CalendarChanges#fullSync()} set. All pages are followed.
     */
    CalendarChanges changes(ProviderCredentials credentials, String email, String cursor, Instant from, Instant to);

    /** The person's automatic reply, where the provider has one (Microsoft); empty for Google. */
    Optional<AutomaticReply> automaticReply(ProviderCredentials credentials, String email);
}
