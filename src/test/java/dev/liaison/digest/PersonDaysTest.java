package dev.liaison.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
        days.underClaim("T1", "U1", DAY, day -> {
            days.recordDigest(day, List.of("c1"), true);
            return PersonDays.Outcome.recorded(true);
        });

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

    private PersonDays.Outcome count(PersonDays.Outcome outcome) {
        runs.incrementAndGet();
        return outcome;
    }
}
