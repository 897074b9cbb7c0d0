package dev.liaison.ooo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.liaison.ooo.Plan.Assignment;
import dev.liaison.ooo.Plan.Reason;
import dev.liaison.ooo.PlannerInput.Teammate;
import dev.liaison.people.Holidays;
import org.junit.jupiter.api.Test;

import static dev.liaison.ooo.ReallocationPlannerTest.client;
import static org.assertj.core.api.Assertions.assertThat;

/** A teammate on a public holiday of theirs is out for the plan, like an absence. */
class PlannerHolidaysTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 21);
    private static final LocalDate FROM = LocalDate.of(2026, 12, 22);
    private static final LocalDate TO = LocalDate.of(2026, 12, 29);
    /** England's Christmas Day and Boxing Day (taken on Monday 28th) in 2026. */
    private static final Holidays ENGLAND = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28))::contains;

    @Test
    void aHolidayTodayOrOnACoveredDayIsOutAndOneOutsideIsNot() {
        assertThat(PlannerInput.onHoliday(ENGLAND, TODAY, FROM, TO)).isTrue();
        assertThat(PlannerInput.onHoliday(ENGLAND, TODAY, FROM, FROM.plusDays(1))).isFalse();
        assertThat(PlannerInput.onHoliday(ENGLAND, LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 1, 8))).as("on holiday today").isTrue();
        assertThat(PlannerInput.onHoliday(Holidays.NONE, TODAY, FROM, TO)).isFalse();
    }

    @Test
    void theLeastLoadedTeammateOnHolidayIsPassedOver() {
        List<Teammate> team = List.of(new Teammate("amy", 10, 0, List.of(), true), new Teammate("bob", 10, 6, List.of(), false));
        Plan plan = ReallocationPlanner.plan(new PlannerInput("U_ABSENT", FROM, TO, team,
                List.of(client("c1", "Acme", null)), List.of()));

        assertThat(plan.assignments()).extracting(Assignment::coverId, Assignment::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bob", Reason.LOWEST_LOAD));
    }

    @Test
    void aBackupOnHolidayIsPassedOverToo() {
        List<Teammate> team = List.of(new Teammate("amy", 10, 0, List.of(), true), new Teammate("bob", 10, 6, List.of(), false));
        Plan plan = ReallocationPlanner.plan(new PlannerInput("U_ABSENT", FROM, TO, team,
                List.of(client("c1", "Acme", "amy")), List.of()));

        assertThat(plan.assignments().get(0).coverId()).isEqualTo("bob");
    }
}
