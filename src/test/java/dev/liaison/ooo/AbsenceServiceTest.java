package dev.liaison.ooo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.liaison.support.TestDatabase;
import dev.liaison.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Absences on an in-memory database: merged when they overlap or touch, ended early, listed, marked once. */
class AbsenceServiceTest {

    private static final TestDatabase.Bare DB = TestDatabase.bare(AbsenceServiceTest.class);
    private static final String TEAM = "T0ABSENCE";
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final LocalDate D10 = LocalDate.of(2026, 12, 10);

    private MutableClock clock;
    private AbsenceService absences;

    @AfterAll
    static void stop() {
        DB.close();
    }

    @BeforeEach
    void service() {
        DB.clear();
        clock = new MutableClock(T0);
        absences = new AbsenceService(DB.template(), clock);
    }

    private static LocalDate day(int n) {
        return D10.plusDays(n - 10);
    }

    @Test
    void aNewAbsenceIsRecordedAsDeclared() {
        Absence absence = absences.declare(TEAM, "U0DEV", day(10), day(12), "U0LEO", "command");

        assertThat(absence.teamId()).isEqualTo(TEAM);
        assertThat(absence.userId()).isEqualTo("U0DEV");
        assertThat(absence.fromDate()).isEqualTo(day(10));
        assertThat(absence.toDate()).isEqualTo(day(12));
        assertThat(absence.declaredBy()).isEqualTo("U0LEO");
        assertThat(absence.source()).isEqualTo("command");
        assertThat(absence.createdAt()).isEqualTo(T0);
        assertThat(absence.prompted()).isFalse();
        assertThat(absence.handedBack()).isFalse();
        assertThat(absence.cancelled()).isFalse();
        assertThat(absences.get(absence.id())).isEqualTo(absence);
    }

    @Test
    void anAbsenceThatOverlapsOrTouchesAnotherIsMergedIntoIt() {
        Absence first = absences.declare(TEAM, "U0DEV", day(10), day(12), "U0DEV", "command");

        Absence after = absences.declare(TEAM, "U0DEV", day(13), day(15), "U0DEV", "command");
        Absence before = absences.declare(TEAM, "U0DEV", day(7), day(9), "U0DEV", "command");
        Absence inside = absences.declare(TEAM, "U0DEV", day(11), day(11), "U0DEV", "command");

        assertThat(List.of(after.id(), before.id(), inside.id())).containsOnly(first.id());
        assertThat(absences.of(TEAM, "U0DEV")).hasSize(1);
        assertThat(inside.fromDate()).isEqualTo(day(7));
        assertThat(inside.toDate()).isEqualTo(day(15));
    }

    @Test
    void aGapOfADayKeepsTwoAbsencesAndOtherPeopleAndWorkspacesAreApart() {
        Absence first = absences.declare(TEAM, "U0DEV", day(10), day(12), "U0DEV", "command");

        Absence later = absences.declare(TEAM, "U0DEV", day(14), day(15), "U0DEV", "command");
        Absence earlier = absences.declare(TEAM, "U0DEV", day(5), day(8), "U0DEV", "command");
        Absence ana = absences.declare(TEAM, "U0ANA", day(10), day(12), "U0ANA", "command");
        Absence elsewhere = absences.declare("T0ELSE", "U0DEV", day(10), day(12), "U0DEV", "command");

        assertThat(List.of(first.id(), later.id(), earlier.id(), ana.id(), elsewhere.id())).doesNotHaveDuplicates();
        assertThat(absences.get(first.id()).toDate()).isEqualTo(day(12));
        assertThat(absences.of(TEAM, "U0DEV")).hasSize(3);
        assertThat(absences.ofTeam(TEAM)).hasSize(4);
    }

    @Test
    void aCancelledAbsenceIsNotMergedInto() {
        Absence cancelled = absences.declare(TEAM, "U0DEV", day(10), day(12), "U0DEV", "command");
        absences.backOn(TEAM, "U0DEV", day(10));
        assertThat(absences.get(cancelled.id()).cancelled()).isTrue();

        Absence again = absences.declare(TEAM, "U0DEV", day(10), day(12), "U0DEV", "command");

        assertThat(again.id()).isNotEqualTo(cancelled.id());
        assertThat(absences.current(TEAM, "U0DEV", day(10))).contains(again);
    }

    @Test
    void backEndsTheAbsenceCoveringTodayTheDayBefore() {
        Absence absence = absences.declare(TEAM, "U0DEV", day(10), day(14), "U0DEV", "command");
        clock.advance(Duration.ofHours(1));

        Absence ended = absences.backOn(TEAM, "U0DEV", day(12)).orElseThrow();

        assertThat(ended.id()).isEqualTo(absence.id());
        assertThat(ended.toDate()).isEqualTo(day(11));
        assertThat(ended.endedEarlyAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(absences.current(TEAM, "U0DEV", day(12))).isEmpty();
        assertThat(absences.current(TEAM, "U0DEV", day(11))).isPresent();
        assertThat(absences.backOn(TEAM, "U0DEV", day(12))).isEmpty();
    }

    @Test
    void backCancelsAStatusAbsenceStartingLaterButNotADeclaredOne() {
        Absence status = absences.declare(TEAM, "U0DEV", day(15), day(16), "U0DEV", "status");
        Absence declared = absences.declare(TEAM, "U0ANA", day(15), day(16), "U0ANA", "command");

        assertThat(absences.backOn(TEAM, "U0DEV", day(12))).isPresent();
        assertThat(absences.backOn(TEAM, "U0ANA", day(12))).isEmpty();

        assertThat(absences.get(status.id()).cancelled()).isTrue();
        assertThat(absences.get(declared.id()).toDate()).isEqualTo(day(16));
    }

    @Test
    void anAbsenceCoversItsFirstAndLastDayInclusive() {
        absences.declare(TEAM, "U0DEV", day(10), day(12), "U0DEV", "command");

        assertThat(absences.current(TEAM, "U0DEV", day(9))).isEmpty();
        assertThat(absences.current(TEAM, "U0DEV", day(10))).isPresent();
        assertThat(absences.current(TEAM, "U0DEV", day(12))).isPresent();
        assertThat(absences.current(TEAM, "U0DEV", day(13))).isEmpty();
    }

    @Test
    void overlappingListsTheAbsencesSharingADaySoonestFirst() {
        Absence ben = absences.declare(TEAM, "U0BEN", day(12), day(14), "U0BEN", "command");
        Absence ana = absences.declare(TEAM, "U0ANA", day(12), day(13), "U0ANA", "command");
        Absence dev = absences.declare(TEAM, "U0DEV", day(8), day(10), "U0DEV", "command");
        absences.declare(TEAM, "U0EVE", day(20), day(21), "U0EVE", "command");
        absences.declare(TEAM, "U0FAY", day(1), day(2), "U0FAY", "command");
        Absence cancelled = absences.declare(TEAM, "U0GUS", day(11), day(11), "U0GUS", "command");
        absences.backOn(TEAM, "U0GUS", day(11));
        absences.declare("T0ELSE", "U0DEV", day(10), day(12), "U0DEV", "command");

        assertThat(absences.overlapping(TEAM, day(10), day(12))).containsExactly(dev, absences.get(ana.id()),
                absences.get(ben.id()));
        assertThat(absences.overlapping(TEAM, day(11), day(11))).isEmpty();
        assertThat(absences.get(cancelled.id()).cancelled()).isTrue();
    }

    @Test
    void aStepIsMarkedDoneOnceAndTheWatcherSeesOnlyWhatIsNotHandedBack() {
        Absence one = absences.declare(TEAM, "U0DEV", day(10), day(12), "U0DEV", "command");
        Absence two = absences.declare(TEAM, "U0ANA", day(10), day(12), "U0ANA", "command");

        assertThat(absences.mark(one.id(), "prompted")).isTrue();
        assertThat(absences.mark(one.id(), "prompted")).isFalse();
        assertThat(absences.get(one.id()).prompted()).isTrue();
        assertThat(absences.mark(one.id(), "handedBack")).isTrue();

        assertThat(absences.open()).extracting(Absence::id).containsExactly(two.id());
    }
}
