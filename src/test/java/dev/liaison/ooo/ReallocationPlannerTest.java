package dev.liaison.ooo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.liaison.ooo.Plan.Assignment;
import dev.liaison.ooo.Plan.Kind;
import dev.liaison.ooo.Plan.Reason;
import dev.liaison.ooo.PlannerInput.ClientItem;
import dev.liaison.ooo.PlannerInput.DateRange;
import dev.liaison.ooo.PlannerInput.TaskItem;
import dev.liaison.ooo.PlannerInput.Teammate;

/** docs/commands.md "/ooo" (the cover plan): who is suggested to cover each client and task, and why. */
class ReallocationPlannerTest {

    static final String ABSENT = "U_ABSENT";
    static final LocalDate FROM = LocalDate.of(2025, 7, 7);
    static final LocalDate TO = LocalDate.of(2025, 7, 11);

    @Nested
    class Backup {

        @Test
        void anAvailableBackupCoversEvenWithTheHighestLoad() {
            Plan plan = plan(team(mate("bob", 10, 8), mate("amy", 10, 0)),
                    List.of(client("c1", "Acme", "bob", "amy")), List.of());

            assertThat(only(plan)).isEqualTo(new Assignment(Kind.CLIENT, "c1", "Acme", "bob", Reason.BACKUP));
        }

        @Test
        void aBackupOutDuringThePeriodFallsToTheNextRule() {
            Plan plan = plan(team(mate("bob", 10, 0, range(TO.minusDays(1), TO.plusDays(3))), mate("amy", 10, 5)),
                    List.of(client("c1", "Acme", "bob")), List.of());

            assertThat(only(plan).coverId()).isEqualTo("amy");
            assertThat(only(plan).reason()).isEqualTo(Reason.LOWEST_LOAD);
        }

        @Test
        void aBackupAtCapacityFallsToTheNextRule() {
            Plan plan = plan(team(mate("bob", 3, 3), mate("amy", 10, 7), mate("cal", 10, 4)),
                    List.of(client("c1", "Acme", "bob", "amy")), List.of());

            assertThat(only(plan).coverId()).isEqualTo("amy");
            assertThat(only(plan).reason()).isEqualTo(Reason.FAMILIAR);
        }

        @Test
        void aBackupOnAnotherTeamCoversTheirClientFirstAndNothingElse() {
            PlannerInput in = new PlannerInput(ABSENT, FROM, TO, team(mate("amy", 10, 5), mate("bob", 10, 0)),
                    List.of(client("c1", "Tyrell Labs", "emma"), client("c2", "Oscorp", null)), List.of(),
                    List.of(mate("emma", 10, 9)));
            Plan plan = ReallocationPlanner.plan(in);

            assertThat(plan.assignments()).extracting(Assignment::itemId, Assignment::coverId, Assignment::reason)
                    .containsExactly(tuple("c1", "emma", Reason.BACKUP), tuple("c2", "bob", Reason.LOWEST_LOAD));
        }

        @Test
        void aBackupOnAnotherTeamWhoIsOutIsPassedOver() {
            PlannerInput in = new PlannerInput(ABSENT, FROM, TO, team(mate("amy", 10, 5)),
                    List.of(client("c1", "Tyrell Labs", "emma")), List.of(), List.of(mate("emma", 10, 0, range(FROM, TO))));

            assertThat(only(ReallocationPlanner.plan(in)).coverId()).isEqualTo("amy");
        }

        @Test
        void aBackupWhoIsNotATeammateIsUnknownAndSkipped() {
            Plan plan = plan(team(mate("amy", 10, 5)), List.of(client("c1", "Acme", "stranger", "stranger")), List.of());

            assertThat(only(plan).coverId()).isEqualTo("amy");
            assertThat(only(plan).reason()).isEqualTo(Reason.LOWEST_LOAD);
        }

        @Test
        void aBackupFilledUpByEarlierClientsIsSkippedForLaterOnes() {
            Plan plan = plan(team(mate("bob", 2, 0), mate("amy", 10, 5)),
                    List.of(client("c1", "A", "bob"), client("c2", "B", "bob"), client("c3", "C", "bob")), List.of());

            assertThat(plan.assignments()).extracting(Assignment::itemId, Assignment::coverId, Assignment::reason)
                    .containsExactly(tuple("c1", "bob", Reason.BACKUP), tuple("c2", "bob", Reason.BACKUP),
                            tuple("c3", "amy", Reason.LOWEST_LOAD));
        }
    }

    @Nested
    class Familiarity {

        @Test
        void someoneWhoTouchedTheClientBeatsALowerLoad() {
            Plan plan = plan(team(mate("amy", 10, 0), mate("bob", 10, 6)),
                    List.of(client("c1", "Acme", null, "bob")), List.of());

            assertThat(only(plan)).isEqualTo(new Assignment(Kind.CLIENT, "c1", "Acme", "bob", Reason.FAMILIAR));
        }

        @Test
        void amongFamiliarPeopleTheLowestLoadWinsThenUserId() {
            Plan lowest = plan(team(mate("amy", 10, 0), mate("bob", 10, 6), mate("cal", 10, 3)),
                    List.of(client("c1", "Acme", null, "bob", "cal")), List.of());
            Plan tie = plan(team(mate("amy", 10, 0), mate("dan", 10, 3), mate("cal", 10, 3)),
                    List.of(client("c1", "Acme", null, "dan", "cal")), List.of());

            assertThat(only(lowest).coverId()).isEqualTo("cal");
            assertThat(only(tie).coverId()).isEqualTo("cal");
            assertThat(only(tie).reason()).isEqualTo(Reason.FAMILIAR);
        }

        @Test
        void aFamiliarPersonWithoutRoomDoesNotCount() {
            Plan plan = plan(team(mate("amy", 10, 4), mate("bob", 6, 6)),
                    List.of(client("c1", "Acme", null, "bob")), List.of());

            assertThat(only(plan).coverId()).isEqualTo("amy");
            assertThat(only(plan).reason()).isEqualTo(Reason.LOWEST_LOAD);
        }

        @Test
        void touchesByTheAbsentPersonOrStrangersDoNotMakeAnyoneFamiliar() {
            Plan plan = plan(team(mate(ABSENT, 10, 0), mate("amy", 10, 4), mate("bob", 10, 1)),
                    List.of(client("c1", "Acme", null, ABSENT, "stranger")), List.of());

            assertThat(only(plan).coverId()).isEqualTo("bob");
            assertThat(only(plan).reason()).isEqualTo(Reason.LOWEST_LOAD);
        }
    }

    @Nested
    class Load {

        @Test
        void theLowestLoadCovers() {
            Plan plan = plan(team(mate("amy", 20, 9), mate("bob", 20, 2), mate("cal", 20, 5)),
                    List.of(client("c1", "Acme", null)), List.of());

            assertThat(only(plan)).isEqualTo(new Assignment(Kind.CLIENT, "c1", "Acme", "bob", Reason.LOWEST_LOAD));
        }

        @Test
        void equalLoadsBreakByUserId() {
            Plan plan = plan(team(mate("cal", 20, 2), mate("amy", 20, 2), mate("bob", 20, 2)),
                    List.of(client("c1", "Acme", null)), List.of());

            assertThat(only(plan).coverId()).isEqualTo("amy");
        }

        @Test
        void capacityExhaustionSpreadsItemsAcrossPeople() {
            // amy 0/2, bob 1/3: each item goes to whoever is lowest at that moment, until both are full
            Plan plan = plan(team(mate("amy", 2, 0), mate("bob", 3, 1)),
                    List.of(client("c1", "A", null), client("c2", "B", null), client("c3", "C", null)),
                    List.of(task("T-1", "one", null), task("T-2", "two", null)));

            assertThat(plan.assignments()).extracting(Assignment::itemId, Assignment::coverId, Assignment::reason)
                    .containsExactly(
                            tuple("c1", "amy", Reason.LOWEST_LOAD),   // amy 1, bob 1
                            tuple("c2", "amy", Reason.LOWEST_LOAD),   // tie → amy 2 (full)
                            tuple("c3", "bob", Reason.LOWEST_LOAD),   // bob 2
                            tuple("T-1", "bob", Reason.LOWEST_LOAD),  // bob 3 (full)
                            tuple("T-2", null, Reason.NEEDS_DECISION));
        }

        @Test
        void someoneAlreadyOverCapacityTakesNothing() {
            Plan plan = plan(team(mate("amy", 5, 9)), List.of(client("c1", "Acme", "amy", "amy")),
                    List.of(task("T-1", "x", null)));

            assertThat(plan.assignments()).extracting(Assignment::reason)
                    .containsExactly(Reason.NEEDS_DECISION, Reason.NEEDS_DECISION);
        }
    }

    @Nested
    class Tasks {

        @Test
        void aTaskFollowsItsClientsCoverer() {
            Plan plan = plan(team(mate("amy", 10, 0), mate("bob", 10, 5)),
                    List.of(client("c1", "Acme", "bob")), List.of(task("T-42", "Send the deck", "c1")));

            assertThat(plan.tasks()).containsExactly(
                    new Assignment(Kind.TASK, "T-42", "T-42 Send the deck", "bob", Reason.FOLLOWS_CLIENT));
        }

        @Test
        void aTaskWhoseClientsCovererIsFullGoesToTheLowestLoad() {
            Plan plan = plan(team(mate("amy", 10, 3), mate("bob", 6, 5)),
                    List.of(client("c1", "Acme", "bob")), List.of(task("T-1", "x", "c1")));

            assertThat(plan.clients().get(0).coverId()).isEqualTo("bob");
            assertThat(plan.tasks().get(0).coverId()).isEqualTo("amy");
            assertThat(plan.tasks().get(0).reason()).isEqualTo(Reason.LOWEST_LOAD);
        }

        @Test
        void aTaskWithoutAClientGoesToTheLowestLoad() {
            Plan plan = plan(team(mate("amy", 10, 3), mate("bob", 10, 1)), List.of(),
                    List.of(task("T-7", "Book the venue", null)));

            assertThat(only(plan)).isEqualTo(
                    new Assignment(Kind.TASK, "T-7", "T-7 Book the venue", "bob", Reason.LOWEST_LOAD));
        }

        @Test
        void aTaskOfAClientOutsideThePlanGoesToTheLowestLoad() {
            // e.g. a task the absent person holds on a colleague's client: no coverer to follow
            Plan plan = plan(team(mate("amy", 10, 3), mate("bob", 10, 1)), List.of(),
                    List.of(task("T-1", "x", "someone-elses-client")));

            assertThat(only(plan).coverId()).isEqualTo("bob");
            assertThat(only(plan).reason()).isEqualTo(Reason.LOWEST_LOAD);
        }

        @Test
        void tasksAreCountedAgainstCapacityLikeClients() {
            Plan plan = plan(team(mate("amy", 2, 0), mate("bob", 10, 5)),
                    List.of(client("c1", "Acme", "amy")),
                    List.of(task("T-1", "a", "c1"), task("T-2", "b", "c1"), task("T-3", "c", "c1")));

            assertThat(plan.tasks()).extracting(Assignment::coverId, Assignment::reason).containsExactly(
                    tuple("amy", Reason.FOLLOWS_CLIENT), tuple("bob", Reason.LOWEST_LOAD),
                    tuple("bob", Reason.LOWEST_LOAD));
        }

        @Test
        void tasksArePlannedInNaturalNumberOrderAfterTheClients() {
            Plan plan = plan(team(mate("amy", 100, 0)), List.of(client("c2", "B", null), client("c1", "A", null)),
                    List.of(task("T-10", "ten", null), task("T-100", "hundred", null), task("T-2", "two", null),
                            task("T-9", "nine", null)));

            assertThat(plan.assignments()).extracting(Assignment::itemId)
                    .containsExactly("c1", "c2", "T-2", "T-9", "T-10", "T-100");
        }

        @Test
        void aTaskWithoutATitleIsLabelledByItsNumber() {
            Plan plan = plan(team(mate("amy", 10, 0)), List.of(),
                    List.of(task("T-1", null, null), task("T-2", "  ", null)));

            assertThat(plan.tasks()).extracting(Assignment::label).containsExactly("T-1", "T-2");
        }
    }

    @Nested
    class NobodyFits {

        @Test
        void anItemNobodyCanTakeAsksTheLead() {
            Plan plan = plan(team(mate("amy", 1, 1), mate("bob", 4, 0, range(FROM, TO))),
                    List.of(client("c1", "Acme", "bob", "bob")), List.of(task("T-3", "Call", "c1")));

            assertThat(plan.assignments()).containsExactly(
                    new Assignment(Kind.CLIENT, "c1", "Acme", null, Reason.NEEDS_DECISION),
                    new Assignment(Kind.TASK, "T-3", "T-3 Call", null, Reason.NEEDS_DECISION));
            assertThat(plan.needingDecision()).isEqualTo(plan.assignments());
        }

        @Test
        void anEmptyTeamLeavesEverythingToTheLead() {
            Plan plan = plan(List.of(), List.of(client("c1", "Acme", null)), List.of(task("T-1", "x", null)));

            assertThat(plan.needingDecision()).hasSize(2);
        }

        @Test
        void nothingToCoverIsAnEmptyPlan() {
            assertThat(plan(team(mate("amy", 10, 0)), List.of(), List.of()).assignments()).isEmpty();
        }
    }

    @Nested
    class Availability {

        @Test
        void anAbsenceTouchingOnlyThePeriodsLastDayCounts() {
            Plan plan = plan(team(mate("amy", 10, 0, range(TO, TO.plusDays(10))), mate("bob", 10, 5)),
                    List.of(client("c1", "Acme", "amy", "amy")), List.of());

            assertThat(only(plan).coverId()).isEqualTo("bob");
        }

        @Test
        void anAbsenceTouchingOnlyThePeriodsFirstDayCounts() {
            Plan plan = plan(team(mate("amy", 10, 0, range(FROM.minusDays(3), FROM)), mate("bob", 10, 5)),
                    List.of(client("c1", "Acme", null)), List.of());

            assertThat(only(plan).coverId()).isEqualTo("bob");
        }

        @Test
        void absencesJustOutsideThePeriodOrCancelledDoNotCount() {
            Plan plan = plan(team(mate("amy", 10, 0, range(FROM.minusDays(5), FROM.minusDays(1)),
                            range(TO.plusDays(1), TO.plusDays(4)), range(TO, FROM)), mate("bob", 10, 5)),
                    List.of(client("c1", "Acme", null)), List.of());

            assertThat(only(plan).coverId()).isEqualTo("amy");
        }

        @Test
        void theAbsentPersonInTheTeammateListIsNeverChosen() {
            Plan plan = plan(team(mate(ABSENT, 100, 0), mate("amy", 10, 9)),
                    List.of(client("c1", "Acme", ABSENT, ABSENT), client("c2", "Beta", null)),
                    List.of(task("T-1", "x", null)));

            assertThat(plan.assignments()).extracting(Assignment::coverId).containsExactly("amy", null, null);
        }
    }

    @Nested
    class Determinism {

        @Test
        void listOrderDoesNotMatter() {
            List<Teammate> team = team(mate("amy", 3, 1), mate("bob", 3, 1), mate("cal", 4, 0));
            List<ClientItem> clients = List.of(client("c3", "C", null, "bob"), client("c1", "A", "cal"),
                    client("c2", "B", null));
            List<TaskItem> tasks = List.of(task("T-11", "b", "c2"), task("T-3", "a", null), task("T-4", "c", "c3"));

            Plan plan = plan(team, clients, tasks);

            assertThat(plan(reversed(team), reversed(clients), reversed(tasks))).isEqualTo(plan);
            assertThat(plan(team, clients, tasks)).isEqualTo(plan);
        }
    }

    @Nested
    class Contract {

        @Test
        void anAbsenceEndingBeforeItStartsIsRejected() {
            assertThatThrownBy(() -> new PlannerInput(ABSENT, TO, FROM, List.of(), List.of(), List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void repeatedIdsAreRejectedBecauseTheyWouldMakeThePlanOrderDependent() {
            assertThatThrownBy(() -> input(team(mate("amy", 1, 0), mate("amy", 5, 0)), List.of(), List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amy");
            assertThatThrownBy(() -> input(List.of(), List.of(client("c1", "A", null), client("c1", "B", null)),
                    List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> input(List.of(), List.of(), List.of(task("T-1", "a", null), task("T-1", "b", null))))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void nullCollectionsReadAsEmpty() {
            Plan plan = ReallocationPlanner.plan(new PlannerInput(ABSENT, FROM, TO,
                    List.of(new Teammate("amy", 5, 0, null)),
                    List.of(new ClientItem("c1", "Acme", null, null)), null));

            assertThat(only(plan).coverId()).isEqualTo("amy");
        }

        @Test
        void dateRangesAreInclusiveAndAnInvertedOneIsEmpty() {
            DateRange week = range(FROM, TO);

            assertThat(week.overlaps(TO, TO.plusDays(1))).isTrue();
            assertThat(week.overlaps(FROM.minusDays(1), FROM)).isTrue();
            assertThat(week.overlaps(TO.plusDays(1), TO.plusDays(2))).isFalse();
            assertThat(week.overlaps(FROM.minusDays(2), FROM.minusDays(1))).isFalse();
            assertThat(range(TO, FROM).overlaps(FROM, TO)).isFalse();
            assertThat(week.overlaps(TO, FROM)).isFalse();
        }

        @Test
        void aCoverIdIsNullExactlyWhenTheLeadMustDecide() {
            assertThatThrownBy(() -> new Assignment(Kind.CLIENT, "c1", "A", null, Reason.LOWEST_LOAD))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Assignment(Kind.CLIENT, "c1", "A", "amy", Reason.NEEDS_DECISION))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Assignment(Kind.CLIENT, "c1", "A", "amy", Reason.FOLLOWS_CLIENT))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Assignment(Kind.TASK, "T-1", "T-1", "amy", Reason.BACKUP))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aClientWithoutANameIsLabelledByItsId() {
            Plan plan = plan(team(mate("amy", 5, 0)), List.of(new ClientItem("c9", null, null, Set.of())), List.of());

            assertThat(only(plan).label()).isEqualTo("c9");
        }
    }

    // --- helpers

    static Plan plan(List<Teammate> team, List<ClientItem> clients, List<TaskItem> tasks) {
        return ReallocationPlanner.plan(input(team, clients, tasks));
    }

    static PlannerInput input(List<Teammate> team, List<ClientItem> clients, List<TaskItem> tasks) {
        return new PlannerInput(ABSENT, FROM, TO, team, clients, tasks);
    }

    static Assignment only(Plan plan) {
        assertThat(plan.assignments()).hasSize(1);
        return plan.assignments().get(0);
    }

    static List<Teammate> team(Teammate... mates) {
        return List.of(mates);
    }

    static Teammate mate(String id, int capacity, int load, DateRange... out) {
        return new Teammate(id, capacity, load, List.of(out));
    }

    static DateRange range(LocalDate from, LocalDate to) {
        return new DateRange(from, to);
    }

    static ClientItem client(String id, String name, String backup, String... touchers) {
        return new ClientItem(id, name, backup, new HashSet<>(Arrays.asList(touchers)));
    }

    static TaskItem task(String number, String title, String clientId) {
        return new TaskItem(number, title, clientId);
    }

    static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
