package dev.liaison.store;

import java.time.Duration;

import dev.liaison.support.DatabaseRoundTrips;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Versions read for hot paths: a change here is seen at once, one by another instance soon after. */
class SequencesRecentE2eTest extends LiaisonE2eTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DatabaseRoundTrips roundTrips;

    @Test
    void aStaleVersionIsReadAgainWithTheWorkspacesOtherVersionsInOneRoundTrip() throws InterruptedException {
        String team = newTeam();
        Sequences here = new Sequences(mongo);
        Sequences elsewhere = new Sequences(mongo);
        elsewhere.next(team, "a");
        elsewhere.next(team, "b");
        elsewhere.next(team, "b");
        here.recent(team, "a");
        here.recent(team, "b");
        here.recent(team, "c");
        // the time under test: every version this instance read is now older than the recheck
        Thread.sleep(Sequences.RECHECK.toMillis() + 50);
        elsewhere.next(team, "c");
        roundTrips.clear();

        assertThat(here.recent(team, "a")).isEqualTo(1);
        assertThat(here.recent(team, "b")).isEqualTo(2);
        assertThat(here.recent(team, "c")).isEqualTo(1);
        assertThat(roundTrips.ofThisThread()).extracting(DatabaseRoundTrips.Trip::toString).containsExactly("find sequences");
    }

    @Test
    void aChangeOnThisInstanceIsSeenAtOnceAndOneOnAnotherWithinTheRecheck() {
        String team = newTeam();
        Sequences here = new Sequences(mongo);
        Sequences elsewhere = new Sequences(mongo);
        assertThat(here.recent(team, "names")).isZero();

        assertThat(here.next(team, "names")).isEqualTo(1);
        assertThat(here.recent(team, "names")).isEqualTo(1);

        assertThat(elsewhere.next(team, "names")).isEqualTo(2);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> here.recent(team, "names") == 2);
        assertThat(here.current(team, "names")).isEqualTo(2);
    }
}
