package dev.liaison.people;

import java.util.Optional;

import dev.liaison.store.Sequences;
import dev.liaison.store.VersionedCache;
import org.springframework.stereotype.Component;

/**
 * The stored people of each workspace as the request path reads them: the access check, the caller,
 * a client owner's working days. Cached behind the workspace's {@link #VERSION}, which every write of a
 * person bumps ({@link PeopleService}, {@link WorkspaceSettingsService#setWorkingHours}), so a change of
 * role, team or time zone shows on the next command (on another instance within 250 ms). Hands out
 * copies: callers change what they get.
 */
@Component
class PeopleCache {

    static final String VERSION = "people";

    private final PersonRepository people;
    private final VersionedCache<Optional<Person>> cache;

    PeopleCache(PersonRepository people, Sequences sequences) {
        this.people = people;
        this.cache = new VersionedCache<>(sequences, VERSION);
    }

    Optional<Person> find(String teamId, String userId) {
        return cache.get(teamId, userId, () -> people.findById(Person.key(teamId, userId))).map(Person::copy);
    }

    /** A person of the workspace was written (or all of them): every instance reads them again. */
    void changed(String teamId) {
        cache.changed(teamId);
    }
}
