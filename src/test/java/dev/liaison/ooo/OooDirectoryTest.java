package dev.liaison.ooo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import dev.liaison.client.CoverageLookup;
import dev.liaison.client.TeamDirectory;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.people.PersonSeed;
import dev.liaison.people.ProfileStatusChanged;
import dev.liaison.slack.SlackUser;
import dev.liaison.store.Sequences;
import dev.liaison.support.TestDatabase;
import dev.liaison.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Teams, absences and cover as the client features read them, OooDirectory on an in-memory database
 * with people and the cover sequence mocked; and the status watcher that turns an away status into
 * an absence.
 */
class OooDirectoryTest {

    private static final TestDatabase.Bare DB = TestDatabase.bare(OooDirectoryTest.class);
    private static final String TEAM = "T0DIRECTORY";
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final MongoTemplate mongo = DB.template();
    private final PeopleService people = mock(PeopleService.class);
    private final Sequences sequences = mock(Sequences.class);
    private final OooService ooo = mock(OooService.class);
    private final AtomicLong coverVersion = new AtomicLong();
    private AbsenceService absences;
    private OooDirectory directory;

    @AfterAll
    static void stop() {
        DB.close();
    }

    @BeforeEach
    void directory() {
        DB.clear();
        absences = new AbsenceService(mongo, new MutableClock(T0));
        directory = new OooDirectory(people, absences, ooo, mongo, sequences);
        when(sequences.recent(TEAM, Coverage.VERSION)).thenAnswer(call -> coverVersion.get());
        // Leo leads Dev and Ana; Ben leads Carl; Hana leads nobody
        team(person("U0LEO", null), person("U0DEV", "U0LEO"), person("U0ANA", "U0LEO"), person("U0BEN", null),
                person("U0CARL", "U0BEN"), person("U0HANA", null));
    }

    private void team(Person... members) {
        when(people.members(TEAM)).thenReturn(Arrays.asList(members));
        for (Person p : members) {
            when(people.find(TEAM, p.userId())).thenReturn(Optional.of(p));
        }
    }

    private static Person person(String id, String leadId) {
        return PersonSeed.person(TEAM, new SlackUser(id, TEAM, null, id.toLowerCase(), id, "Europe/London", false,
                false, false, false, false), T0, leadId);
    }

    private void cover(String id, String absenceId, Plan.Kind kind, String item, String coverId, LocalDate from,
                       LocalDate to, boolean ended) {
        mongo.insert(new Coverage(id, TEAM, absenceId, "U0DEV", kind, item, item, coverId, from.toString(),
                to.toString(), ended, false, T0));
        coverVersion.incrementAndGet();
    }

    @Test
    void whoIsLedByWhomAndTheirCapacity() {
        when(people.ledBy(TEAM, "U0LEO")).thenReturn(List.of(person("U0DEV", "U0LEO"), person("U0ANA", "U0LEO")));

        assertThat(directory.membersLedBy(TEAM, "U0LEO")).containsExactly("U0DEV", "U0ANA");
        assertThat(directory.capacityOf(TEAM, "U0DEV")).isEqualTo(Person.DEFAULT_CAPACITY);
        assertThat(directory.capacityOf(TEAM, "U0NOBODY")).isEqualTo(TeamDirectory.DEFAULT_CAPACITY);
    }

    @Test
    void whoIsOutOnSomeonesTeamTheirTeammatesTheirLeadAndThoseTheyLead() {
        Absence ana = absences.declare(TEAM, "U0ANA", TODAY, TODAY.plusDays(2), "U0ANA", "command");
        absences.declare(TEAM, "U0LEO", TODAY, TODAY, "U0LEO", "command");
        absences.declare(TEAM, "U0DEV", TODAY, TODAY, "U0DEV", "command");
        absences.declare(TEAM, "U0CARL", TODAY, TODAY, "U0CARL", "command");
        absences.declare(TEAM, "U0HANA", TODAY.plusDays(1), TODAY.plusDays(1), "U0HANA", "command");
        cover("k1", ana.id(), Plan.Kind.CLIENT, "c1", "U0ZOE", TODAY, TODAY.plusDays(2), false);
        cover("k2", ana.id(), Plan.Kind.TASK, "T-1", "U0DEV", TODAY, TODAY.plusDays(2), false);
        cover("k3", ana.id(), Plan.Kind.CLIENT, "c2", "U0ZOE", TODAY, TODAY.plusDays(2), false);
        cover("k4", ana.id(), Plan.Kind.CLIENT, "c3", "U0OLD", TODAY, TODAY.plusDays(2), true);

        List<TeamDirectory.Absence> seenByDev = directory.outOnTeamOf(TEAM, "U0DEV", TODAY);
        assertThat(seenByDev).extracting(TeamDirectory.Absence::userId).containsExactlyInAnyOrder("U0LEO", "U0ANA");
        TeamDirectory.Absence anaOut = seenByDev.stream().filter(a -> a.userId().equals("U0ANA")).findFirst().orElseThrow();
        assertThat(anaOut.until()).isEqualTo(TODAY.plusDays(2));
        assertThat(anaOut.coverers()).containsExactly("U0DEV", "U0ZOE");

        assertThat(directory.outOnTeamOf(TEAM, "U0LEO", TODAY)).extracting(TeamDirectory.Absence::userId)
                .containsExactlyInAnyOrder("U0DEV", "U0ANA");
        assertThat(directory.outOnTeamOf(TEAM, "U0BEN", TODAY)).extracting(TeamDirectory.Absence::userId)
                .containsExactly("U0CARL");
        assertThat(directory.outOnTeamOf(TEAM, "U0HANA", TODAY)).isEmpty();
        assertThat(directory.isOut(TEAM, "U0HANA", TODAY)).isFalse();
        assertThat(directory.isOut(TEAM, "U0HANA", TODAY.plusDays(1))).isTrue();
    }

    @Test
    void pendingPlansAreListedForTheirLead() {
        when(ooo.pendingFor(TEAM, "U0LEO")).thenReturn(List.of(new PlanRecord("a1", TEAM, "U0DEV", "U0LEO",
                "2026-11-25", "2026-11-27", List.of(new PlanRecord.Item(Plan.Kind.CLIENT, "c1", "Acme", "U0ANA",
                "U0ANA", Plan.Reason.BACKUP, false, 80)), PlanRecord.State.PENDING, null, null, T0, null)));

        assertThat(directory.pendingReallocations(TEAM, "U0LEO")).containsExactly(
                new TeamDirectory.PendingReallocation("U0DEV", LocalDate.of(2026, 11, 25), 1));
    }

    @Test
    void aClientsCoverIsTheOpenOneForThatDay() {
        cover("k1", "a1", Plan.Kind.CLIENT, "c1", "U0ANA", TODAY, TODAY.plusDays(2), false);
        cover("k2", "a1", Plan.Kind.TASK, "T-1", "U0ANA", TODAY, TODAY.plusDays(2), false);
        cover("k3", "a0", Plan.Kind.CLIENT, "c2", "U0ANA", TODAY, TODAY.plusDays(2), true);
        cover("k4", "a1", Plan.Kind.CLIENT, "c4", "U0BEN", TODAY, TODAY, false);

        assertThat(directory.coverOf(TEAM, "c1", TODAY)).contains(new CoverageLookup.Cover("U0ANA", "U0DEV",
                TODAY.plusDays(2)));
        assertThat(directory.coverOf(TEAM, "c1", TODAY.plusDays(3))).isEmpty();
        assertThat(directory.coverOf(TEAM, "c1", TODAY.minusDays(1))).isEmpty();
        assertThat(directory.coverOf(TEAM, "c2", TODAY)).as("ended").isEmpty();
        assertThat(directory.clientsCoveredBy(TEAM, "U0ANA", TODAY)).containsExactly("c1");
        assertThat(directory.clientsCoveredBy(TEAM, "U0BEN", TODAY.plusDays(1))).isEmpty();

        CoverageLookup.TeamCoverage team = directory.ofTeam(TEAM);
        assertThat(team.clientsCoveredBy("U0ANA", TODAY)).containsExactly("c1");
        assertThat(team.clientsCoveredBy("U0BEN", TODAY)).containsExactly("c4");
        assertThat(team.clientsCoveredBy("U0BEN", TODAY.plusDays(1))).isEmpty();
        assertThat(team.clientsCoveredBy("U0NOBODY", TODAY)).isEmpty();
    }

    @Test
    void coversAreReadAgainOnlyWhenTheCoverSequenceMoved() {
        cover("k1", "a1", Plan.Kind.CLIENT, "c1", "U0ANA", TODAY, TODAY.plusDays(2), false);
        assertThat(directory.coverOf(TEAM, "c1", TODAY)).isPresent();

        // written without the sequence moving (as by a change still on its way): the cache stands
        mongo.insert(new Coverage("k2", TEAM, "a1", "U0DEV", Plan.Kind.CLIENT, "c2", "c2", "U0BEN", TODAY.toString(),
                TODAY.toString(), false, false, T0));
        assertThat(directory.coverOf(TEAM, "c2", TODAY)).isEmpty();

        coverVersion.incrementAndGet();
        assertThat(directory.coverOf(TEAM, "c2", TODAY)).contains(new CoverageLookup.Cover("U0BEN", "U0DEV", TODAY));
    }

    @Test
    void aTeamsAbsencesAsOfADayLeaveOutCancelledOnes() {
        absences.declare(TEAM, "U0DEV", TODAY, TODAY.plusDays(1), "U0DEV", "command");
        absences.declare(TEAM, "U0ANA", TODAY.plusDays(3), TODAY.plusDays(4), "U0ANA", "command");
        absences.backOn(TEAM, "U0ANA", TODAY.plusDays(3));
        // a cancelled absence (ends before it starts) is out on no day, even one inside its old range
        absences.declare(TEAM, "U0BEN", TODAY, TODAY.plusDays(5), "U0BEN", "command");
        absences.backOn(TEAM, "U0BEN", TODAY);

        CoverageLookup.TeamCoverage team = directory.ofTeam(TEAM);

        assertThat(team.isOut("U0DEV", TODAY)).isTrue();
        assertThat(team.isOut("U0DEV", TODAY.plusDays(2))).isFalse();
        assertThat(team.isOut("U0ANA", TODAY.plusDays(3))).isFalse();
        assertThat(team.isOut("U0BEN", TODAY)).isFalse();
        assertThat(team.isOut("U0NOBODY", TODAY)).isFalse();
    }

    @Test
    void anAwayStatusStartsAnAbsenceAndAnyOtherStatusEndsOne() {
        StatusWatcher watcher = new StatusWatcher(ooo);
        Instant until = T0.plusSeconds(86_400);

        watcher.on(new ProfileStatusChanged(TEAM, "U0DEV", ":palm_tree:", "Vacationing", until));
        verify(ooo).statusAway(TEAM, "U0DEV", until);
        verify(ooo, never()).statusBack(anyString(), anyString());

        watcher.on(new ProfileStatusChanged(TEAM, "U0DEV", ":house_with_garden:", "WFH", null));
        verify(ooo).statusBack(TEAM, "U0DEV");
        verify(ooo).statusAway(any(), any(), any());
    }
}
