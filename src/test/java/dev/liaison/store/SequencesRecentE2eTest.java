package dev.liaison.store;

import java.time.Duration;

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
