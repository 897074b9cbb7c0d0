package dev.liaison.digest;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That a person's digest of a local day was composed, and which clients it named: an empty digest
 * is recorded too (so it is not recomposed every 15 minutes), and nudges skip what it said.
 */
@Document("digest_log")
record DigestLog(@Id String id, String teamId, String userId, String date, List<String> clientIds, boolean sent,
                 Instant at) {
}
