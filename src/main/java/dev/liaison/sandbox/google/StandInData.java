package dev.liaison.sandbox.google;

import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonObject;

/**
 * Everything the stand-in knows: service accounts, access tokens it issued, users' calendars and mailboxes,
 * cursors and pages it handed out, scripted failures, calls and refusals. Callers lock on this object
 * for anything that reads and writes more than one field.
 */
final class StandInData {

    /** One user's calendar and mailbox. */
    static final class User {
        final String email;
        ZoneId zone = ZoneOffset.UTC;
        final Map<String, StoredEvent> events = new LinkedHashMap<>();
        long calendarSeq;
        final List<StoredMessage> messages = new ArrayList<>();
        long historyId = 1000;
        /** history records at or after this id are still kept; an older startHistoryId gets 404 */
        long oldestHistoryId = 1;
        StandInFailure failure;

        User(String email) {
            this.email = email;
        }
    }

    record StoredEvent(StandInEvent event, boolean cancelled, long seq, Instant created, Instant updated) {
    }

    record StoredMessage(String id, StandInMessage message, long historyId) {
    }

    record ServiceAccount(String clientEmail, String keyId, PublicKey publicKey, Set<String> grantedScopes,
                          boolean revoked) {
    }

    record AccessToken(String user, Set<String> scopes, Instant expires) {
        boolean has(String scope) {
            return scopes.contains(scope);
        }
    }

    /** A sync token: the calendar's change sequence it was issued at. */
    record SyncPoint(String user, long seq) {
    }

    /** What is left of a listing after the pages already given. */
    record Pending(String user, GoogleCall call, String query, List<JsonObject> items, JsonObject lastPage) {
    }

    final Clock clock;
    final Clock tokenClock;
    final Map<String, User> users = new LinkedHashMap<>();
    final Map<String, ServiceAccount> accounts = new ConcurrentHashMap<>();
    final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();
    /** the token endpoint's scripted answer per service account (client e-mail) */
    final Map<String, StandInFailure> tokenFailures = new ConcurrentHashMap<>();
    /** Sync and page tokens are forgotten oldest first past {@link #KEPT} (Google's expire too): a long sandbox run stays small. */
    final Map<String, SyncPoint> syncTokens = Collections.synchronizedMap(oldestOut());
    final Map<String, Pending> pages = Collections.synchronizedMap(oldestOut());
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final List<String> refusals = new CopyOnWriteArrayList<>();
    private final SecureRandom random = new SecureRandom();
    private long nextMessage = 0x18c2a5f0b3e40000L;

    static final int KEPT = 100_000;

    private static <V> Map<String, V> oldestOut() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > KEPT;
            }
        };
    }

    StandInData(Clock clock, Clock tokenClock) {
        this.clock = clock;
        this.tokenClock = tokenClock;
    }

    synchronized User user(String email) {
        return users.computeIfAbsent(email.toLowerCase(Locale.ROOT), User::new);
    }

    synchronized User existing(String email) {
        return users.get(email.toLowerCase(Locale.ROOT));
    }

    synchronized String nextMessageId() {
        return Long.toHexString(nextMessage++);
    }

    String opaque(String prefix) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }

    void count(GoogleCall call, String user) {
        calls.computeIfAbsent(call + " " + user.toLowerCase(Locale.ROOT), k -> new AtomicInteger()).incrementAndGet();
    }

    int calls(GoogleCall call, String user) {
        AtomicInteger n = calls.get(call + " " + user.toLowerCase(Locale.ROOT));
        return n == null ? 0 : n.get();
    }

    int calls(GoogleCall call) {
        return calls.entrySet().stream().filter(e -> e.getKey().startsWith(call + " "))
                .mapToInt(e -> e.getValue().get()).sum();
    }
}
