package dev.liaison.ooo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.liaison.client.ClientCommand;
import dev.liaison.client.ClientService;
import dev.liaison.people.HolidayFixtures;
import dev.liaison.people.PeopleService;
import org.springframework.data.mongodb.core.MongoTemplate;
import java.time.Clock;
import java.time.ZoneOffset;
import dev.liaison.people.Person;
import dev.liaison.people.PersonSeed;
import dev.liaison.slack.SlackUser;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The cover menus, against their two ports: whoever the sources name (picks, teammates, backups,
 * the lead, the heads), the absent person is never offered, and nor is anyone who is not a member
 * (a guest, an outsider, a bot: PeopleService.members leaves them out).
 */
class CoverCandidatesTest {

    private static final String TEAM = "T0COVERC01";
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final PeopleService people = mock(PeopleService.class);
    private final ClientService clients = mock(ClientService.class);

    @Test
    void theAbsentPersonIsNeverOfferedEvenWhenTheyAreAHeadOfAccounts() {
        Person absent = person("U0ABSENT", "U0LEAD", true);
        Person teammate = person("U0MATE", "U0LEAD", false);
        Person lead = person("U0LEAD", null, false);
        Person head = person("U0HEAD", null, true);
        members(absent, teammate, lead, head);
        when(people.teammatesOf(TEAM, "U0ABSENT")).thenReturn(List.of(teammate));

        List<String> offered = ids(new CoverCandidates(people, clients, HolidayFixtures.calendar(mock(MongoTemplate.class), people, Clock.fixed(NOW, ZoneOffset.UTC)), Clock.fixed(NOW, ZoneOffset.UTC)).of(plan("U0ABSENT", "U0MATE")));

        assertThat(offered).containsExactly("U0MATE", "U0LEAD", "U0HEAD").doesNotContain("U0ABSENT");
    }

    @Test
    void onlyMembersAreOfferedAPickThatIsNoMemberIsDropped() {
        Person absent = person("U0ABSENT", "U0LEAD", false);
        Person lead = person("U0LEAD", null, false);
        members(absent, lead);
        when(people.teammatesOf(TEAM, "U0ABSENT")).thenReturn(List.of());

        // the plan names a guest (someone members() leaves out), say one chosen before they became a guest
        List<String> offered = ids(new CoverCandidates(people, clients, HolidayFixtures.calendar(mock(MongoTemplate.class), people, Clock.fixed(NOW, ZoneOffset.UTC)), Clock.fixed(NOW, ZoneOffset.UTC)).of(plan("U0ABSENT", "U0GUEST")));

        assertThat(offered).containsExactly("U0LEAD");
    }

    private void members(Person... members) {
        when(people.members(TEAM)).thenReturn(List.of(members));
        for (Person p : members) {
            when(people.find(TEAM, p.userId())).thenReturn(Optional.of(p));
        }
        when(people.displayName(anyString(), anyString())).thenAnswer(call -> call.getArgument(1));
        when(clients.portfolio(TEAM, ClientCommand.Scope.MINE, "U0ABSENT")).thenReturn(List.of());
    }

    private static Person person(String id, String leadId, boolean head) {
        Person person = PersonSeed.person(TEAM, new SlackUser(id, TEAM, null, id.toLowerCase(), id, "Europe/London",
                false, false, false, false, false), NOW, leadId);
        // what PeopleService.members sets from the workspace's heads of accounts
        ReflectionTestUtils.setField(person, "admin", head);
        return person;
    }

    private static PlanRecord plan(String absentId, String pick) {
        PlanRecord.Item item = new PlanRecord.Item(Plan.Kind.CLIENT, "c1", "Acme Corp", pick, pick,
                Plan.Reason.LOWEST_LOAD, false, 80);
        return new PlanRecord("plan-1", TEAM, absentId, "U0LEAD", "2026-12-02", "2026-12-04", List.of(item),
                PlanRecord.State.PENDING, null, null, NOW, null);
    }

    private static List<String> ids(List<CoverCandidates.Candidate> candidates) {
        return candidates.stream().map(CoverCandidates.Candidate::userId).toList();
    }
}
