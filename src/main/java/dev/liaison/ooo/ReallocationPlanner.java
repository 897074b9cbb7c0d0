package dev.liaison.ooo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import dev.liaison.ooo.Plan.Assignment;
import dev.liaison.ooo.Plan.Kind;
import dev.liaison.ooo.Plan.Reason;
import dev.liaison.ooo.PlannerInput.ClientItem;
import dev.liaison.ooo.PlannerInput.TaskItem;
import dev.liaison.ooo.PlannerInput.Teammate;

/**
 * Suggests who covers each client and open task of someone who is out (docs/commands.md "/ooo": the cover
 * plan). Pure: the same input always gives the same plan, whatever the order of its lists.
 *
 * <p>Rules:
 * <ol>
 *   <li><b>Candidates</b> are the teammates in the input minus the absent person, minus anyone with an
 *       absence sharing at least one day with {@code [from, to]} (touching the first or last day counts).
 *       A client's backup from another team ({@link PlannerInput#backups()}), when not out, is a candidate
 *       for the clients they are the backup of and for nothing else; anyone else outside the team is
 *       never suggested.</li>
 *   <li><b>Capacity</b>: a candidate may take an item only while {@code load + 1 <= capacity}; their load
 *       grows by one with every client or task given to them in this plan. Someone already at or over
 *       capacity takes nothing.</li>
 *   <li><b>Clients</b>, by clientId: the backup if they are a candidate with room ({@link Reason#BACKUP});
 *       else, among candidates with room, those who touched the client in the last 90 days
 *       ({@link Reason#FAMILIAR}), else all of them ({@link Reason#LOWEST_LOAD}) — in both cases the
 *       lowest current load wins, ties to the smallest userId. Nobody with room →
 *       {@link Reason#NEEDS_DECISION}.</li>
 *   <li><b>Tasks</b>, after all clients, by number in natural order ({@code T-2} before {@code T-10}): a task
 *       whose client got a coverer in this plan goes to that coverer while they have room
 *       ({@link Reason#FOLLOWS_CLIENT}); otherwise (no client, a client outside this plan or one left to the
 *       lead, or a full coverer) the lowest current load, ties by userId ({@link Reason#LOWEST_LOAD});
 *       nobody with room → {@link Reason#NEEDS_DECISION}.</li>
 *   <li><b>Determinism</b>: items and people are visited in sorted order and every choice breaks ties by
 *       id, so nothing depends on list order or hash order.</li>
 *   <li><b>Labels</b>: the client's name (its id if it has none) for a client, {@code "T-42 title"} for a task
 *       (just the number without a title).</li>
 * </ol>
 * The plan holds one assignment per client, then one per task, in the order they were planned.
 */
final class ReallocationPlanner {

    /** Lowest current load first, then userId, so ties never depend on input order. */
    private static final Comparator<Candidate> LEAST_LOADED =
            Comparator.comparingInt((Candidate c) -> c.load).thenComparing(c -> c.userId);

    /** Task numbers compare digit runs as numbers, so {@code T-2 < T-10}; full text breaks the rest ({@code T-02}). */
    static final Comparator<String> NATURAL = ReallocationPlanner::compareNatural;

    private ReallocationPlanner() {
    }

    public static Plan plan(PlannerInput input) {
        Objects.requireNonNull(input, "input");
        Map<String, Candidate> candidates = candidates(input, input.teammates());
        // backups on another team: only ever chosen as the backup of their own clients
        Map<String, Candidate> outsideBackups = candidates(input, input.backups());
        outsideBackups.keySet().removeAll(candidates.keySet());
        List<Assignment> out = new ArrayList<>();
        // clientId -> coverer, for tasks to follow their client
        Map<String, Candidate> clientCover = new TreeMap<>();

        List<ClientItem> clients = input.clients().stream().sorted(Comparator.comparing(ClientItem::clientId)).toList();
        for (ClientItem client : clients) {
            String label = client.name() == null ? client.clientId() : client.name();
            Candidate backup = client.backupId() == null ? null
                    : candidates.getOrDefault(client.backupId(), outsideBackups.get(client.backupId()));
            Choice choice;
            if (backup != null && backup.hasRoom()) {
                choice = new Choice(backup, Reason.BACKUP);
            } else {
                Set<String> touchers = client.recentTouchers();
                choice = leastLoaded(candidates, c -> touchers.contains(c.userId))
                        .map(c -> new Choice(c, Reason.FAMILIAR))
                        .or(() -> leastLoaded(candidates, c -> true).map(c -> new Choice(c, Reason.LOWEST_LOAD)))
                        .orElse(null);
            }
            if (choice != null) {
                clientCover.put(client.clientId(), choice.cover);
            }
            out.add(assign(Kind.CLIENT, client.clientId(), label, choice));
        }

        List<TaskItem> tasks = input.tasks().stream().sorted(Comparator.comparing(TaskItem::number, NATURAL)).toList();
        for (TaskItem task : tasks) {
            String label = task.title() == null || task.title().isBlank() ? task.number()
                    : task.number() + " " + task.title();
            Candidate follows = task.clientId() == null ? null : clientCover.get(task.clientId());
            Choice choice = follows != null && follows.hasRoom() ? new Choice(follows, Reason.FOLLOWS_CLIENT)
                    : leastLoaded(candidates, c -> true).map(c -> new Choice(c, Reason.LOWEST_LOAD)).orElse(null);
            out.add(assign(Kind.TASK, task.number(), label, choice));
        }
        return new Plan(out);
    }

    private static Map<String, Candidate> candidates(PlannerInput input, List<Teammate> people) {
        // sorted by userId so that iteration order is fixed too, not only the tie-break
        Map<String, Candidate> candidates = new TreeMap<>();
        for (Teammate mate : people) {
            // on a public holiday of theirs (today or a covered day) they are out, like an absence
            boolean out = mate.onHoliday() || mate.absences().stream().anyMatch(r -> r.overlaps(input.from(), input.to()));
            if (!mate.userId().equals(input.absentId()) && !out) {
                candidates.put(mate.userId(), new Candidate(mate.userId(), mate.capacity(), mate.load()));
            }
        }
        return candidates;
    }

    private static Optional<Candidate> leastLoaded(Map<String, Candidate> candidates, Predicate<Candidate> eligible) {
        return candidates.values().stream().filter(Candidate::hasRoom).filter(eligible).min(LEAST_LOADED);
    }

    /** Records the item and charges it to the coverer, so later items see the grown load. */
    private static Assignment assign(Kind kind, String itemId, String label, Choice choice) {
        if (choice == null) {
            return new Assignment(kind, itemId, label, null, Reason.NEEDS_DECISION);
        }
        choice.cover.load++;
        return new Assignment(kind, itemId, label, choice.cover.userId, choice.reason);
    }

    private static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                // compare as numbers without parsing, so any length of digits works
                String na = stripZeros(a.substring(i, endA));
                String nb = stripZeros(b.substring(j, endB));
                int byValue = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }

    /** A candidate's running load while the plan is built; local to one call of {@link #plan}. */
    private static final class Candidate {
        final String userId;
        final int capacity;
        int load;

        Candidate(String userId, int capacity, int load) {
            this.userId = userId;
            this.capacity = capacity;
            this.load = load;
        }

        /** {@code load + 1 <= capacity}, written so that a load of Integer.MAX_VALUE cannot overflow. */
        boolean hasRoom() {
            return load < capacity;
        }
    }

    private record Choice(Candidate cover, Reason reason) {
    }
}
