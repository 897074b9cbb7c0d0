package dev.liaison.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import dev.liaison.slack.outbox.Outbox;
import dev.liaison.support.DatabaseCommands;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digest in batches (docs/reliability.md, "Crashes, restarts and shutdown"): a batch of people is
 * claimed, queued and recorded in a few writes, and each person still gets exactly one digest, with two
 * runs at once and after a run cut short anywhere. Each test runs its own workspace's digests, as
 * {@link DigestService#runDue()} does for every workspace (the shared database holds other tests' ones).
 */
class DigestBatchTest extends LiaisonE2eTest {

    static final Instant MONDAY_10Z = Instant.parse("2026-11-23T10:00:00Z");
    static final LocalDate MONDAY = LocalDate.parse("2026-11-23");

    @Autowired
    DatabaseCommands commands;
    @Autowired
    DigestService digests;
    @Autowired
    PersonDays days;
    @Autowired
    Outbox outbox;
    @Autowired
    MongoTemplate mongo;

    String team;

    @BeforeEach
    void now() {
        clock.set(MONDAY_10Z);
        team = newTeam();
    }

    /** People in London (10:00 local: their digest is due), each with a client renewing in 30 days to tell them about. */
    private List<String> agency(int n) {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String user = "UB" + i + "X" + team.substring(1, 7);
            SLACK.member(team, user, "Batch Person " + i, "Europe/London");
            command(team, user, "add \"Renewing " + i + " " + team + "\" renewal +30d");
            people.add(user);
        }
        SLACK.reset();
        return people;
    }

    private String key(String user) {
        return "digest:" + team + ":" + user + ":" + MONDAY;
    }

    private long digestsQueuedFor(String user) {
        return mongo.count(Query.query(Criteria.where("channel").is(user).and("kind").is("digest")), "outbox");
    }

    private void eachHasExactlyOneDigestRecorded(List<String> people) {
        for (String user : people) {
            assertThat(digestsQueuedFor(user)).as("digests queued for %s", user).isEqualTo(1);
            assertThat(days.find(team, user, MONDAY)).as("day of %s", user).hasValueSatisfying(day -> {
                assertThat(day.digestDone()).isTrue();
                assertThat(day.claim()).as("let go").isNull();
            });
        }
    }

    /**
     * Each held day is recorded and released by {_id, claim}: on the embedded server only an index on exactly
     * those fields keeps that from scanning every day document (a 10,000-person run spent half its time there).
     */
    @Test
    void theHeldDayUpdatesHaveAnIndexOnExactlyTheirFields() {
        assertThat(mongo.indexOps("person_days").getIndexInfo()).anySatisfy(index -> {
            assertThat(index.getIndexFields()).extracting(org.springframework.data.mongodb.core.index.IndexField::getKey)
                    .containsExactly("_id", "claim");
            assertThat(index.isUnique()).isTrue();
        });
    }

    @Test
    void aRunCostsAtMostOneDatabaseRoundTripPerDigest() {
        List<String> people = agency(42);

        // the workspace's run, as runDue makes it for each workspace (the other tests' workspaces are left out)
        commands.countThisThread();
        int queued = digests.runDueIn(team, clock.instant());
        commands.stop();

        assertThat(queued).isEqualTo(42);
        // a dozen reads for the workspace, then a claim, a queueing and a record for the batch; the old
        // per-person claim, queueing and record were 3 a digest
        assertThat(commands.total()).as("round trips for 42 digests, by command %s", commands.byCommand())
                .isLessThanOrEqualTo(42);
        eachHasExactlyOneDigestRecorded(people);
    }

    @Test
    void twoRunsAtOnceGiveEachPersonExactlyOneDigest() throws Exception {
        List<String> people = agency(30);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return digests.runDueIn(team, clock.instant());
            }));
        }
        int queued = runs.get(0).get() + runs.get(1).get();

        assertThat(queued).isEqualTo(30);
        eachHasExactlyOneDigestRecorded(people);
    }

    @Test
    void aRunCutShortAfterQueueingSomeDigestsIsFinishedWithoutRepeatingThem() {
        List<String> people = agency(30);
        // a run that died after queueing every third person's digest and before recording them:
        // their keys are taken, their days have lapsed claims, in between people not reached yet
        Map<String, LocalDate> reached = new LinkedHashMap<>();
        for (int i = 0; i < people.size(); i += 3) {
            outbox.enqueue(key(people.get(i)), team, people.get(i), "digest", "Your day (queued before the crash)",
                    List.of());
            reached.put(people.get(i), MONDAY);
        }
        assertThat(days.claimAll(team, reached)).hasSize(10);
        clock.advance(PersonDays.CLAIM.plusSeconds(1));

        int queued = digests.runDueIn(team, clock.instant());

        assertThat(queued).as("only the 20 not queued before").isEqualTo(20);
        eachHasExactlyOneDigestRecorded(people);
        assertThat(outbox.find(key(people.get(0))).text()).contains("queued before the crash");
    }

    @Test
    void aRunCutShortAfterClaimingIsFinishedOnceTheClaimsLapse() {
        List<String> people = agency(30);
        // a run that died right after claiming the first 10 people, before queueing anything
        Map<String, LocalDate> claimed = new LinkedHashMap<>();
        people.subList(0, 10).forEach(p -> claimed.put(p, LocalDate.ofInstant(MONDAY_10Z, ZoneId.of("Europe/London"))));
        assertThat(days.claimAll(team, claimed)).hasSize(10);

        assertThat(digests.runDueIn(team, clock.instant())).as("everyone but the 10 the dead run holds").isEqualTo(20);
        people.subList(0, 10).forEach(p -> assertThat(digestsQueuedFor(p)).as("held: %s", p).isZero());

        clock.advance(PersonDays.CLAIM.plus(Duration.ofSeconds(1)));
        assertThat(digests.runDueIn(team, clock.instant())).isEqualTo(10);
        assertThat(digests.runDueIn(team, clock.instant())).isZero();
        eachHasExactlyOneDigestRecorded(people);
    }
}
