package dev.liaison.ooo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.liaison.ooo.Plan.Assignment;
import dev.liaison.ooo.Plan.Kind;
import dev.liaison.ooo.Plan.Reason;
import dev.liaison.ooo.PlannerInput.ClientItem;
import dev.liaison.ooo.PlannerInput.DateRange;
import dev.liaison.ooo.PlannerInput.TaskItem;
import dev.liaison.ooo.PlannerInput.Teammate;

/**
 * The planner's promises over generated teams (up to 30 people, 300 clients, 300 tasks): availability, capacity,
 * "nobody fits" only when nobody has room, one assignment per item, and the same plan for the same input in any
 * list order. "Out" is recomputed here day by day rather than with {@link DateRange#overlaps}.
 */
class ReallocationPlannerProperties {

    static final LocalDate BASE = LocalDate.of(2025, 7, 1);
    /** ids U0..U33 are drawn while the team has at most U0..U29, so some backups, touchers and absentees are strangers */
    static final int IDS = 34;

    record MateSpec(int capacity, int load, List<DateRange> absences) {
    }

    record ClientSpec(int backup, Set<Integer> touchers, String name) {
    }

    record TaskSpec(int client, String title) {
    }

    @Provide
    Arbitrary<PlannerInput> inputs() {
        Arbitrary<DateRange> absence = Combinators.combine(ints(-10, 40), ints(-2, 10))
                // a negative length is an inverted, i.e. cancelled, absence
                .as((start, length) -> new DateRange(BASE.plusDays(start), BASE.plusDays(start + length)));
        Arbitrary<MateSpec> mate = Combinators.combine(ints(0, 40), ints(0, 45), absence.list().ofMaxSize(3))
                .as(MateSpec::new);
        Arbitrary<ClientSpec> client = Combinators.combine(ints(-1, IDS - 1), ints(0, IDS - 1).set().ofMaxSize(4),
                Arbitraries.strings().alpha().ofMaxLength(6).injectNull(0.05)).as(ClientSpec::new);
        Arbitrary<TaskSpec> task = Combinators.combine(ints(-1, 320),
                Arbitraries.strings().alpha().ofMaxLength(6).injectNull(0.1)).as(TaskSpec::new);
        return Combinators.combine(ints(0, 20), ints(0, 10), ints(0, IDS - 1), mate.list().ofMaxSize(30),
                client.list().ofMaxSize(300), task.list().ofMaxSize(300), mate.list().ofMaxSize(IDS - 30))
                .as(ReallocationPlannerProperties::build);
    }

    /** Backups on another team are U30.. (never teammates): they may cover only the clients they back up. */
    static PlannerInput build(int start, int length, int absent, List<MateSpec> mates, List<ClientSpec> clients,
                              List<TaskSpec> tasks, List<MateSpec> outsiders) {
        List<Teammate> backups = new ArrayList<>();
        for (int i = 0; i < outsiders.size(); i++) {
            MateSpec m = outsiders.get(i);
            backups.add(new Teammate(user(30 + i), m.capacity(), m.load(), m.absences()));
        }
        List<Teammate> team = new ArrayList<>();
        for (int i = 0; i < mates.size(); i++) {
            MateSpec m = mates.get(i);
            team.add(new Teammate(user(i), m.capacity(), m.load(), m.absences()));
        }
        List<ClientItem> clientItems = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            ClientSpec c = clients.get(i);
            clientItems.add(new ClientItem("C" + i, c.name(), c.backup() < 0 ? null : user(c.backup()),
                    c.touchers().stream().map(ReallocationPlannerProperties::user).collect(Collectors.toSet())));
        }
        List<TaskItem> taskItems = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            TaskSpec t = tasks.get(i);
            // client refs past the generated clients name clients outside the plan
            taskItems.add(new TaskItem("T-" + (i + 1), t.title(), t.client() < 0 ? null : "C" + t.client()));
        }
        return new PlannerInput(user(absent), BASE.plusDays(start), BASE.plusDays(start + length), team, clientItems,
                taskItems, backups);
    }

    @Property(tries = 200)
    void aBackupOnAnotherTeamCoversOnlyTheClientsTheyBackUpAndTheirTasks(@ForAll("inputs") PlannerInput in) {
        Set<String> outsiders = in.backups().stream().map(Teammate::userId).collect(Collectors.toSet());
        Map<String, ClientItem> clients = in.clients().stream().collect(Collectors.toMap(ClientItem::clientId, c -> c));
        Map<String, TaskItem> tasks = in.tasks().stream().collect(Collectors.toMap(TaskItem::number, t -> t));
        for (Assignment a : ReallocationPlanner.plan(in).assignments()) {
            if (a.coverId() == null || !outsiders.contains(a.coverId())) {
                continue;
            }
            if (a.kind() == Kind.CLIENT) {
                assertThat(a.reason()).isEqualTo(Reason.BACKUP);
                assertThat(clients.get(a.itemId()).backupId()).isEqualTo(a.coverId());
            } else {
                assertThat(a.reason()).isEqualTo(Reason.FOLLOWS_CLIENT);
                assertThat(clients.get(tasks.get(a.itemId()).clientId()).backupId()).isEqualTo(a.coverId());
            }
        }
    }

    @Property(tries = 200)
    void neverProposesSomeoneOutDuringThePeriod(@ForAll("inputs") PlannerInput in) {
        Map<String, Teammate> byId = teammates(in);
        for (Assignment a : ReallocationPlanner.plan(in).assignments()) {
            if (a.coverId() != null) {
                assertThat(byId).as("%s is a known teammate", a.coverId()).containsKey(a.coverId());
                assertThat(outDuring(byId.get(a.coverId()), in)).as("%s is out", a.coverId()).isFalse();
            }
        }
    }

    @Property(tries = 200)
    void neverProposesTheAbsentPerson(@ForAll("inputs") PlannerInput in) {
        assertThat(ReallocationPlanner.plan(in).assignments()).extracting(Assignment::coverId)
                .doesNotContain(in.absentId());
    }

    @Property(tries = 200)
    void neverTakesAnyoneOverCapacity(@ForAll("inputs") PlannerInput in) {
        Map<String, Integer> loads = finalLoads(in, ReallocationPlanner.plan(in));
        Map<String, Teammate> byId = teammates(in);
        Set<String> assigned = ReallocationPlanner.plan(in).assignments().stream().map(Assignment::coverId)
                .filter(id -> id != null).collect(Collectors.toSet());
        for (String id : assigned) {
            assertThat(loads.get(id)).as("final load of %s", id).isLessThanOrEqualTo(byId.get(id).capacity());
        }
    }

    /**
     * Loads only grow while planning, so a candidate with room at the end had room at every step: an item left
     * to the lead means every available candidate ended full. ">=" rather than "==" because someone may start
     * over capacity (load is "right now" and nothing stops a lead from overloading a person).
     */
    @Property(tries = 200)
    void needsADecisionOnlyWhenEveryAvailableCandidateIsFull(@ForAll("inputs") PlannerInput in) {
        Plan plan = ReallocationPlanner.plan(in);
        if (plan.needingDecision().isEmpty()) {
            return;
        }
        Map<String, Integer> loads = finalLoads(in, plan);
        for (Teammate mate : in.teammates()) {
            if (available(mate, in)) {
                assertThat(loads.get(mate.userId())).as("final load of %s while %s needs a decision", mate.userId(),
                        plan.needingDecision().get(0).itemId()).isGreaterThanOrEqualTo(mate.capacity());
            }
        }
    }

    @Property(tries = 200)
    void theSameInputInAnyListOrderGivesTheSamePlan(@ForAll("inputs") PlannerInput in, @ForAll Random random) {
        Plan plan = ReallocationPlanner.plan(in);

        assertThat(ReallocationPlanner.plan(in)).isEqualTo(plan);
        assertThat(ReallocationPlanner.plan(shuffled(in, random))).isEqualTo(plan);
    }

    @Property(tries = 200)
    void everyClientAndTaskGetsExactlyOneAssignmentInPlanningOrder(@ForAll("inputs") PlannerInput in) {
        Plan plan = ReallocationPlanner.plan(in);

        assertThat(plan.assignments()).hasSize(in.clients().size() + in.tasks().size());
        assertThat(plan.clients()).extracting(Assignment::itemId)
                .containsExactlyElementsOf(in.clients().stream().map(ClientItem::clientId).sorted().toList());
        assertThat(plan.tasks()).extracting(Assignment::itemId).containsExactlyElementsOf(in.tasks().stream()
                .map(TaskItem::number).sorted(Comparator.comparingInt(n -> Integer.parseInt(n.substring(2)))).toList());
        assertThat(plan.assignments().subList(0, in.clients().size())).allMatch(a -> a.kind() == Kind.CLIENT);
        assertThat(plan.needingDecision()).allMatch(a -> a.coverId() == null)
                .hasSize((int) plan.assignments().stream().filter(a -> a.coverId() == null).count());
    }

    /** Replays the plan in order with running loads and checks each suggestion against the rules. */
    @Property(tries = 200)
    void everyChoiceFollowsTheRulesAtTheMomentItIsMade(@ForAll("inputs") PlannerInput in) {
        Map<String, Teammate> byId = teammates(in);
        Map<String, Integer> load = new HashMap<>();
        in.teammates().stream().filter(m -> available(m, in)).forEach(m -> load.put(m.userId(), m.load()));
        in.backups().stream().filter(m -> available(m, in)).forEach(m -> load.put(m.userId(), m.load()));
        Set<String> team = in.teammates().stream().map(Teammate::userId).collect(Collectors.toSet());
        Map<String, ClientItem> clients = in.clients().stream()
                .collect(Collectors.toMap(ClientItem::clientId, c -> c));
        Map<String, TaskItem> tasks = in.tasks().stream().collect(Collectors.toMap(TaskItem::number, t -> t));
        Map<String, String> clientCover = new HashMap<>();

        for (Assignment a : ReallocationPlanner.plan(in).assignments()) {
            Predicate<String> hasRoom = id -> load.containsKey(id) && load.get(id) < byId.get(id).capacity();
            Comparator<String> leastLoaded = Comparator.comparing((String id) -> load.get(id))
                    .thenComparing(Comparator.naturalOrder());
            // "lowest load" counts what this plan already gave each person (load grows below), and is the team's
            String best = load.keySet().stream().filter(team::contains).filter(hasRoom).min(leastLoaded).orElse(null);
            if (a.kind() == Kind.CLIENT) {
                ClientItem c = clients.get(a.itemId());
                assertThat(a.label()).isEqualTo(c.name() == null ? c.clientId() : c.name());
                String familiar = load.keySet().stream().filter(team::contains).filter(hasRoom).filter(c.recentTouchers()::contains)
                        .min(leastLoaded).orElse(null);
                if (c.backupId() != null && hasRoom.test(c.backupId())) {
                    expect(a, c.backupId(), Reason.BACKUP);
                } else if (familiar != null) {
                    expect(a, familiar, Reason.FAMILIAR);
                } else {
                    expect(a, best, best == null ? Reason.NEEDS_DECISION : Reason.LOWEST_LOAD);
                }
                if (a.coverId() != null) {
                    clientCover.put(c.clientId(), a.coverId());
                }
            } else {
                TaskItem t = tasks.get(a.itemId());
                assertThat(a.label()).isEqualTo(t.title() == null || t.title().isBlank() ? t.number()
                        : t.number() + " " + t.title());
                String follows = t.clientId() == null ? null : clientCover.get(t.clientId());
                if (follows != null && hasRoom.test(follows)) {
                    expect(a, follows, Reason.FOLLOWS_CLIENT);
                } else {
                    expect(a, best, best == null ? Reason.NEEDS_DECISION : Reason.LOWEST_LOAD);
                }
            }
            if (a.coverId() != null) {
                load.merge(a.coverId(), 1, Integer::sum);
            }
        }
    }

    // --- helpers

    static void expect(Assignment a, String coverId, Reason reason) {
        assertThat(a.coverId()).as("cover of %s", a.itemId()).isEqualTo(coverId);
        assertThat(a.reason()).as("reason for %s", a.itemId()).isEqualTo(reason);
    }

    static Arbitrary<Integer> ints(int min, int max) {
        return Arbitraries.integers().between(min, max);
    }

    static String user(int i) {
        return "U" + i;
    }

    /** Everyone who may be proposed: the team and the clients' backups on other teams. */
    static Map<String, Teammate> teammates(PlannerInput in) {
        return Stream.concat(in.teammates().stream(), in.backups().stream())
                .collect(Collectors.toMap(Teammate::userId, m -> m));
    }

    /** Out on at least one day of the period, found by walking the days. */
    static boolean outDuring(Teammate mate, PlannerInput in) {
        for (LocalDate day = in.from(); !day.isAfter(in.to()); day = day.plusDays(1)) {
            for (DateRange r : mate.absences()) {
                if (!day.isBefore(r.from()) && !day.isAfter(r.to())) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean available(Teammate mate, PlannerInput in) {
        return !mate.userId().equals(in.absentId()) && !outDuring(mate, in);
    }

    static Map<String, Integer> finalLoads(PlannerInput in, Plan plan) {
        Map<String, Integer> loads = new HashMap<>();
        in.teammates().forEach(m -> loads.put(m.userId(), m.load()));
        in.backups().forEach(m -> loads.put(m.userId(), m.load()));
        plan.assignments().stream().filter(a -> a.coverId() != null)
                .forEach(a -> loads.merge(a.coverId(), 1, Integer::sum));
        return loads;
    }

    static PlannerInput shuffled(PlannerInput in, Random random) {
        List<Teammate> team = new ArrayList<>();
        for (Teammate m : in.teammates()) {
            team.add(new Teammate(m.userId(), m.capacity(), m.load(), shuffle(m.absences(), random)));
        }
        return new PlannerInput(in.absentId(), in.from(), in.to(), shuffle(team, random), shuffle(in.clients(), random),
                shuffle(in.tasks(), random), shuffle(in.backups(), random));
    }

    static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
