package dev.liaison.ooo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import dev.liaison.people.Holidays;

/**
 * Everything {@link ReallocationPlanner} needs to plan cover for one absence, as plain values.
 *
 * <p>Null collections read as empty, so callers need not special-case "no absences" or "no touches".
 * Ids must be unique within each list (teammates by userId, clients by clientId, tasks by number): with a
 * duplicate the plan would depend on list order, which {@link ReallocationPlanner} promises it never does.
 *
 * @param absentId the person who is out
 * @param from first day out, inclusive
 * @param to last day out, inclusive; not before {@code from} (a cancelled absence has nothing to plan)
 * @param teammates who could cover (same lead); may include the absent person, who is never chosen
 * @param clients the absent person's clients
 * @param tasks the absent person's open tasks
 * @param backups clients' backups who are not teammates (another team): they may cover the clients they
 *                are the backup of, and nothing else; a teammate listed here too counts as a teammate
 * @throws IllegalArgumentException if {@code to} is before {@code from} or an id repeats within a list
 */
record PlannerInput(String absentId, LocalDate from, LocalDate to, List<Teammate> teammates,
                           List<ClientItem> clients, List<TaskItem> tasks, List<Teammate> backups) {

    /** Without backups from outside the team. */
    public PlannerInput(String absentId, LocalDate from, LocalDate to, List<Teammate> teammates,
                        List<ClientItem> clients, List<TaskItem> tasks) {
        this(absentId, from, to, teammates, clients, tasks, List.of());
    }

    public PlannerInput {
        Objects.requireNonNull(absentId, "absentId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("absence ends (" + to + ") before it starts (" + from + ")");
        }
        teammates = unique(teammates, Teammate::userId, "teammate");
        clients = unique(clients, ClientItem::clientId, "client");
        tasks = unique(tasks, TaskItem::number, "task");
        backups = unique(backups, Teammate::userId, "backup");
    }

    /**
     * One possible coverer.
     *
     * @param load clients owned + clients covered + open tasks, right now; may already exceed capacity
     * @param absences their own absences, inclusive ranges; an inverted range (a cancelled absence) is empty
     * @param onHoliday a public holiday of theirs falls today or on a covered day ({@link #onHoliday}): out, like an absence
     */
    public record Teammate(String userId, int capacity, int load, List<DateRange> absences, boolean onHoliday) {
        public Teammate {
            Objects.requireNonNull(userId, "userId");
            absences = absences == null ? List.of() : List.copyOf(absences);
        }

        /** Not on holiday. */
        public Teammate(String userId, int capacity, int load, List<DateRange> absences) {
            this(userId, capacity, load, absences, false);
        }
    }

    /**
     * Whether someone with these holidays is on holiday today or on any day of {@code [from, to]}: then
     * they are out for a plan made today to cover those days (they would not pick the work up today, or
     * not be there on a day it needs them).
     */
    static boolean onHoliday(Holidays holidays, LocalDate today, LocalDate from, LocalDate to) {
        if (holidays.isHoliday(today)) {
            return true;
        }
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (holidays.isHoliday(day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One client of the absent person.
     *
     * @param backupId the client's backup AM; may be null
     * @param recentTouchers people who touched the client in the last 90 days (nulls are dropped)
     */
    public record ClientItem(String clientId, String name, String backupId, Set<String> recentTouchers) {
        public ClientItem {
            Objects.requireNonNull(clientId, "clientId");
            // Set.copyOf rejects null elements; a touch without an author cannot point at a coverer anyway
            Set<String> copy = new HashSet<>();
            if (recentTouchers != null) {
                recentTouchers.stream().filter(Objects::nonNull).forEach(copy::add);
            }
            recentTouchers = Set.copyOf(copy);
        }
    }

    /**
     * One open task of the absent person.
     *
     * @param number e.g. {@code T-42}
     * @param clientId the task's client; may be null (a task without a client)
     */
    public record TaskItem(String number, String title, String clientId) {
        public TaskItem {
            Objects.requireNonNull(number, "number");
        }
    }

    /** Days out, inclusive on both ends; {@code to} before {@code from} means no days at all. */
    public record DateRange(LocalDate from, LocalDate to) {
        public DateRange {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        /** Whether at least one day lies in both this range and {@code [from, to]} (inclusive). */
        public boolean overlaps(LocalDate from, LocalDate to) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            // an empty range (either side) shares no day, which the two-sided test alone would miss
            if (this.to.isBefore(this.from) || to.isBefore(from)) {
                return false;
            }
            return !this.from.isAfter(to) && !from.isAfter(this.to);
        }
    }

    private static <T> List<T> unique(List<T> items, Function<T, String> id, String what) {
        if (items == null) {
            return List.of();
        }
        List<T> copy = List.copyOf(items);
        Set<String> seen = new HashSet<>();
        for (T item : copy) {
            if (!seen.add(id.apply(item))) {
                throw new IllegalArgumentException("duplicate " + what + " " + id.apply(item));
            }
        }
        return copy;
    }
}
