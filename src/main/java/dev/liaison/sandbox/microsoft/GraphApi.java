package dev.liaison.sandbox.microsoft;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;

import dev.liaison.sandbox.microsoft.Mailbox.StoredEvent;
import dev.liaison.sandbox.microsoft.Mailbox.StoredMessage;

/**
 * Graph v1.0, the three reads Liaison makes, as strict as Graph about what it accepts: a bearer token the
 * stand-in issued, the documented query parameters of each call and nothing else, and for messages a
 * {@code $select} without bodies. Delta and skip tokens are kept here (opaque to the client), so an unknown
 * or expired one gets 410 {@code syncStateNotFound}.
 */
final class GraphApi {

    private static final Pattern USER_PATH = Pattern.compile("^/v1\\.0/users/([^/]+)/(.+)$");
    private static final Pattern FOLDER_DELTA = Pattern.compile("^mailFolders/([^/]+)/messages/delta(?:\\(\\))?$");
    private static final Pattern RECEIVED_SINCE = Pattern.compile("^receivedDateTime (ge|gt) (\\S+)$");
    private static final Pattern MAX_PAGE_SIZE = Pattern.compile("odata\\.maxpagesize=(\\d+)");
    private static final DateTimeFormatter GRAPH_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS");
    /** Message properties that carry content: Liaison reads metadata only, so asking for one is refused. */
    private static final Set<String> CONTENT = Set.of("body", "uniquebody", "bodypreview");
    private static final Set<String> MESSAGE_PROPERTIES = Set.of("id", "from", "sender", "torecipients", "ccrecipients",
            "bccrecipients", "replyto", "receiveddatetime", "sentdatetime", "subject", "conversationid",
            "internetmessageid", "isread", "isdraft", "hasattachments", "importance", "parentfolderid");

    private final MicrosoftStandIn standIn;
    /** Delta rounds: token → where the next call starts. */
    private final Map<String, DeltaState> deltaTokens = new LinkedHashMap<>();
    /** Pages not served yet: token → the rest of the items and the state the round ends in. */
    private final Map<String, Page> skipTokens = new LinkedHashMap<>();

    GraphApi(MicrosoftStandIn standIn) {
        this.standIn = standIn;
    }

    enum Collection { CALENDAR, INBOX, SENT_ITEMS }

    /** A delta round's parameters, encoded in its tokens as Graph encodes them. */
    record DeltaState(String user, Collection collection, Instant from, Instant to, Instant receivedSince,
                      List<String> select, long afterVersion, int generation) {
    }

    private record Page(DeltaState end, List<JsonObject> rest) {
    }

    void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Matcher user = USER_PATH.matcher(path);
        if (!"GET".equals(exchange.getRequestMethod()) || !user.matches()) {
            standIn.refuse(exchange, 400, exchange.getRequestMethod() + " " + path + " is not a call Liaison makes",
                    error("BadRequest", "Unsupported request: " + exchange.getRequestMethod() + " " + path));
            return;
        }
        String email = user.group(1).toLowerCase(Locale.ROOT);
        String rest = user.group(2);
        String endpoint;
        Collection collection;
        // OData calls a function with or without its parentheses: the SDK writes delta(), Graph's links delta
        if (rest.equals("calendarView/delta") || rest.equals("calendarView/delta()")) {
            endpoint = "calendarView/delta";
            collection = Collection.CALENDAR;
        } else if (rest.equals("mailboxSettings/automaticRepliesSetting")) {
            endpoint = "automaticRepliesSetting";
            collection = null;
        } else {
            Matcher folder = FOLDER_DELTA.matcher(rest);
            String name = folder.matches() ? folder.group(1).toLowerCase(Locale.ROOT) : "";
            if (name.equals(Mailbox.INBOX)) {
                collection = Collection.INBOX;
            } else if (name.equals(Mailbox.SENT_ITEMS)) {
                collection = Collection.SENT_ITEMS;
            } else {
                standIn.refuse(exchange, 400, "unknown Graph path " + path,
                        error("BadRequest", "Resource not found for the segment '" + rest + "'."));
                return;
            }
            endpoint = name + "/messages/delta";
        }
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        synchronized (standIn.lock) {
            if (!authorised(exchange)) {
                return;
            }
            standIn.record(endpoint, email);
            Mailbox mailbox = standIn.mailboxes.get(email);
            if (mailbox == null) {
                standIn.answer(exchange, 404, error("ErrorInvalidUser", "The requested user '" + email + "' is invalid."));
                return;
            }
            if (mailbox.failure != null) {
                fail(exchange, mailbox.failure);
                return;
            }
            if (collection == null) {
                automaticReplies(exchange, mailbox, query);
            } else {
                delta(exchange, mailbox, collection, query);
            }
        }
    }

    private boolean authorised(HttpExchange exchange) throws IOException {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            standIn.refuse(exchange, 401, "Graph call without a bearer token",
                    error("InvalidAuthenticationToken", "Access token is empty."));
            return false;
        }
        String token = header.substring("Bearer ".length());
        if (!standIn.accessTokens.containsKey(token)) {
            standIn.refuse(exchange, 401, "Graph call with a token the stand-in never issued",
                    error("InvalidAuthenticationToken", "IDX14100: JWT is not well formed."));
            return false;
        }
        // Tokens do not expire here: the client's cache runs on the wall clock and the stand-in on its own
        // (tests move it by days). A revoked app's tokens stop working, as Graph's answer, not a refusal.
        if (standIn.appRevoked) {
            standIn.answer(exchange, 401, error("InvalidAuthenticationToken",
                    "Lifetime validation failed, the token is expired."));
            return false;
        }
        return true;
    }

    private void automaticReplies(HttpExchange exchange, Mailbox mailbox, Map<String, String> query) throws IOException {
        if (!query.isEmpty()) {
            standIn.refuse(exchange, 400, "automaticRepliesSetting with parameters " + query.keySet(),
                    error("BadRequest", "Query option '" + query.keySet().iterator().next() + "' is not allowed."));
            return;
        }
        Mailbox.AutoReply reply = mailbox.autoReply;
        JsonObject body = new JsonObject();
        body.addProperty("@odata.context", standIn.graphUrl() + "$metadata#users('" + mailbox.email
                + "')/mailboxSettings/automaticRepliesSetting");
        body.addProperty("status", reply.status());
        body.addProperty("externalAudience", "all");
        body.addProperty("internalReplyMessage", "<html><body>I am out of the office.</body></html>");
        body.addProperty("externalReplyMessage", "<html><body>I am out of the office.</body></html>");
        // Graph keeps the last scheduled dates whatever the status: a client must read them only when scheduled
        body.add("scheduledStartDateTime", dateTimeTimeZone(reply.scheduledStart()));
        body.add("scheduledEndDateTime", dateTimeTimeZone(reply.scheduledEnd()));
        standIn.answer(exchange, 200, body);
    }

    private void delta(HttpExchange exchange, Mailbox mailbox, Collection collection, Map<String, String> query)
            throws IOException {
        if (query.containsKey("$skiptoken")) {
            if (query.size() != 1) {
                refuseParameters(exchange, query.keySet(), "a nextLink carries its $skiptoken only");
                return;
            }
            Page page = skipTokens.remove(query.get("$skiptoken"));
            if (page == null || !page.end().user().equals(mailbox.email) || page.end().collection() != collection) {
                gone(exchange);
                return;
            }
            serve(exchange, page.end(), page.rest(), pageSize(exchange));
            return;
        }
        if (query.containsKey("$deltatoken")) {
            if (query.size() != 1) {
                refuseParameters(exchange, query.keySet(), "a deltaLink carries its $deltatoken only");
                return;
            }
            DeltaState state = deltaTokens.get(query.get("$deltatoken"));
            if (state == null || !state.user().equals(mailbox.email) || state.collection() != collection
                    || state.generation() != mailbox.tokenGeneration) {
                gone(exchange);
                return;
            }
            List<JsonObject> items = collection == Collection.CALENDAR ? eventChanges(mailbox, state)
                    : messageChanges(mailbox, state);
            serve(exchange, next(state, mailbox), items, pageSize(exchange));
            return;
        }
        DeltaState start = collection == Collection.CALENDAR ? calendarStart(exchange, mailbox, query)
                : messagesStart(exchange, mailbox, collection, query);
        if (start == null) {
            return;
        }
        List<JsonObject> items = collection == Collection.CALENDAR ? eventChanges(mailbox, start)
                : messageChanges(mailbox, start);
        serve(exchange, next(start, mailbox), items, pageSize(exchange));
    }

    private DeltaState calendarStart(HttpExchange exchange, Mailbox mailbox, Map<String, String> query) throws IOException {
        Set<String> unknown = new LinkedHashSet<>(query.keySet());
        unknown.removeAll(Set.of("startDateTime", "endDateTime"));
        if (!unknown.isEmpty()) {
            refuseParameters(exchange, unknown, "calendarView/delta takes startDateTime and endDateTime only");
            return null;
        }
        Instant from = instant(query.get("startDateTime"));
        Instant to = instant(query.get("endDateTime"));
        if (from == null || to == null || !from.isBefore(to)) {
            standIn.refuse(exchange, 400, "calendarView/delta without a valid startDateTime/endDateTime: " + query,
                    error("ErrorInvalidParameter", "This request requires a time window specified by the query string "
                            + "parameters StartDateTime and EndDateTime."));
            return null;
        }
        return new DeltaState(mailbox.email, Collection.CALENDAR, from, to, null, List.of(), 0, mailbox.tokenGeneration);
    }

    private DeltaState messagesStart(HttpExchange exchange, Mailbox mailbox, Collection collection,
                                     Map<String, String> query) throws IOException {
        Set<String> unknown = new LinkedHashSet<>(query.keySet());
        unknown.removeAll(Set.of("$select", "$filter"));
        if (!unknown.isEmpty()) {
            refuseParameters(exchange, unknown, "messages/delta here takes $select and $filter only");
            return null;
        }
        String select = query.get("$select");
        if (select == null || select.isBlank()) {
            standIn.refuse(exchange, 400, "messages/delta without $select (it would return bodies)",
                    error("BadRequest", "Liaison's stand-in answers metadata only: $select is required."));
            return null;
        }
        List<String> fields = Arrays.stream(select.split(",")).map(String::strip).toList();
        for (String field : fields) {
            String lower = field.toLowerCase(Locale.ROOT);
            if (CONTENT.contains(lower)) {
                standIn.refuse(exchange, 400, "messages/delta asked for " + field + ": metadata only",
                        error("BadRequest", "Liaison's stand-in answers metadata only: '" + field + "' is not allowed."));
                return null;
            }
            if (!MESSAGE_PROPERTIES.contains(lower)) {
                standIn.refuse(exchange, 400, "messages/delta $select of unknown property " + field,
                        error("BadRequest", "Could not find a property named '" + field + "' on type 'microsoft.graph.message'."));
                return null;
            }
        }
        Instant since = null;
        if (query.containsKey("$filter")) {
            Matcher filter = RECEIVED_SINCE.matcher(query.get("$filter").strip());
            since = filter.matches() ? instant(filter.group(2)) : null;
            if (since == null) {
                standIn.refuse(exchange, 400, "messages/delta $filter other than receivedDateTime ge: " + query.get("$filter"),
                        error("ErrorInvalidUrlQueryFilter", "The query filter contains one or more invalid nodes."));
                return null;
            }
            if (filter.group(1).equals("gt")) {
                since = since.plusNanos(1);
            }
        }
        return new DeltaState(mailbox.email, collection, null, null, since, fields, 0, mailbox.tokenGeneration);
    }

    private List<JsonObject> eventChanges(Mailbox mailbox, DeltaState state) {
        boolean initial = state.afterVersion() == 0;
        List<JsonObject> items = new ArrayList<>();
        for (StoredEvent event : mailbox.events.values()) {
            if (event.version <= state.afterVersion()) {
                continue;
            }
            boolean visible = !event.deleted && event.overlaps(state.from(), state.to());
            if (visible) {
                items.add(event(event, mailbox.email));
            } else if (!initial) {
                // deleted, or moved out of the window: Graph sends the id and @removed
                JsonObject removed = new JsonObject();
                removed.addProperty("@odata.type", "#microsoft.graph.event");
                removed.addProperty("id", event.id);
                JsonObject reason = new JsonObject();
                reason.addProperty("reason", "deleted");
                removed.add("@removed", reason);
                items.add(removed);
            }
        }
        return items;
    }

    private List<JsonObject> messageChanges(Mailbox mailbox, DeltaState state) {
        List<JsonObject> items = new ArrayList<>();
        String folder = state.collection() == Collection.INBOX ? Mailbox.INBOX : Mailbox.SENT_ITEMS;
        for (StoredMessage message : mailbox.folders.get(folder)) {
            if (message.version() > state.afterVersion()
                    && (state.receivedSince() == null || !message.received().isBefore(state.receivedSince()))) {
                items.add(message(message, state.select()));
            }
        }
        return items;
    }

    /** The state after this round: changes after the mailbox's current version. */
    private static DeltaState next(DeltaState state, Mailbox mailbox) {
        return new DeltaState(state.user(), state.collection(), state.from(), state.to(), state.receivedSince(),
                state.select(), mailbox.version(), state.generation());
    }

    private void serve(HttpExchange exchange, DeltaState end, List<JsonObject> items, int pageSize) throws IOException {
        List<JsonObject> page = items.subList(0, Math.min(pageSize, items.size()));
        List<JsonObject> rest = items.subList(page.size(), items.size());
        JsonObject body = new JsonObject();
        body.addProperty("@odata.context", standIn.graphUrl() + "$metadata#Collection("
                + (end.collection() == Collection.CALENDAR ? "event" : "message") + ")");
        String link = standIn.graphUrl() + "users/" + end.user() + "/" + (end.collection() == Collection.CALENDAR
                ? "calendarView/delta" : "mailFolders/" + (end.collection() == Collection.INBOX ? "inbox" : "sentitems")
                + "/messages/delta");
        String token = UUID.randomUUID().toString().replace("-", "");
        if (rest.isEmpty()) {
            deltaTokens.put(token, end);
            body.addProperty("@odata.deltaLink", link + "?$deltatoken=" + token);
        } else {
            skipTokens.put(token, new Page(end, new ArrayList<>(rest)));
            body.addProperty("@odata.nextLink", link + "?$skiptoken=" + token);
        }
        JsonArray value = new JsonArray();
        page.forEach(value::add);
        body.add("value", value);
        standIn.answer(exchange, 200, body);
    }

    private int pageSize(HttpExchange exchange) {
        String prefer = exchange.getRequestHeaders().getFirst("Prefer");
        Matcher size = prefer == null ? null : MAX_PAGE_SIZE.matcher(prefer);
        return size != null && size.find() ? Math.max(1, Integer.parseInt(size.group(1))) : standIn.pageSize;
    }

    private JsonObject event(StoredEvent stored, String owner) {
        GraphEvent event = stored.event;
        JsonObject json = new JsonObject();
        json.addProperty("@odata.type", "#microsoft.graph.event");
        json.addProperty("@odata.etag", "W/\"" + stored.id + "-" + stored.version + "\"");
        json.addProperty("id", stored.id);
        json.addProperty("createdDateTime", stored.created.toString());
        json.addProperty("lastModifiedDateTime", stored.modified.toString());
        json.addProperty("changeKey", stored.id + "-" + stored.version);
        json.add("categories", new JsonArray());
        json.addProperty("originalStartTimeZone", "UTC");
        json.addProperty("originalEndTimeZone", "UTC");
        json.addProperty("iCalUId", stored.iCalUId);
        json.addProperty("reminderMinutesBeforeStart", 15);
        json.addProperty("isReminderOn", true);
        json.addProperty("hasAttachments", false);
        json.addProperty("subject", event.subject());
        json.addProperty("bodyPreview", "");
        json.addProperty("importance", "normal");
        json.addProperty("sensitivity", "normal");
        json.addProperty("isAllDay", event.allDay());
        json.addProperty("isCancelled", stored.cancelled);
        json.addProperty("isOrganizer", owner.equalsIgnoreCase(event.organizer()));
        json.addProperty("responseRequested", true);
        json.addProperty("showAs", event.showAs());
        json.addProperty("type", "singleInstance");
        JsonObject body = new JsonObject();
        body.addProperty("contentType", "html");
        body.addProperty("content", "");
        json.add("body", body);
        if (event.allDay()) {
            // all-day events float: midnight to midnight in the zone asked for (UTC when none is)
            json.add("start", dateTimeTimeZone(event.firstDay().atStartOfDay()));
            json.add("end", dateTimeTimeZone(event.lastDay().plusDays(1).atStartOfDay()));
        } else {
            json.add("start", dateTimeTimeZone(event.start()));
            json.add("end", dateTimeTimeZone(event.end()));
        }
        JsonArray attendees = new JsonArray();
        for (String address : event.attendees()) {
            JsonObject attendee = new JsonObject();
            attendee.addProperty("type", "required");
            JsonObject status = new JsonObject();
            status.addProperty("response", "none");
            status.addProperty("time", "0001-01-01T00:00:00Z");
            attendee.add("status", status);
            attendee.add("emailAddress", emailAddress(address));
            attendees.add(attendee);
        }
        json.add("attendees", attendees);
        JsonObject organizer = new JsonObject();
        organizer.add("emailAddress", emailAddress(event.organizer()));
        json.add("organizer", organizer);
        return json;
    }

    private static JsonObject message(StoredMessage message, List<String> select) {
        JsonObject json = new JsonObject();
        json.addProperty("@odata.type", "#microsoft.graph.message");
        json.addProperty("@odata.etag", "W/\"" + message.id() + "-" + message.version() + "\"");
        json.addProperty("id", message.id());
        for (String field : select) {
            switch (field.toLowerCase(Locale.ROOT)) {
                case "from", "sender" -> {
                    JsonObject from = new JsonObject();
                    from.add("emailAddress", emailAddress(message.from()));
                    json.add(field, from);
                }
                case "torecipients" -> json.add(field, recipients(message.to()));
                case "ccrecipients" -> json.add(field, recipients(message.cc()));
                case "bccrecipients", "replyto" -> json.add(field, new JsonArray());
                case "receiveddatetime" -> json.addProperty(field, message.received().toString());
                case "sentdatetime" -> json.addProperty(field, message.sent().toString());
                case "subject" -> json.addProperty(field, message.subject());
                case "conversationid" -> json.addProperty(field, "conversation-" + message.id());
                case "internetmessageid" -> json.addProperty(field, "<" + message.id() + "@stand-in.example>");
                case "isread", "isdraft", "hasattachments" -> json.addProperty(field, false);
                case "importance" -> json.addProperty(field, "normal");
                case "parentfolderid" -> json.addProperty(field, "folder");
                default -> { } // "id": always there
            }
        }
        return json;
    }

    private static JsonArray recipients(List<String> addresses) {
        JsonArray array = new JsonArray();
        for (String address : addresses) {
            JsonObject recipient = new JsonObject();
            recipient.add("emailAddress", emailAddress(address));
            array.add(recipient);
        }
        return array;
    }

    private static JsonObject emailAddress(String address) {
        JsonObject email = new JsonObject();
        String local = address.substring(0, Math.max(0, address.indexOf('@')));
        email.addProperty("name", local.isEmpty() ? address
                : Character.toUpperCase(local.charAt(0)) + local.substring(1).replace('.', ' '));
        email.addProperty("address", address);
        return email;
    }

    private static JsonObject dateTimeTimeZone(Instant instant) {
        return dateTimeTimeZone(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static JsonObject dateTimeTimeZone(LocalDateTime local) {
        JsonObject json = new JsonObject();
        json.addProperty("dateTime", GRAPH_DATE_TIME.format(local));
        json.addProperty("timeZone", "UTC");
        return json;
    }

    private void fail(HttpExchange exchange, GraphFailure failure) throws IOException {
        if (failure == GraphFailure.THROTTLED) {
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(MicrosoftStandIn.RETRY_AFTER_SECONDS));
        }
        standIn.answer(exchange, failure.status, error(failure.code, failure.message));
    }

    private void gone(HttpExchange exchange) throws IOException {
        standIn.answer(exchange, 410, error("syncStateNotFound", "The sync state generation is not found."));
    }

    private void refuseParameters(HttpExchange exchange, Set<String> names, String why) throws IOException {
        standIn.refuse(exchange, 400, "unexpected query parameters " + names + ": " + why,
                error("BadRequest", "Query option '" + names.iterator().next() + "' is not allowed."));
    }

    JsonObject error(String code, String message) {
        JsonObject inner = new JsonObject();
        inner.addProperty("date", standIn.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        inner.addProperty("request-id", UUID.randomUUID().toString());
        inner.addProperty("client-request-id", UUID.randomUUID().toString());
        JsonObject error = new JsonObject();
        error.addProperty("code", code);
        error.addProperty("message", message);
        error.add("innerError", inner);
        JsonObject body = new JsonObject();
        body.add("error", error);
        return body;
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException offsetMissing) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            query.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }
}
