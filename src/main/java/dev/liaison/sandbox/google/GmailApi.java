package dev.liaison.sandbox.google;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Gmail API v1 under the {@code gmail.metadata} scope: {@code users.messages.list} by label (no {@code q}:
 * Gmail refuses it under this scope), {@code users.messages.get} in {@code metadata} or {@code minimal}
 * format ({@code full} and {@code raw} refused), {@code users.history.list} of {@code messageAdded} records
 * after a {@code startHistoryId} (404 when it is older than the history kept), {@code users.getProfile}.
 */
final class GmailApi {

    private static final DateTimeFormatter DATE_HEADER = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final StandInData data;
    private final BearerCheck bearer;
    private final Pages pages;

    GmailApi(StandInData data, BearerCheck bearer, Pages pages) {
        this.data = data;
        this.bearer = bearer;
        this.pages = pages;
    }

    JsonObject messages(Incoming in, String userId) {
        StandInData.AccessToken token = bearer.authorize(in, GoogleCall.MESSAGES_LIST, GoogleStandIn.GMAIL_METADATA);
        BearerCheck.sameUser(userId, token);
        if (in.has("q")) {
            throw ApiError.forbidden("Metadata scope does not support 'q' parameter", true);
        }
        in.allowOnly(Set.of("labelIds", "pageToken", "maxResults", "includeSpamTrash"));
        int size = Pages.maxResults(in, 100, 500);
        List<String> labels = in.params("labelIds");
        boolean spamTrash = "true".equals(in.param("includeSpamTrash"));
        synchronized (data) {
            StandInData.User owner = data.user(token.user());
            StandInData.Pending listing;
            if (in.param("pageToken") != null) {
                listing = pages.resume(in.param("pageToken"), owner.email, GoogleCall.MESSAGES_LIST, in);
            } else {
                List<JsonObject> items = owner.messages.stream()
                        .filter(m -> m.message().labelIds().containsAll(labels))
                        .filter(m -> spamTrash || (!m.message().labelIds().contains("SPAM")
                                && !m.message().labelIds().contains("TRASH")))
                        .sorted(Comparator.comparing((StandInData.StoredMessage m) -> m.message().received())
                                .thenComparing(StandInData.StoredMessage::id).reversed())
                        .map(GmailApi::reference).toList();
                listing = new StandInData.Pending(owner.email, GoogleCall.MESSAGES_LIST, in.queryWithoutPageToken(),
                        items, new JsonObject());
            }
            JsonObject answer = new JsonObject();
            pages.page(answer, "messages", listing, size, true);
            answer.addProperty("resultSizeEstimate", Math.min(size, listing.items().size()));
            return answer;
        }
    }

    JsonObject message(Incoming in, String userId, String id) {
        StandInData.AccessToken token = bearer.authorize(in, GoogleCall.MESSAGE_GET, GoogleStandIn.GMAIL_METADATA);
        BearerCheck.sameUser(userId, token);
        in.allowOnly(Set.of("format", "metadataHeaders"));
        String format = in.param("format") == null ? "full" : in.param("format");
        if (format.equals("full") || format.equals("raw")) {
            throw ApiError.forbidden("Metadata scope doesn't allow format " + format.toUpperCase(Locale.ROOT), true);
        }
        if (!format.equals("metadata") && !format.equals("minimal")) {
            throw ApiError.badRequest("Invalid format: " + format, true);
        }
        if (format.equals("minimal") && in.has("metadataHeaders")) {
            throw ApiError.badRequest("metadataHeaders goes with format=metadata", true);
        }
        synchronized (data) {
            StandInData.User owner = data.user(token.user());
            StandInData.StoredMessage stored = owner.messages.stream().filter(m -> m.id().equals(id)).findFirst()
                    .orElseThrow(() -> ApiError.notFound("Requested entity was not found.", false));
            StandInMessage m = stored.message();
            JsonObject o = new JsonObject();
            o.addProperty("id", stored.id());
            o.addProperty("threadId", stored.id());
            JsonArray labels = new JsonArray();
            m.labelIds().forEach(labels::add);
            o.add("labelIds", labels);
            o.addProperty("historyId", String.valueOf(stored.historyId()));
            o.addProperty("internalDate", String.valueOf(m.received().toEpochMilli()));
            o.addProperty("sizeEstimate", 2048 + (m.subject() == null ? 0 : m.subject().length()));
            if (format.equals("metadata")) {
                List<String> asked = in.params("metadataHeaders");
                JsonArray headers = new JsonArray();
                header(headers, asked, "From", m.from());
                header(headers, asked, "To", String.join(", ", m.to()));
                if (!m.cc().isEmpty()) {
                    header(headers, asked, "Cc", String.join(", ", m.cc()));
                }
                header(headers, asked, "Subject", m.subject());
                header(headers, asked, "Date", DATE_HEADER.format(m.received()));
                header(headers, asked, "Message-ID", "<" + stored.id() + "@mail.gmail.com>");
                JsonObject payload = new JsonObject();
                payload.addProperty("partId", "");
                payload.addProperty("mimeType", "multipart/alternative");
                payload.addProperty("filename", "");
                payload.add("headers", headers);
                o.add("payload", payload);
            }
            return o;
        }
    }

    JsonObject history(Incoming in, String userId) {
        StandInData.AccessToken token = bearer.authorize(in, GoogleCall.HISTORY_LIST, GoogleStandIn.GMAIL_METADATA);
        BearerCheck.sameUser(userId, token);
        in.allowOnly(Set.of("startHistoryId", "historyTypes", "labelId", "pageToken", "maxResults"));
        int size = Pages.maxResults(in, 100, 500);
        for (String type : in.params("historyTypes")) {
            if (!type.equals("messageAdded")) {
                throw ApiError.badRequest("The stand-in keeps messageAdded history only, not " + type, true);
            }
        }
        long start;
        try {
            start = Long.parseLong(String.valueOf(in.param("startHistoryId")));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("Invalid startHistoryId", true);
        }
        String label = in.param("labelId");
        synchronized (data) {
            StandInData.User owner = data.user(token.user());
            StandInData.Pending listing;
            if (in.param("pageToken") != null) {
                listing = pages.resume(in.param("pageToken"), owner.email, GoogleCall.HISTORY_LIST, in);
            } else {
                if (start < owner.oldestHistoryId) {
                    throw ApiError.notFound("Requested entity was not found.", false);
                }
                List<JsonObject> records = owner.messages.stream()
                        .filter(m -> m.historyId() > start)
                        .filter(m -> label == null || m.message().labelIds().contains(label))
                        .sorted(Comparator.comparingLong(StandInData.StoredMessage::historyId))
                        .map(GmailApi::added).toList();
                JsonObject last = new JsonObject();
                listing = new StandInData.Pending(owner.email, GoogleCall.HISTORY_LIST, in.queryWithoutPageToken(),
                        records, last);
            }
            JsonObject answer = new JsonObject();
            pages.page(answer, "history", listing, size, true);
            answer.addProperty("historyId", String.valueOf(owner.historyId));
            return answer;
        }
    }

    JsonObject profile(Incoming in, String userId) {
        StandInData.AccessToken token = bearer.authorize(in, GoogleCall.PROFILE, GoogleStandIn.GMAIL_METADATA);
        BearerCheck.sameUser(userId, token);
        in.allowOnly(Set.of());
        synchronized (data) {
            StandInData.User owner = data.user(token.user());
            JsonObject o = new JsonObject();
            o.addProperty("emailAddress", owner.email);
            o.addProperty("messagesTotal", owner.messages.size());
            o.addProperty("threadsTotal", owner.messages.size());
            o.addProperty("historyId", String.valueOf(owner.historyId));
            return o;
        }
    }

    private static JsonObject reference(StandInData.StoredMessage m) {
        JsonObject o = new JsonObject();
        o.addProperty("id", m.id());
        o.addProperty("threadId", m.id());
        return o;
    }

    private static JsonObject added(StandInData.StoredMessage m) {
        JsonObject message = reference(m);
        JsonArray labels = new JsonArray();
        m.message().labelIds().forEach(labels::add);
        message.add("labelIds", labels);
        JsonObject added = new JsonObject();
        added.add("message", message);
        JsonArray messagesAdded = new JsonArray();
        messagesAdded.add(added);
        JsonArray messages = new JsonArray();
        messages.add(reference(m));
        JsonObject record = new JsonObject();
        record.addProperty("id", String.valueOf(m.historyId()));
        record.add("messages", messages);
        record.add("messagesAdded", messagesAdded);
        return record;
    }

    private static void header(JsonArray headers, List<String> asked, String name, String value) {
        if (value == null || (!asked.isEmpty() && asked.stream().noneMatch(name::equalsIgnoreCase))) {
            return;
        }
        JsonObject h = new JsonObject();
        h.addProperty("name", name);
        h.addProperty("value", value);
        headers.add(h);
    }
}
