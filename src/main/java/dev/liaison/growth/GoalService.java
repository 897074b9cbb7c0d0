package dev.liaison.growth;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.liaison.parsing.InvalidInputException;
import dev.liaison.store.Sequences;
import dev.liaison.store.VersionedCache;
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

    /** The version of a workspace's goals: every write bumps it ({@link VersionedCache}). */
    static final String VERSION = "goals";

    private final MongoTemplate mongo;
    private final Sequences sequences;
    private final Clock clock;
    /** Each workspace's open goals by client, for the card: read once per change, not per card. */
    private final VersionedCache<Map<String, List<Goal>>> openByClient;

    GoalService(MongoTemplate mongo, Sequences sequences, Clock clock) {
        this.mongo = mongo;
        this.sequences = sequences;
        this.clock = clock;
        this.openByClient = new VersionedCache<>(sequences, VERSION);
    }

    /** Goals were written behind this service's back (the sandbox's Reset demo): every instance reloads. */
    public void changed(String teamId) {
        openByClient.changed(teamId);
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
        Goal added = mongo.insert(new Goal(Goal.id(teamId, number), teamId, number, clientId, t,
                by == null ? null : by.toString(), Goal.Status.OPEN, actorId, clock.instant(), null, null));
        changed(teamId);
        return added;
    }

    /** Marks a goal done or dropped (again: the new status and who set it). */
    public Goal close(String teamId, String number, Goal.Status status, String actorId) {
        Goal goal = mongo.findAndModify(Query.query(Criteria.where("_id").is(Goal.id(teamId, number.toUpperCase(Locale.ROOT)))),
                new Update().set("status", status).set("closedBy", actorId).set("closedAt", clock.instant()),
                FindAndModifyOptions.options().returnNew(true), Goal.class);
        changed(teamId);
        if (goal == null) {
            throw new InvalidInputException("There is no goal " + number + " in this workspace.");
        }
        return goal;
    }

    /**
     * A client's open goals, soonest "by" first (undated last), then in the order they were set. From
     * the workspace's open goals, cached until a goal changes: the embedded database scans for a query
     * on the client, so a card must not make one.
     */
    public List<Goal> openFor(String teamId, String clientId) {
        return openByClient.get(teamId, "", () -> sorted(mongo.find(Query.query(Criteria.where("teamId").is(teamId)
                        .and("status").is(Goal.Status.OPEN)), Goal.class)).stream()
                        .collect(Collectors.groupingBy(Goal::clientId, Collectors.toUnmodifiableList())))
                .getOrDefault(clientId, List.of());
    }

    /** All of a client's goals with their status (the account plan, the QBR brief). */
    public List<Goal> forClient(String teamId, String clientId) {
        return sorted(mongo.find(Query.query(Criteria.where("teamId").is(teamId).and("clientId").is(clientId)), Goal.class));
    }

    private static List<Goal> sorted(List<Goal> goals) {
        return goals.stream().sorted(Comparator.comparing((Goal g) -> g.by() == null ? "9999-12-31" : g.by())
                .thenComparing(Goal::createdAt)).toList();
    }
}
