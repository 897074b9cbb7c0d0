package dev.liaison.ooo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.liaison.client.Client;
import dev.liaison.client.ClientCommand;
import dev.liaison.client.ClientFixtures;
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

/** Each source of the cover menus counts on its own: the plan's picks, teammates, clients' backups. */
class CoverCandidatesSourcesTest {

    private static final String TEAM = "T0COVERS02";
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final PeopleService people = mock(PeopleService.class);
    private final ClientService clients = mock(ClientService.class);

    @Test
    void picksComeFirstThenTeammatesThenBackupsThenTheLead() {
        Person absent = person("U0ABSENT", "U0LEAD");
        List<Person> members = List.of(absent, person("U0PICK", null), person("U0SUGG", null), person("U0MATE", "U0LEAD"),
                person("U0BACKUP", null), person("U0LEAD", null), person("U0NOBODY", null));
        when(people.members(TEAM)).thenReturn(members);
        members.forEach(p -> when(people.find(TEAM, p.userId())).thenReturn(Optional.of(p)));
        when(people.displayName(anyString(), anyString())).thenAnswer(call -> "name of " + call.getArgument(1));
        when(people.teammatesOf(TEAM, "U0ABSENT")).thenReturn(List.of(members.get(3)));
        Client client = ClientFixtures.ofTeam(TEAM, "c1", "Acme", "U0ABSENT", NOW, null, null, 0, NOW);
        ReflectionTestUtils.setField(client, "backupId", "U0BACKUP");
        when(clients.portfolio(TEAM, ClientCommand.Scope.MINE, "U0ABSENT")).thenReturn(List.of(client));
        PlanRecord.Item item = new PlanRecord.Item(Plan.Kind.CLIENT, "c1", "Acme", "U0SUGG", "U0PICK",
                Plan.Reason.LOWEST_LOAD, false, 80);
        PlanRecord plan = new PlanRecord("plan-2", TEAM, "U0ABSENT", "U0LEAD", "2026-12-02", "2026-12-04",
                List.of(item), PlanRecord.State.PENDING, null, null, NOW, null);

        List<CoverCandidates.Candidate> offered = new CoverCandidates(people, clients, HolidayFixtures.calendar(mock(MongoTemplate.class), people, Clock.fixed(NOW, ZoneOffset.UTC)), Clock.fixed(NOW, ZoneOffset.UTC)).of(plan);

        assertThat(offered).extracting(CoverCandidates.Candidate::userId)
                .containsExactly("U0PICK", "U0SUGG", "U0MATE", "U0BACKUP", "U0LEAD");
        assertThat(offered.get(0).name()).isEqualTo("name of U0PICK");
    }

    private static Person person(String id, String leadId) {
        return PersonSeed.person(TEAM, new SlackUser(id, TEAM, null, id.toLowerCase(), id, "Europe/London", false,
                false, false, false, false), NOW, leadId);
    }
}
