package dev.liaison.connect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * What the syncs learn from failures, and who hears: broken credentials DM the heads of accounts once per
 * breakage (again only after it worked and broke again); a person a provider refuses is listed to them once;
 * a throttle waits its {@code Retry-After} and a 5xx backs off, exponentially, without telling anyone.
 */
@Service
public class SyncHealth {

    private static final Logger log = LoggerFactory.getLogger(SyncHealth.class);
    /** A 429 without Retry-After waits this long. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofMinutes(1);
    /** The first back-off after a 5xx; it doubles with each failure in a row, up to {@link #MAX_BACK_OFF}. */
    static final Duration FIRST_BACK_OFF = Duration.ofMinutes(15);
    static final Duration MAX_BACK_OFF = Duration.ofHours(4);

    private final MongoTemplate mongo;
    private final PeopleService people;
    private final ConnectionMessages messages;
    private final Clock clock;

    SyncHealth(MongoTemplate mongo, PeopleService people, ConnectionMessages messages, Clock clock) {
        this.mongo = mongo;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    /** Whether this job should leave this workspace's provider alone for now (a throttle or a back-off). */
    public boolean paused(String teamId, Provider provider, String job) {
        SyncPause pause = mongo.findById(SyncPause.id(teamId, provider, job), SyncPause.class);
        return pause != null && pause.until() != null && pause.until().isAfter(clock.instant());
    }

    /** A run of this job read the provider: any back-off is over, and broken credentials are fixed. */
    public void worked(String teamId, Provider provider, String job) {
        mongo.remove(Query.query(Criteria.where("_id").is(SyncPause.id(teamId, provider, job))), SyncPause.class);
        mongo.upsert(Query.query(Criteria.where("_id").is(ConnectionState.id(teamId, provider))),
                new Update().set("teamId", teamId).set("provider", provider).set("broken", false).unset("problem")
                        .unset("brokenSince").set("lastSuccessAt", clock.instant()), ConnectionState.class);
    }

    /** One failure of the provider, handled by its kind; true when the rest of this run should stop. */
    public boolean failed(String teamId, Provider provider, String job, SyncFailure failure) {
        switch (failure.kind()) {
            case CREDENTIALS -> {
                broken(teamId, provider, failure.getMessage());
                return true;
            }
            case THROTTLED -> {
                Duration wait = failure.retryAfter() == null || failure.retryAfter().isNegative()
                        ? DEFAULT_RETRY_AFTER : failure.retryAfter();
                pause(teamId, provider, job, wait, false);
                log.info("{} asked to wait {}s: {} resumes after that", provider.label(), wait.toSeconds(), job);
                return true;
            }
            case UNAVAILABLE -> {
                pause(teamId, provider, job, null, true);
                log.info("{} is unavailable ({}): {} backs off", provider.label(), failure.getMessage(), job);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void pause(String teamId, Provider provider, String job, Duration wait, boolean backOff) {
        String id = SyncPause.id(teamId, provider, job);
        SyncPause before = mongo.findById(id, SyncPause.class);
        int failures = (before == null ? 0 : before.failures()) + (backOff ? 1 : 0);
        Duration until = wait != null ? wait : backOff(failures);
        mongo.save(new SyncPause(id, clock.instant().plus(until), failures));
    }

    /** 15 minutes, 30, 1 hour, 2, 4, 4… */
    static Duration backOff(int failuresInARow) {
        int doublings = Math.max(0, Math.min(failuresInARow - 1, 10));
        Duration wait = FIRST_BACK_OFF.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait;
    }

    /** Credentials stopped working: the first time since they last worked, each head of accounts hears once. */
    void broken(String teamId, Provider provider, String problem) {
        Instant now = clock.instant();
        ConnectionState before = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(ConnectionState.id(teamId, provider))),
                new Update().set("teamId", teamId).set("provider", provider).set("broken", true).set("problem", problem)
                        .setOnInsert("brokenSince", now),
                FindAndModifyOptions.options().upsert(true).returnNew(false), ConnectionState.class);
        if (before != null && before.broken()) {
            return;  // already broken and told: one DM per breakage, not per run
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ConnectionState.id(teamId, provider))),
                new Update().set("brokenSince", now), ConnectionState.class);
        log.warn("{} credentials stopped working: {}", provider.label(), problem);
        for (String head : heads(teamId)) {
            messages.connectionBroken(teamId, provider, problem, now, head);
        }
    }

    /** The provider refused one person (403) or has no calendar/mailbox for them (404): remembered, told once. */
    public void unreachable(String teamId, Provider provider, String userId, SyncFailure.Kind kind) {
        mongo.upsert(Query.query(Criteria.where("_id").is(UnreachablePerson.id(teamId, provider, userId))),
                new Update().set("teamId", teamId).set("provider", provider).set("userId", userId).set("kind", kind)
                        .setOnInsert("since", clock.instant()).setOnInsert("told", false), UnreachablePerson.class);
    }

    /** This person could be read: a refusal before is forgotten (and would be told again if it came back). */
    public void reachable(String teamId, Provider provider, String userId) {
        mongo.remove(Query.query(Criteria.where("_id").is(UnreachablePerson.id(teamId, provider, userId))),
                UnreachablePerson.class);
    }

    /** At the end of a run: the people newly found unreachable, in one DM to each head. */
    public void tellUnreachable(String teamId, Provider provider) {
        Query untold = Query.query(Criteria.where("teamId").is(teamId).and("provider").is(provider).and("told").is(false));
        List<UnreachablePerson> found = mongo.find(untold, UnreachablePerson.class);
        if (found.isEmpty()) {
            return;
        }
        List<ConnectionMessages.Unreachable> list = found.stream()
                .map(p -> new ConnectionMessages.Unreachable(p.userId(), p.kind())).toList();
        for (String head : heads(teamId)) {
            messages.peopleUnreachable(teamId, provider, list, head);
        }
        mongo.updateMulti(Query.query(Criteria.where("_id").in(found.stream().map(UnreachablePerson::id).toList())),
                new Update().set("told", true), UnreachablePerson.class);
    }

    /** Every connection that is broken now, in every workspace (health, App Home). */
    public List<ConnectionState> broken() {
        return mongo.find(Query.query(Criteria.where("broken").is(true)), ConnectionState.class);
    }

    public List<ConnectionState> broken(String teamId) {
        return mongo.find(Query.query(Criteria.where("teamId").is(teamId).and("broken").is(true)), ConnectionState.class);
    }

    private List<String> heads(String teamId) {
        return people.members(teamId).stream().filter(Person::admin).map(Person::userId).toList();
    }
}
