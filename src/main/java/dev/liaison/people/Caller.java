package dev.liaison.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, resolved once at the edge of a request (or for each person a job serves) and passed
 * down: their workspace, their time zone and what "today" is there, and their roles. Everything below
 * the edge reads dates and permissions from here instead of looking the person up again.
 *
 * @param now   the instant the request or job run is served at
 * @param today {@code now} in the caller's time zone
 */
public record Caller(String teamId, String userId, ZoneId zone, Instant now, LocalDate today, Set<Role> roles) {

    public enum Role {
        /** A head of accounts of the workspace. */
        HEAD,
        /** A guest account or someone from another organisation: the edge refuses them. */
        GUEST
    }

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * The caller from their stored record (absent: someone never seen, read in UTC with no roles). Whom
     * they lead is not here: nothing at the edge needs it, and it would be a query of the whole team on
     * every request.
     */
    public static Caller of(String teamId, String userId, Optional<Person> person, Instant now) {
        ZoneId zone = person.map(Person::zone).orElse(ZoneOffset.UTC);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        person.ifPresent(p -> {
            if (p.admin()) {
                roles.add(Role.HEAD);
            }
            if (p.guest() || p.stranger()) {
                roles.add(Role.GUEST);
            }
        });
        return new Caller(teamId, userId, zone, now, LocalDate.ofInstant(now, zone), roles);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }
}
