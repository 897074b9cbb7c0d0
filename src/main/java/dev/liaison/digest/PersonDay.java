package dev.liaison.digest;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's local day, as the daily digest and the check-in nudges see it: the one document both
 * jobs claim before working on that person, and where each records what it sent. So a run can be
 * repeated at any time, on any instance, alongside the other job, and each person still gets one
 * digest and at most one nudge that never repeats the digest.
 *
 * @param claim        who holds the person now (a fresh token per claim), null when nobody
 * @param claimedUntil when an unreleased claim (its instance died) lapses
 * @param digestAt     when the digest was composed (an empty one too, so it is not recomposed); null before
 * @param digestClientIds the clients the digest named
 * @param nudgeAt      when the nudge was queued; null before
 */
@Document("person_days")
// unique because _id is; it exists for the embedded server, which answers a query from an index only when the
// query's fields are exactly the index's: each "still held by this claim" update ({_id, claim}) scanned every
// day document otherwise, and a digest run of 10,000 people spent half its time there (docs/benchmarks.md)
@CompoundIndex(name = "held", def = "{'_id': 1, 'claim': 1}", unique = true)
record PersonDay(@Id String id, String teamId, String userId, String date, String claim, Instant claimedUntil,
                 Instant digestAt, List<String> digestClientIds, boolean digestSent, Instant nudgeAt,
                 List<String> nudgeClientIds) {

    static String id(String teamId, String userId, String date) {
        return teamId + ":" + userId + ":" + date;
    }

    boolean digestDone() {
        return digestAt != null;
    }

    boolean nudgeDone() {
        return nudgeAt != null;
    }

    List<String> namedInDigest() {
        return digestClientIds == null ? List.of() : digestClientIds;
    }
}
