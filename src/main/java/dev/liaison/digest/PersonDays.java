package dev.liaison.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Per-person claims on a local day, shared by the digest and the nudges and by every instance: a
 * claim is an atomic insert or conditional update of the person's day, held while their message is
 * composed, queued and recorded, and released with the record. The nudges claim one person at a
 * time; the digest claims a batch of people at once ({@link #claimAll}) and records and releases the
 * batch in one write ({@link #settle}), each day still claimed on its own. A claim left by a crashed
 * instance lapses after {@link #CLAIM}, so nobody waits for a job's lock to expire.
 */
@Component
class PersonDays {

    /**
     * Far longer than composing and queueing one person's message or a digest batch of them (a batch of
     * 200 takes about half a second); short enough to pick up after a crash.
     */
    static final Duration CLAIM = Duration.ofSeconds(30);

    private final MongoTemplate mongo;
    private final Clock clock;

    PersonDays(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The person's day, held for this caller; empty when someone else holds it now. */
    Optional<PersonDay> claim(String teamId, String userId, LocalDate date) {
        String id = PersonDay.id(teamId, userId, date.toString());
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        try {
            // the first look at a person's day creates it already claimed: one round trip
            return Optional.of(mongo.insert(new PersonDay(id, teamId, userId, date.toString(), token,
                    now.plus(CLAIM), null, null, false, null, null)));
        } catch (DuplicateKeyException exists) {
            // a conditional update, no upsert (upserts with a condition behave differently across servers)
            return Optional.ofNullable(mongo.findAndModify(Query.query(Criteria.where("_id").is(id).orOperator(
                            Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lte(now))),
                    new Update().set("claim", token).set("claimedUntil", now.plus(CLAIM)),
                    FindAndModifyOptions.options().returnNew(true), PersonDay.class));
        }
    }

    /** What work done under a claim did with the day: recorded it (the record lets the person go), or left it. */
    record Outcome(boolean recorded, boolean queued) {
        /** Nothing recorded: the claim is released for the next run. */
        static final Outcome LEFT = new Outcome(false, false);

        static Outcome recorded(boolean queued) {
            return new Outcome(true, queued);
        }
    }

    /**
     * Runs {@code work} on the person's day while holding it: the claim goes with the record the work
     * writes, or is released when it writes none (or throws). False, without running it, when another
     * run holds the day now; else whether the work queued a message.
     */
    boolean underClaim(String teamId, String userId, LocalDate date, Function<PersonDay, Outcome> work) {
        Optional<PersonDay> claimed = claim(teamId, userId, date);
        if (claimed.isEmpty()) {
            return false;
        }
        PersonDay day = claimed.get();
        Outcome outcome = Outcome.LEFT;
        try {
            outcome = work.apply(day);
            return outcome.queued();
        } finally {
            if (!outcome.recorded()) {
                release(day);
            }
        }
    }

    /**
     * These people's days, held for this caller under one token: those nobody else holds now. Each day
     * is claimed on its own (an insert of the new ones, unordered, in one round trip: a duplicate key
     * means the day exists; then one conditional update of the existing ones that are free, and one
     * read of those this caller got), so two callers never hold the same day.
     */
    List<PersonDay> claimAll(String teamId, Map<String, LocalDate> dateByUser) {
        if (dateByUser.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        List<PersonDay> fresh = dateByUser.entrySet().stream().map(e -> new PersonDay(
                PersonDay.id(teamId, e.getKey(), e.getValue().toString()), teamId, e.getKey(), e.getValue().toString(),
                token, now.plus(CLAIM), null, null, false, null, null)).toList();
        Set<Integer> existing = new HashSet<>();
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PersonDay.class).insert(fresh).execute();
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                existing.add(error.getIndex());
            }
        }
        List<PersonDay> held = new ArrayList<>();
        List<String> existingIds = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            if (existing.contains(i)) {
                existingIds.add(fresh.get(i).id());
            } else {
                held.add(fresh.get(i));
            }
        }
        if (!existingIds.isEmpty()) {
            // the same condition as one claim's, per document: a day someone else holds is left alone
            mongo.updateMulti(Query.query(Criteria.where("_id").in(existingIds).orOperator(
                            Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lte(now))),
                    new Update().set("claim", token).set("claimedUntil", now.plus(CLAIM)), PersonDay.class);
            held.addAll(mongo.find(Query.query(Criteria.where("_id").in(existingIds).and("claim").is(token)),
                    PersonDay.class));
        }
        return held;
    }

    /** What a digest run did with one held day: a digest composed (naming these clients, sent or empty), or nothing. */
    record Settled(PersonDay day, List<String> digestClientIds, boolean digestSent, boolean digestRecorded) {

        static Settled digest(PersonDay day, List<String> clientIds, boolean sent) {
            return new Settled(day, clientIds, sent, true);
        }

        static Settled released(PersonDay day) {
            return new Settled(day, null, false, false);
        }
    }

    /**
     * Records the digests of held days and lets every one of them go, in one write: each update is
     * conditional on this caller's claim, so a day whose claim lapsed and was taken is left to its new holder.
     */
    void settle(Collection<Settled> days) {
        if (days.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PersonDay.class);
        for (Settled s : days) {
            Update update = s.digestRecorded() ? new Update().set("digestAt", now)
                    .set("digestClientIds", s.digestClientIds()).set("digestSent", s.digestSent()) : new Update();
            bulk.updateOne(held(s.day()), release(update));
        }
        bulk.execute();
    }

    /** Records the nudge and lets the person go, in one write. */
    void recordNudge(PersonDay day, List<String> clientIds) {
        mongo.updateFirst(held(day), release(new Update().set("nudgeAt", clock.instant())
                .set("nudgeClientIds", clientIds)), PersonDay.class);
    }

    void release(PersonDay day) {
        mongo.updateFirst(held(day), release(new Update()), PersonDay.class);
    }

    /** Of these days (by id), those whose digest is already recorded: one read for a whole workspace. */
    Set<String> withDigest(Collection<String> ids) {
        Query query = Query.query(Criteria.where("_id").in(ids).and("digestAt").ne(null));
        return mongo.find(query, PersonDay.class).stream().map(PersonDay::id).collect(Collectors.toSet());
    }

    /** How many of these days (by id) had a digest sent: one count for a whole workspace. */
    long digestsSent(Collection<String> ids) {
        return mongo.count(Query.query(Criteria.where("_id").in(ids).and("digestSent").is(true)), PersonDay.class);
    }

    Optional<PersonDay> find(String teamId, String userId, LocalDate date) {
        return Optional.ofNullable(mongo.findById(PersonDay.id(teamId, userId, date.toString()), PersonDay.class));
    }

    /** The embedded server has no TTL: days older than a week are removed here, hourly. */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    void purge() {
        try {
            String weekAgo = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(8).toString();
            mongo.remove(Query.query(Criteria.where("date").lt(weekAgo)), PersonDay.class);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(PersonDays.class).warn("Person days clean-up skipped: {}", e.getMessage());
        }
    }

    private static Query held(PersonDay day) {
        return Query.query(Criteria.where("_id").is(day.id()).and("claim").is(day.claim()));
    }

    private static Update release(Update update) {
        return update.unset("claim").unset("claimedUntil");
    }
}
