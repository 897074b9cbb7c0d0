package dev.liaison.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.liaison.support.MutableClock;
import dev.liaison.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The claim on a person's day that the digest and the nudges share: held while working, gone with the record. */
class PersonDaysTest {

    private static final TestDatabase.Bare DB = TestDatabase.bare(PersonDaysTest.class);
    private static final LocalDate DAY = LocalDate.parse("2026-12-03");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T09:00:00Z"));
    private final PersonDays days = new PersonDays(DB.template(), clock);
    private final AtomicInteger runs = new AtomicInteger();

    @BeforeEach
    void empty() {
        DB.clear();
    }

    @AfterAll
    static void close() {
        DB.close();
    }

    @Test
    void nobodyElseWorksOnADayWhileItIsHeld() {
        boolean inner = days.underClaim("T1", "U1", DAY, day -> {
            boolean other = days.underClaim("T1", "U1", DAY, d -> count(PersonDays.Outcome.recorded(true)));
            assertThat(other).isFalse();
            return PersonDays.Outcome.LEFT;
        });
        assertThat(inner).isFalse();
        assertThat(runs).hasValue(0);
    }

    @Test
    void aDayLeftWithoutARecordIsFreeForTheNextRun() {
        days.underClaim("T1", "U1", DAY, day -> PersonDays.Outcome.LEFT);

        assertThat(days.underClaim("T1", "U1", DAY, day -> count(PersonDays.Outcome.recorded(true)))).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aRunThatFailsLetsTheDayGo() {
        assertThatThrownBy(() -> days.underClaim("T1", "U1", DAY, day -> {
            throw new IllegalStateException("Slack is down");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(days.underClaim("T1", "U1", DAY, day -> count(PersonDays.Outcome.LEFT))).isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void theRecordLetsTheDayGoAndIsSeenByTheNextRun() {
        List<PersonDay> held = days.claimAll("T1", Map.of("U1", DAY));
        days.settle(List.of(PersonDays.Settled.digest(held.get(0), List.of("c1"), true)));

        days.underClaim("T1", "U1", DAY, day -> {
            assertThat(day.digestDone()).isTrue();
            assertThat(day.namedInDigest()).containsExactly("c1");
            return count(PersonDays.Outcome.LEFT);
        });
        assertThat(runs).hasValue(1);
    }

    @Test
    void aClaimLeftByACrashedInstanceLapses() {
        assertThat(days.claim("T1", "U1", DAY)).isPresent();
        assertThat(days.underClaim("T1", "U1", DAY, day -> count(PersonDays.Outcome.LEFT))).isFalse();
        assertThat(runs).hasValue(0);

        clock.advance(PersonDays.CLAIM.plus(Duration.ofSeconds(1)));
        days.underClaim("T1", "U1", DAY, day -> count(PersonDays.Outcome.LEFT));
        assertThat(runs).hasValue(1);
    }

    @Test
    void daysArePerPersonAndPerWorkspace() {
        days.underClaim("T1", "U1", DAY, day -> {
            assertThat(days.underClaim("T1", "U2", DAY, d -> count(PersonDays.Outcome.LEFT))).isFalse();
            assertThat(days.underClaim("T2", "U1", DAY, d -> count(PersonDays.Outcome.LEFT))).isFalse();
            assertThat(days.underClaim("T1", "U1", DAY.plusDays(1), d -> count(PersonDays.Outcome.LEFT))).isFalse();
            return PersonDays.Outcome.LEFT;
        });
        assertThat(runs).hasValue(3);
    }

    @Test
    void aBatchHoldsOnlyTheDaysNobodyElseHolds() {
        // U1 held by a nudge now, U2's day exists and is free, U3's day does not exist yet
        assertThat(days.claim("T1", "U1", DAY)).isPresent();
        days.release(days.claim("T1", "U2", DAY).orElseThrow());

        List<PersonDay> held = days.claimAll("T1", Map.of("U1", DAY, "U2", DAY, "U3", DAY));

        assertThat(held).extracting(PersonDay::userId).containsExactlyInAnyOrder("U2", "U3");
        assertThat(held).extracting(PersonDay::claim).containsOnly(held.get(0).claim()).doesNotContainNull();
        // nobody else gets any of them while the batch holds them: not a second batch, not a nudge
        assertThat(days.claimAll("T1", Map.of("U1", DAY, "U2", DAY, "U3", DAY))).isEmpty();
        assertThat(days.underClaim("T1", "U3", DAY, d -> count(PersonDays.Outcome.LEFT))).isFalse();
        assertThat(runs).hasValue(0);
    }

    @Test
    void aBatchLeftByACrashedInstanceLapsesAndIsTakenOnce() {
        assertThat(days.claimAll("T1", Map.of("U1", DAY, "U2", DAY))).hasSize(2);
        assertThat(days.claimAll("T1", Map.of("U1", DAY, "U2", DAY))).isEmpty();

        clock.advance(PersonDays.CLAIM.plus(Duration.ofSeconds(1)));
        assertThat(days.claimAll("T1", Map.of("U1", DAY, "U2", DAY))).hasSize(2);
        assertThat(days.claimAll("T1", Map.of("U1", DAY, "U2", DAY))).isEmpty();
    }

    @Test
    void aBatchWhoseClaimLapsedAndWasTakenRecordsNothingOverTheNewHolder() {
        List<PersonDay> stale = days.claimAll("T1", Map.of("U1", DAY));
        clock.advance(PersonDays.CLAIM.plus(Duration.ofSeconds(1)));
        List<PersonDay> fresh = days.claimAll("T1", Map.of("U1", DAY));
        assertThat(fresh).hasSize(1);

        days.settle(List.of(PersonDays.Settled.digest(stale.get(0), List.of("c1"), true)));
        assertThat(days.find("T1", "U1", DAY).orElseThrow().digestDone()).isFalse();
        assertThat(days.claimAll("T1", Map.of("U1", DAY))).as("still held by the new holder").isEmpty();

        days.settle(List.of(PersonDays.Settled.digest(fresh.get(0), List.of("c2"), true)));
        assertThat(days.find("T1", "U1", DAY).orElseThrow().namedInDigest()).containsExactly("c2");
        assertThat(days.claimAll("T1", Map.of("U1", DAY))).as("let go with the record").hasSize(1);
    }

    @Test
    void twoBatchesRacingOverTheSameDaysNeverHoldOneDayTwice() throws Exception {
        Map<String, LocalDate> everyone = new java.util.HashMap<>();
        for (int i = 0; i < 200; i++) {
            everyone.put("U" + i, DAY);
        }
        // half the days exist already (a nudge run looked at them), half are new: both paths race
        for (int i = 0; i < 200; i += 2) {
            days.release(days.claim("T1", "U" + i, DAY).orElseThrow());
        }
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.Callable<List<PersonDay>> batch = () -> {
                together.await();
                return days.claimAll("T1", everyone);
            };
            var a = two.submit(batch);
            var b = two.submit(batch);
            List<String> heldByA = a.get().stream().map(PersonDay::userId).toList();
            List<String> heldByB = b.get().stream().map(PersonDay::userId).toList();
            assertThat(heldByA.stream().filter(heldByB::contains)).as("days both held").isEmpty();
            assertThat(heldByA.size() + heldByB.size()).isEqualTo(200);
        } finally {
            two.shutdownNow();
        }
    }

    private PersonDays.Outcome count(PersonDays.Outcome outcome) {
        runs.incrementAndGet();
        return outcome;
    }
}
