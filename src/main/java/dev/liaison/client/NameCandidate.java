package dev.liaison.client;

import java.util.Objects;

/**
 * One matchable name of a client: build one for the client's name and one per alias.
 *
 * @param displayName the client's display name (also for alias candidates — it is what users see)
 * @param key         {@link NameKey#of} of the name or alias; candidates with an empty key are ignored
 * @param alias       true when {@code key} comes from an alias rather than the client's name
 */
record NameCandidate(String clientId, String displayName, String key, boolean alias) {

    public NameCandidate {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(key, "key");
    }

    /** Candidate whose key is {@code NameKey.of(nameOrAlias)}. */
    public static NameCandidate of(String clientId, String displayName, String nameOrAlias, boolean alias) {
        return new NameCandidate(clientId, displayName, NameKey.of(nameOrAlias), alias);
    }
}
