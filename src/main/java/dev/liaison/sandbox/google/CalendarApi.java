package dev.liaison.sandbox.google;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Calendar API v3 {@code events.list} on a user's primary calendar: a full listing of a window
 * ({@code timeMin}/{@code timeMax}, {@code singleEvents}, {@code showDeleted}) or the changes since a
 * {@code syncToken}, in pages of {@code maxResults} (default 250, at most 2500), {@code nextSyncToken} on the
 * last page. A sync token with window restrictions is a 400; an expired or unknown one a 410
 * {@code fullSyncRequired}.
 */
final class CalendarApi {

    private static final Set<String> PARAMETERS = Set.of("timeMin", "timeMax", "singleEvents", "pageToken",
            "maxResults", "syncToken", "showDeleted");

    /** RFC 3339 with its offset, seconds always written (OffsetDateTime.toString drops zero seconds). */
    private static final java.time.format.DateTimeFormatter RFC_3339 =
            java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final StandInData data;
    private final BearerCheck bearer;
    private final Pages pages;

    CalendarApi(StandInData data, BearerCheck bearer, Pages pages) {
        this.data = data;
        this.bearer = bearer;
        this.pages = pages;
    }

    JsonObject events(Incoming in, String calendarId) {
        StandInData.AccessToken token = bearer.authorize(in, GoogleCall.EVENTS_LIST, GoogleStandIn.CALENDAR_READONLY);
        in.allowOnly(PARAMETERS);
        String calendar = URLDecoder.decode(calendarId, StandardCharsets.UTF_8);
        if (!calendar.equals("primary") && !calendar.equalsIgnoreCase(token.user())) {
            throw ApiError.notFound("Not Found", true);
        }
        int size = Pages.maxResults(in, 250, 2500);
        String user = token.user();
        synchronized (data) {
            StandInData.User owner = data.user(user);
            StandInData.Pending listing = in.param("pageToken") != null
                    ? pages.resume(in.param("pageToken"), user, GoogleCall.EVENTS_LIST, in)
                    : listing(in, owner);
            JsonObject answer = new JsonObject();
            answer.addProperty("kind", "calendar#events");
            answer.addProperty("etag", "\"" + owner.calendarSeq + "\"");
            answer.addProperty("summary", owner.email);
            answer.addProperty("updated", data.clock.instant().toString());
            answer.addProperty("timeZone", owner.zone.getId());
            answer.addProperty("accessRole", "owner");
            answer.add("defaultReminders", new JsonArray());
            pages.page(answer, "items", listing, size, false);
            return answer;
        }
    }

    private StandInData.Pending listing(Incoming in, StandInData.User owner) {
        String syncToken = in.param("syncToken");
        List<JsonObject> items = new ArrayList<>();
        if (syncToken != null) {
            if (in.has("timeMin") || in.has("timeMax")) {
                throw ApiError.badRequest("Sync token cannot be used with other request restrictions"
                        + " (timeMin, timeMax).", true);
            }
            if ("false".equals(in.param("showDeleted"))) {
                throw ApiError.badRequest("showDeleted cannot be false with a sync token: deleted events always come.",
                        true);
            }
            StandInData.SyncPoint point = data.syncTokens.get(syncToken);
            if (point == null || !point.user().equals(owner.email)) {
                throw ApiError.api(410, "calendar", "fullSyncRequired",
                        "Sync token is no longer valid, a full sync is required.", null, false);
            }
            owner.events.values().stream().filter(e -> e.seq() > point.seq())
                    .sorted(Comparator.comparingLong(StandInData.StoredEvent::seq))
                    .forEach(e -> items.add(json(e, owner.zone)));
        } else {
            Instant timeMin = instant(in, "timeMin");
            Instant timeMax = instant(in, "timeMax");
            boolean showDeleted = "true".equals(in.param("showDeleted"));
            owner.events.values().stream()
                    .filter(e -> showDeleted || !e.cancelled())
                    .filter(e -> timeMin == null || end(e.event(), owner.zone).isAfter(timeMin))
                    .filter(e -> timeMax == null || start(e.event(), owner.zone).isBefore(timeMax))
                    .sorted(Comparator.comparing((StandInData.StoredEvent e) -> start(e.event(), owner.zone))
                            .thenComparing(e -> e.event().id()))
                    .forEach(e -> items.add(json(e, owner.zone)));
        }
        String next = data.opaque("CPDAlvWDx70C");
        data.syncTokens.put(next, new StandInData.SyncPoint(owner.email, owner.calendarSeq));
        JsonObject last = new JsonObject();
        last.addProperty("nextSyncToken", next);
        return new StandInData.Pending(owner.email, GoogleCall.EVENTS_LIST, in.queryWithoutPageToken(), items, last);
    }

    private static Instant instant(Incoming in, String name) {
        String raw = in.param(name);
        if (raw == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw).toInstant(); // RFC 3339 with an offset, as Google requires
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("Bad Request: " + name + " must be RFC 3339 with a time zone offset", true);
        }
    }

    static Instant start(StandInEvent e, ZoneId zone) {
        return e.allDay() ? e.startDate().atStartOfDay(zone).toInstant() : e.start();
    }

    static Instant end(StandInEvent e, ZoneId zone) {
        return e.allDay() ? e.endDate().atStartOfDay(zone).toInstant() : e.end();
    }

    /** An event as Calendar v3 gives it; a deleted one in an incremental listing is only its id and status. */
    private static JsonObject json(StandInData.StoredEvent stored, ZoneId zone) {
        StandInEvent e = stored.event();
        JsonObject o = new JsonObject();
        o.addProperty("kind", "calendar#event");
        o.addProperty("etag", "\"" + (3181161784712000L + stored.seq()) + "\"");
        o.addProperty("id", e.id());
        o.addProperty("status", stored.cancelled() ? "cancelled" : "confirmed");
        if (stored.cancelled()) {
            return o;
        }
        o.addProperty("htmlLink", "https://www.google.com/calendar/event?eid=" + e.id());
        o.addProperty("created", stored.created().toString());
        o.addProperty("updated", stored.updated().toString());
        o.addProperty("summary", e.summary());
        JsonObject organizer = new JsonObject();
        organizer.addProperty("email", e.organizer());
        o.add("creator", organizer.deepCopy());
        o.add("organizer", organizer);
        o.add("start", when(e.allDay() ? null : e.start(), e.startDate(), zone));
        o.add("end", when(e.allDay() ? null : e.end(), e.endDate(), zone));
        o.addProperty("iCalUID", e.iCalUid());
        o.addProperty("sequence", 0);
        if (!e.attendees().isEmpty() || !e.resources().isEmpty()) {
            JsonArray attendees = new JsonArray();
            JsonObject self = new JsonObject();
            self.addProperty("email", e.organizer());
            self.addProperty("organizer", true);
            self.addProperty("responseStatus", "accepted");
            attendees.add(self);
            for (String email : e.attendees()) {
                JsonObject a = new JsonObject();
                a.addProperty("email", email);
                a.addProperty("responseStatus", "needsAction");
                attendees.add(a);
            }
            for (String room : e.resources()) {
                JsonObject a = new JsonObject();
                a.addProperty("email", room);
                a.addProperty("displayName", "Room " + room.substring(0, room.indexOf('@')));
                a.addProperty("resource", true);
                a.addProperty("responseStatus", "accepted");
                attendees.add(a);
            }
            o.add("attendees", attendees);
        }
        o.addProperty("eventType", e.eventType());
        if (e.eventType().equals("outOfOffice")) {
            JsonObject ooo = new JsonObject();
            ooo.addProperty("autoDeclineMode", "declineOnlyNewConflictingInvitations");
            ooo.addProperty("declineMessage", "Declined because I am out of office");
            o.add("outOfOfficeProperties", ooo);
            o.addProperty("transparency", "opaque");
        }
        JsonObject reminders = new JsonObject();
        reminders.addProperty("useDefault", !e.eventType().equals("outOfOffice"));
        o.add("reminders", reminders);
        return o;
    }

    private static JsonObject when(Instant at, java.time.LocalDate day, ZoneId zone) {
        JsonObject o = new JsonObject();
        if (at != null) {
            o.addProperty("dateTime", RFC_3339.format(at.atZone(zone)));
            o.addProperty("timeZone", zone.getId());
        } else {
            o.addProperty("date", day.toString());
        }
        return o;
    }
}
