package dev.liaison.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import dev.liaison.slack.outbox.Outbox;
import dev.liaison.slack.outbox.OutboxMessage;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily digest and the check-in nudges both fire at minute 0 of the hour. Whatever their order
 * and overlap (one instance or two: both claim the person's day in the shared database), a nudge
 * never names a client that the same day's digest named.
 */
class DigestAndNudgesTogetherTest extends LiaisonE2eTest {

    /** Monday 09:00:30 in London: digests are due, and everyone is in working hours. */
    static final Instant MONDAY_NINE = Instant.parse("2026-11-23T09:00:30Z");
    static final int PEOPLE = 12;

    @Autowired
    DigestService digests;
    @Autowired
    NudgeService nudges;
    @Autowired
    Outbox outbox;

    String team;
    List<String> people;

    @BeforeEach
    void agency() {
        clock.set(MONDAY_NINE);
        team = newTeam();
        people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String user = "UDN" + i + team.substring(1, 7);
            people.add(user);
            SLACK.member(team, user, "Person " + i, "Europe/London");
            // never touched: due for a check-in, in the digest or in a nudge
            command(team, user, "add \"Harbour " + i + " " + team + "\"");
            command(team, user, "add \"Meadow " + i + " " + team + "\"");
        }
    }

    @RepeatedTest(3)
    void runAtTheSameMomentANudgeNeverRepeatsTheDigest() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Integer> digestRun = CompletableFuture.supplyAsync(() -> {
            await(start);
            return digests.runDue();
        });
        CompletableFuture<Integer> nudgeRun = CompletableFuture.supplyAsync(() -> {
            await(start);
            return nudges.runDue();
        });
        digestRun.get(60, TimeUnit.SECONDS);
        nudgeRun.get(60, TimeUnit.SECONDS);
        // the digest job runs again the next minute (a person the nudges held at that moment is sent then),
        // and the nudges at the next hour
        clock.advance(Duration.ofMinutes(1));
        digests.runDue();
        clock.advance(Duration.ofHours(1));
        nudges.runDue();

        assertNoNudgeRepeatsADigest();
    }

    @Test
    void theNudgesFirstThenTheDigestsAndStillNoRepeat() {
        nudges.runDue();
        digests.runDue();
        clock.advance(Duration.ofHours(1));
        nudges.runDue();

        assertNoNudgeRepeatsADigest();
    }

    private void assertNoNudgeRepeatsADigest() {
        for (int i = 0; i < people.size(); i++) {
            String person = people.get(i);
            OutboxMessage digest = outbox.find("digest:" + team + ":" + person + ":2026-11-23");
            assertThat(digest).as("%s's digest", person).isNotNull();
            OutboxMessage nudge = outbox.find("nudge:" + team + ":" + person + ":2026-11-23");
            if (nudge == null) {
                continue;
            }
            for (String client : List.of("Harbour", "Meadow")) {
                String name = client + " " + i;
                if (nudge.blocksJson().contains(name + " " + team)) {
                    assertThat(digest.blocksJson()).as("%s's nudge names %s; the digest must not have", person, name)
                            .doesNotContain(name + " " + team);
                }
            }
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
