package dev.liaison.support;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The messages of the fake Slack's conversations, and what conversations.history and
 * conversations.replies answer about them, as Slack does:
 * <ul>
 * <li>every {@code ts} comes from one clock (the test's, when it has one), in Slack's form
 * {@code 1700000000.000100}, and is unique and increasing within its conversation;</li>
 * <li>{@code oldest} and {@code latest} are exclusive unless {@code inclusive=true};</li>
 * <li>a message's {@code metadata} is shown only with {@code include_all_metadata=true};</li>
 * <li>history holds a conversation's top-level messages, newest first; replies a thread's parent
 * then its replies, oldest first; both in pages of {@code limit} (history 100 by default, at most
 * 999; replies 1,000 by default) with {@code has_more} and {@code response_metadata.next_cursor}.</li>
 * </ul>
 */
final class FakeConversations {

    private volatile Clock clock = Clock.systemUTC();
    private final Map<String, List<JsonObject>> messages = new ConcurrentHashMap<>();
    /** The last ts given in each conversation, in microseconds. */
    private final Map<String, Long> lastTs = new ConcurrentHashMap<>();

    void clock(Clock clock) {
        this.clock = clock;
    }

    /** The next ts of a conversation: Slack's clock, one microsecond past the last if that is not later. */
    String nextTs(String conversation) {
        Instant now = clock.instant();
        long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        long ts = lastTs.merge(conversation, micros, (last, fresh) -> Math.max(last + 1, fresh));
        return ts / 1_000_000L + "." + String.format("%06d", ts % 1_000_000L);
    }

    void add(String conversation, JsonObject message) {
        messages.computeIfAbsent(conversation, c -> new CopyOnWriteArrayList<>()).add(message);
    }

    List<JsonObject> all(String conversation) {
        return List.copyOf(messages.getOrDefault(conversation, List.of()));
    }

    Optional<JsonObject> find(String conversation, String ts) {
        return messages.getOrDefault(conversation, List.of()).stream()
                .filter(m -> ts.equals(m.get("ts").getAsString())).findFirst();
    }

    /** A Slack error for a bad {@code oldest}/{@code latest}/{@code cursor}, or null. */
    static String invalid(Map<String, String> params) {
        if (params.get("oldest") != null && !isTs(params.get("oldest"))) {
            return "invalid_ts_oldest";
        }
        if (params.get("latest") != null && !isTs(params.get("latest"))) {
            return "invalid_ts_latest";
        }
        if (params.get("cursor") != null && !params.get("cursor").isEmpty() && offset(params.get("cursor")) < 0) {
            return "invalid_cursor";
        }
        return null;
    }

    /** conversations.history: the top-level messages (and thread broadcasts), newest first. */
    JsonObject history(String conversation, Map<String, String> params) {
        List<JsonObject> found = new ArrayList<>(messages.getOrDefault(conversation, List.of()).stream()
                .filter(m -> !m.has("thread_ts") || m.get("thread_ts").equals(m.get("ts")))
                .filter(within(params)).toList());
        found.sort(Comparator.comparing((JsonObject m) -> new BigDecimal(m.get("ts").getAsString())).reversed());
        return page(found, params, 100, 999, null);
    }

    /** conversations.replies: the thread's parent, then its replies oldest first; empty if no such thread. */
    Optional<JsonObject> replies(String conversation, String threadTs, Map<String, String> params) {
        Optional<JsonObject> parent = find(conversation, threadTs);
        if (parent.isEmpty()) {
            return Optional.empty();
        }
        List<JsonObject> found = new ArrayList<>(messages.getOrDefault(conversation, List.of()).stream()
                .filter(m -> m.has("thread_ts") && threadTs.equals(m.get("thread_ts").getAsString())
                        && !threadTs.equals(m.get("ts").getAsString()))
                .filter(within(params)).toList());
        found.sort(Comparator.comparing((JsonObject m) -> new BigDecimal(m.get("ts").getAsString())));
        // Slack starts every page of a thread with its parent
        return Optional.of(page(found, params, 1000, 1000, parent.get()));
    }

    private static Predicate<JsonObject> within(Map<String, String> params) {
        boolean inclusive = "true".equals(params.get("inclusive")) || "1".equals(params.get("inclusive"));
        BigDecimal oldest = new BigDecimal(params.getOrDefault("oldest", "0"));
        BigDecimal latest = params.get("latest") == null ? null : new BigDecimal(params.get("latest"));
        return m -> {
            BigDecimal ts = new BigDecimal(m.get("ts").getAsString());
            int fromOldest = ts.compareTo(oldest);
            boolean afterOldest = inclusive ? fromOldest >= 0 : fromOldest > 0;
            if (latest == null) {
                return afterOldest;
            }
            int toLatest = ts.compareTo(latest);
            return afterOldest && (inclusive ? toLatest <= 0 : toLatest < 0);
        };
    }

    private static JsonObject page(List<JsonObject> found, Map<String, String> params, int byDefault, int most,
                                   JsonObject first) {
        boolean withMetadata = "true".equals(params.get("include_all_metadata"))
                || "1".equals(params.get("include_all_metadata"));
        int limit = params.get("limit") == null ? byDefault : Math.min(most, Math.max(1, Integer.parseInt(params.get("limit"))));
        int from = params.get("cursor") == null || params.get("cursor").isEmpty() ? 0 : offset(params.get("cursor"));
        int to = Math.min(found.size(), from + limit);
        JsonArray shown = new JsonArray();
        if (first != null) {
            shown.add(shown(first, withMetadata));
        }
        for (JsonObject message : found.subList(Math.min(from, found.size()), to)) {
            shown.add(shown(message, withMetadata));
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", true);
        answer.add("messages", shown);
        answer.addProperty("has_more", to < found.size());
        JsonObject meta = new JsonObject();
        meta.addProperty("next_cursor", to < found.size() ? cursor(to) : "");
        answer.add("response_metadata", meta);
        return answer;
    }

    /** A message as Slack lists it: its metadata only when asked for. */
    private static JsonObject shown(JsonObject message, boolean withMetadata) {
        JsonObject copy = message.deepCopy();
        if (!withMetadata) {
            copy.remove("metadata");
        }
        return copy;
    }

    /** Slack's cursors are opaque base64; this one reads {@code next_ts:<offset>}. */
    private static String cursor(int offset) {
        return Base64.getEncoder().encodeToString(("next_ts:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String cursor) {
        try {
            String decoded = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
            return decoded.startsWith("next_ts:") ? Integer.parseInt(decoded.substring("next_ts:".length())) : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static boolean isTs(String value) {
        return value.matches("\\d{1,12}(\\.\\d{1,6})?");
    }

    void clear() {
        messages.clear();
    }
}
