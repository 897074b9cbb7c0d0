package dev.liaison.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The daily digest: each person whose local time has passed their digest time on a working day
 * gets one DM that local day. Safe to run every 15 minutes, on several instances, and again after
 * a crash: the outbox key and the digest log make every step happen once.
 */
@Service
public class DigestService {

    private static final Logger log = LoggerFactory.getLogger(DigestService.class);

    private final PeopleService people;
    private final DigestComposer composer;
    private final DigestMessages messages;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final Counter digestsSent;

    DigestService(PeopleService people, DigestComposer composer, DigestMessages messages, MongoTemplate mongo,
                  Clock clock, MeterRegistry meters) {
        this.people = people;
        this.composer = composer;
        this.messages = messages;
        this.mongo = mongo;
        this.clock = clock;
        this.digestsSent = Counter.builder("liaison.digests.sent").description("daily digests queued").register(meters);
    }

    /**
     * A workspace's data is read once per run (see {@link DigestComposer.Workspace}), and which of the
     * due people already had today's digest in one query, so each digest costs one write (the queued
     * message) and a share of a batched write of the digest log.
     *
     * @return how many digests this run queued
     */
    public int runDue() {
        Instant now = clock.instant();
        int queued = 0;
        for (String teamId : people.workspaces()) {
            try {
                queued += runDue(teamId, now);
            } catch (RuntimeException e) {
                // one workspace's trouble (its data, its token) never holds up the others' digests
                log.warn("Digests for workspace {} failed: {}", teamId, e.getMessage());
            }
        }
        return queued;
    }

    private int runDue(String teamId, Instant now) {
        List<Person> due = people.members(teamId).stream().filter(p -> p.schedule().digestDue(now)).toList();
        if (due.isEmpty()) {
            return 0;
        }
        int queued = 0;
        java.util.Set<String> done = alreadyComposed(due, now);
        DigestComposer.Workspace workspace = null;
        List<DigestLog> logs = new java.util.ArrayList<>();
        try {
            for (Person person : due) {
                if (done.contains(key(person, now))) {
                    continue;
                }
                try {
                    if (workspace == null) {
                        workspace = composer.workspace(teamId);
                    }
                    queued += digestFor(workspace, person, now, logs) ? 1 : 0;
                } catch (RuntimeException e) {
                    // one person's failure must not stop everyone else's digest; the next run retries them
                    log.warn("Digest for {} in {} failed: {}", person.userId(), teamId, e.getMessage());
                }
            }
        } finally {
            writeLogs(logs);
        }
        return queued;
    }

    private static String key(Person person, Instant now) {
        return "digest:" + person.teamId() + ":" + person.userId() + ":" + person.schedule().localDate(now);
    }

    /** The keys of these people's digests of their today that are already logged (one read by ids). */
    private java.util.Set<String> alreadyComposed(List<Person> due, Instant now) {
        List<String> keys = due.stream().map(p -> key(p, now)).toList();
        return mongo.find(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").in(keys)), DigestLog.class)
                .stream().map(DigestLog::id).collect(java.util.stream.Collectors.toSet());
    }

    private boolean digestFor(DigestComposer.Workspace workspace, Person person, Instant now, List<DigestLog> logs) {
        LocalDate today = person.schedule().localDate(now);
        if (workspace.coverage().isOut(person.userId(), today)) {
            // out of office: no digest; their coverers' digests carry their clients
            return false;
        }
        String key = key(person, now);
        Digest digest = composer.compose(workspace, person.userId(), person.zone(), today, now);
        // queue first, log second: a crash in between leaves a queued digest that the next run finds
        // (composed again, its queueing refused by the outbox key, then logged)
        boolean queued = !digest.isEmpty() && messages.queueDigest(digest);
        List<String> named = digest.dueCheckIns().stream().map(Digest.DueClient::clientId).toList();
        logs.add(new DigestLog(key, person.teamId(), person.userId(), today.toString(), named, !digest.isEmpty(), now));
        if (logs.size() >= LOG_BATCH) {
            writeLogs(logs);
        }
        if (queued) {
            digestsSent.increment();
        }
        return queued;
    }

    /** Digest log entries are written in batches: one round trip for many digests. */
    static final int LOG_BATCH = 200;

    private void writeLogs(List<DigestLog> logs) {
        if (logs.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(org.springframework.data.mongodb.core.BulkOperations.BulkMode.UNORDERED, DigestLog.class)
                    .insert(List.copyOf(logs)).execute();
        } catch (org.springframework.data.mongodb.BulkOperationException e) {
            // another instance logged some of them first: theirs stand; anything else is worth a line
            e.getErrors().stream().filter(error -> error.getCode() != 11000).findFirst().ifPresent(error ->
                    log.warn("Could not log {} digests: {}", e.getErrors().size(), error.getMessage()));
        } finally {
            logs.clear();
        }
    }

    /** The clients a person's digest named on that local day (empty when there was none). */
    List<String> namedInDigest(String teamId, String userId, LocalDate date) {
        DigestLog entry = mongo.findById("digest:" + teamId + ":" + userId + ":" + date, DigestLog.class);
        return entry == null ? List.of() : entry.clientIds();
    }

    /**
     * Why a run queued no digest, for whoever ran it ("Run now", the Actuator): from who is due now
     * and what is logged for their today, read after the run.
     */
    public String whyNoDigest() {
        Instant now = clock.instant();
        int due = 0;
        int sent = 0;
        for (String teamId : people.workspaces()) {
            List<Person> duePeople = people.members(teamId).stream().filter(p -> p.schedule().digestDue(now)).toList();
            due += duePeople.size();
            sent += (int) mongo.find(org.springframework.data.mongodb.core.query.Query.query(
                            org.springframework.data.mongodb.core.query.Criteria.where("_id")
                                    .in(duePeople.stream().map(p -> key(p, now)).toList())), DigestLog.class)
                    .stream().filter(DigestLog::sent).count();
        }
        if (sent > 0) {
            return "today's digest was already sent";
        }
        if (due == 0) {
            return "no one's digest time has come yet today (each person's own time, on their working days)";
        }
        return "nothing to say today to anyone due (or they are out of office)";
    }
}
