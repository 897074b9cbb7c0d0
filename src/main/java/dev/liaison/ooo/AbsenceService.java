package dev.liaison.ooo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Absences: declared, merged when they overlap or touch, ended early, listed. */
@Service
public class AbsenceService {

    private final MongoTemplate mongo;
    private final Clock clock;

    AbsenceService(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records an absence, merging it with one of the same person it overlaps or adjoins. */
    public Absence declare(String teamId, String userId, LocalDate from, LocalDate to, String by, String source) {
        for (Absence existing : of(teamId, userId)) {
            if (existing.cancelled()) {
                continue;
            }
            boolean touches = !from.isAfter(existing.toDate().plusDays(1)) && !to.isBefore(existing.fromDate().minusDays(1));
            if (touches) {
                LocalDate mergedFrom = from.isBefore(existing.fromDate()) ? from : existing.fromDate();
                LocalDate mergedTo = to.isAfter(existing.toDate()) ? to : existing.toDate();
                mongo.updateFirst(Query.query(Criteria.where("_id").is(existing.id())),
                        new Update().set("from", mergedFrom.toString()).set("to", mergedTo.toString()), Absence.class);
                return mongo.findById(existing.id(), Absence.class);
            }
        }
        return mongo.insert(new Absence(UUID.randomUUID().toString(), teamId, userId, from.toString(), to.toString(),
                source, by, clock.instant(), null, false, false));
    }

    /** Back today: the absence covering today ends yesterday. */
    public Optional<Absence> backOn(String teamId, String userId, LocalDate today) {
        Optional<Absence> current = of(teamId, userId).stream()
                .filter(a -> !a.cancelled() && (a.covers(today) || a.fromDate().isAfter(today) && a.source().equals("status")))
                .findFirst();
        current.ifPresent(a -> mongo.updateFirst(Query.query(Criteria.where("_id").is(a.id())),
                new Update().set("to", today.minusDays(1).toString()).set("endedEarlyAt", clock.instant()), Absence.class));
        return current.map(a -> mongo.findById(a.id(), Absence.class));
    }

    /**
     * No longer happening: one that has not begun is cancelled (it ends the day before it starts); one under
     * way ends yesterday, as if they came back today.
     */
    public Absence withdraw(String absenceId, LocalDate today) {
        Absence absence = get(absenceId);
        Update update = absence.fromDate().isAfter(today)
                ? new Update().set("to", absence.fromDate().minusDays(1).toString())
                : new Update().set("to", today.minusDays(1).toString()).set("endedEarlyAt", clock.instant());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(absenceId)), update, Absence.class);
        return get(absenceId);
    }

    /** An absence under way that now ends on another day (never before today: that is {@link #withdraw}). */
    public Absence endOn(String absenceId, LocalDate to) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(absenceId)), new Update().set("to", to.toString()),
                Absence.class);
        return get(absenceId);
    }

    public List<Absence> of(String teamId, String userId) {
        return mongo.find(Query.query(Criteria.where("teamId").is(teamId).and("userId").is(userId)), Absence.class);
    }

    public Optional<Absence> current(String teamId, String userId, LocalDate day) {
        return of(teamId, userId).stream().filter(a -> !a.cancelled() && a.covers(day)).findFirst();
    }

    /** Every absence of a workspace (a job's snapshot). */
    public List<Absence> ofTeam(String teamId) {
        return mongo.find(Query.query(Criteria.where("teamId").is(teamId)), Absence.class);
    }

    /** Absences overlapping [from, to], soonest first. */
    public List<Absence> overlapping(String teamId, LocalDate from, LocalDate to) {
        return mongo.find(Query.query(Criteria.where("teamId").is(teamId)), Absence.class).stream()
                .filter(a -> !a.cancelled() && !a.toDate().isBefore(from) && !a.fromDate().isAfter(to))
                .sorted(Comparator.comparing(Absence::fromDate).thenComparing(Absence::userId))
                .toList();
    }

    /** Every absence that still needs the watcher: not yet handed back. */
    public List<Absence> open() {
        return mongo.find(Query.query(Criteria.where("handedBack").is(false)), Absence.class);
    }

    public Absence get(String id) {
        return mongo.findById(id, Absence.class);
    }

    /** Marks a step done once; false when another run did it first. */
    boolean mark(String absenceId, String field) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(absenceId).and(field).is(false)),
                new Update().set(field, true), Absence.class).getModifiedCount() == 1;
    }
}
