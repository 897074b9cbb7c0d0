package dev.liaison.digest.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import dev.liaison.client.Client;
import dev.liaison.client.ClientCommand;
import dev.liaison.client.ClientFixtures;
import dev.liaison.client.ClientService;
import dev.liaison.client.Health;
import dev.liaison.client.HealthBand;
import dev.liaison.people.PeopleService;
import dev.liaison.support.MutableClock;
import dev.liaison.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Each client's weekly score, kept by the weekly job: once a week, at most 12 weeks a client, each workspace its own. */
class HealthHistoryTest {

    private static final TestDatabase.Bare DB = TestDatabase.bare(HealthHistoryTest.class);
    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    private final MutableClock clock = new MutableClock(MONDAY);
    private final ClientService clients = mock(ClientService.class);
    private final PeopleService people = mock(PeopleService.class);
    private final HealthHistory history = new HealthHistory(clients, people, DB.template(), clock);
    private final Client acme = ClientFixtures.ofTeam("T1", "c1", "Acme", "U0OWNER1", MONDAY.minusSeconds(86_400L * 200),
            null, null, 0, MONDAY);

    @BeforeEach
    void empty() {
        DB.clear();
        when(clients.portfolio("T1", ClientCommand.Scope.ALL, null)).thenReturn(List.of(acme));
        when(people.members("T1")).thenReturn(List.of());
    }

    @AfterAll
    static void close() {
        DB.close();
    }

    private void scoreIs(int score) {
        when(clients.health(eq(acme), any(ZoneId.class))).thenReturn(new Health(score, HealthBand.of(score), List.of()));
    }

    @Test
    void theJobKeepsEachClientsScoreOnceAWeek() {
        scoreIs(90);
        assertThat(history.keepThisWeek("T1")).isEqualTo(1);
        clock.set(Instant.parse("2026-11-26T10:00:00Z"));
        scoreIs(40);
        assertThat(history.keepThisWeek("T1")).as("the same week again: nothing read, nothing kept").isZero();
        verify(clients, times(1)).health(eq(acme), any(ZoneId.class));
        clock.set(Instant.parse("2026-11-30T00:05:00Z"));
        assertThat(history.keepThisWeek("T1")).isEqualTo(1);
        assertThat(history.of("T1", "c1")).containsExactly(new HealthHistory.WeekScore("2026-W48", 90),
                new HealthHistory.WeekScore("2026-W49", 40));
        assertThat(history.of("T2", "c1")).as("another workspace sees nothing").isEmpty();
    }

    @Test
    void aClientKeepsTwelveWeeksTheLatest() {
        for (int week = 0; week < 15; week++) {
            LocalDate monday = LocalDate.of(2026, 9, 7).plusWeeks(week);
            history.keep("T1", "c1", new ClientHealthWeeks.Point(HealthHistory.week(monday), 50 + week, MONDAY));
        }
        List<HealthHistory.WeekScore> kept = history.of("T1", "c1");
        assertThat(kept).hasSize(HealthHistory.WEEKS_KEPT);
        assertThat(kept.get(0)).isEqualTo(new HealthHistory.WeekScore("2026-W40", 53));
        assertThat(kept.get(11)).isEqualTo(new HealthHistory.WeekScore("2026-W51", 64));
    }
}
