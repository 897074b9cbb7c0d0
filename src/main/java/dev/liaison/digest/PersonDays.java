package dev.liaison.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Per-person claims on a local day, shared by the digest and the nudges and by every instance: a
 * claim is an atomic conditional update, held while one person's message is composed, queued and
 * recorded, and released with the record. A claim left by a crashed instance lapses after
 * {@link #CLAIM}, so nobody waits for a job's lock to expire.
 */
@Component
class PersonDays {

    /** Far longer than composing and queueing one person's message; short enough to pick up after a crash. */
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

    /** Records the digest and lets the person go, in one write. */
    void recordDigest(PersonDay day, List<String> clientIds, boolean sent) {
        mongo.updateFirst(held(day), release(new Update().set("digestAt", clock.instant())
                .set("digestClientIds", clientIds).set("digestSent", sent)), PersonDay.class);
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
