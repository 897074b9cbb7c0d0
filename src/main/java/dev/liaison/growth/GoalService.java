package dev.liaison.growth;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.liaison.parsing.InvalidInputException;
import dev.liaison.store.Sequences;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** The goals of clients' account plans (G-3), per workspace; each is open until done or dropped. */
@Service
public class GoalService {

    static final int TEXT_MAX = 300;

    private final MongoTemplate mongo;
    private final Sequences sequences;
    private final Clock clock;

    GoalService(MongoTemplate mongo, Sequences sequences, Clock clock) {
        this.mongo = mongo;
        this.sequences = sequences;
        this.clock = clock;
    }

    public Goal add(String teamId, String clientId, String text, LocalDate by, String actorId) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InvalidInputException("What is the goal? Try `/client goal Acme Launch the EU store by Mar 31`.");
        }
        if (t.length() > TEXT_MAX) {
            throw new InvalidInputException("Goals are at most " + TEXT_MAX + " characters; this one has " + t.length() + ".");
        }
        String number = "G-" + sequences.next(teamId, "goal");
        return mongo.insert(new Goal(Goal.id(teamId, number), teamId, number, clientId, t,
                by == null ? null : by.toString(), Goal.Status.OPEN, actorId, clock.instant(), null, null));
    }

    /** Marks a goal done or dropped (again: the new status and who set it). */
    public Goal close(String teamId, String number, Goal.Status status, String actorId) {
        Goal goal = mongo.findAndModify(Query.query(Criteria.where("_id").is(Goal.id(teamId, number.toUpperCase(Locale.ROOT)))),
                new Update().set("status", status).set("closedBy", actorId).set("closedAt", clock.instant()),
                FindAndModifyOptions.options().returnNew(true), Goal.class);
        if (goal == null) {
            throw new InvalidInputException("There is no goal " + number + " in this workspace.");
        }
        return goal;
    }

    /** A client's open goals, soonest "by" first (undated last), then in the order they were set. */
    public List<Goal> openFor(String teamId, String clientId) {
        return forClient(teamId, clientId).stream().filter(g -> g.status() == Goal.Status.OPEN).toList();
    }

    /** All of a client's goals with their status (the account plan, the QBR brief). */
    public List<Goal> forClient(String teamId, String clientId) {
        return mongo.find(Query.query(Criteria.where("teamId").is(teamId).and("clientId").is(clientId)), Goal.class)
                .stream().sorted(Comparator.comparing((Goal g) -> g.by() == null ? "9999-12-31" : g.by())
                        .thenComparing(Goal::createdAt)).toList();
    }
}
