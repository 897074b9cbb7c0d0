package dev.liaison.touch;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.liaison.people.Person;

/**
 * The agency's people of one workspace by the e-mail of their Slack profile, as a sync run reads them
 * once: who on a meeting or a message is the agency's (everyone else at a client domain is the client's).
 */
final class AgencyRoster {

    /** One person as the touches need them. */
    public record Member(String userId, String email, String name, ZoneId zone) {
    }

    private final Map<String, Member> byEmail;

    private AgencyRoster(Map<String, Member> byEmail) {
        this.byEmail = Map.copyOf(byEmail);
    }

    /** A person as a member of the roster: their Slack e-mail, name and time zone. */
    public static Member member(Person person) {
        return new Member(person.userId(), person.email(), person.displayName(), person.zone());
    }

    public static AgencyRoster of(Iterable<Member> members) {
        Map<String, Member> byEmail = new HashMap<>();
        for (Member member : members) {
            if (member.email() != null && !member.email().isBlank()) {
                byEmail.putIfAbsent(member.email().strip().toLowerCase(Locale.ROOT), member);
            }
        }
        return new AgencyRoster(byEmail);
    }

    public Optional<Member> byEmail(String email) {
        return email == null ? Optional.empty() : Optional.ofNullable(byEmail.get(email.strip().toLowerCase(Locale.ROOT)));
    }

    public int size() {
        return byEmail.size();
    }
}
