package dev.liaison.people;

import java.time.Instant;

import dev.liaison.slack.SlackUser;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Builds person documents for the benchmark's dataset with the app's own class (its constructor and
 * mutators are package-private): as stored after users.info, refreshed at {@code refreshedAt}.
 */
public final class PersonSeed {

    private PersonSeed() {
    }

    public static Person person(String teamId, SlackUser user, Instant refreshedAt, String leadId) {
        Person person = new Person(teamId, user.id(), refreshedAt);
        ReflectionTestUtils.setField(person, "version", 0L);
        person.refresh(user, false, null, refreshedAt);
        person.setLeadId(leadId);
        return person;
    }
}
