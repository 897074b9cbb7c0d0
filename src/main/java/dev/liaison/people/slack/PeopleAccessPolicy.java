package dev.liaison.people.slack;

import java.util.Objects;
import java.util.Optional;

import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.slack.AccessPolicy;
import dev.liaison.slack.UserFacingErrors;
import dev.liaison.slack.SlackMessenger;
import org.springframework.stereotype.Component;

/**
 * Liaison shows client data, so only full members of the agency's own workspace may use it:
 * guests and people from other organisations (Slack Connect) get a short refusal and nothing else.
 */
@Component
class PeopleAccessPolicy implements AccessPolicy {

    static final String GUEST = "Sorry, Liaison is only for members of this workspace, and guest accounts can't use it.";
    static final String OUTSIDER = "Sorry, Liaison is only for members of this workspace.";

    private final PeopleService people;

    PeopleAccessPolicy(PeopleService people) {
        this.people = people;
    }

    @Override
    public Decision check(String teamId, String enterpriseId, String userId) {
        if (teamId == null || userId == null) {
            return Decision.refuse(OUTSIDER);
        }
        Optional<Person> found;
        try {
            found = people.lookup(teamId, userId);
        } catch (SlackMessenger.SlackUnavailable unavailable) {
            return Decision.refuse(unavailable.credentialsRefused() ? UserFacingErrors.SLACK_REFUSED : UserFacingErrors.SLACK_DOWN);
        }
        if (found.isEmpty()) {
            return Decision.refuse(OUTSIDER);
        }
        Person person = found.get();
        if (person.guest()) {
            return Decision.refuse(GUEST);
        }
        if (person.stranger() || person.bot() || person.deleted() || !sameOrganisation(person, teamId, enterpriseId)) {
            return Decision.refuse(OUTSIDER);
        }
        return Decision.allow();
    }

    private static boolean sameOrganisation(Person person, String teamId, String enterpriseId) {
        if (person.homeTeamId() == null || person.homeTeamId().equals(teamId)) {
            return true;
        }
        // in an Enterprise Grid org, a member of a sibling workspace is still one of ours
        return enterpriseId != null && Objects.equals(enterpriseId, person.enterpriseId());
    }
}
