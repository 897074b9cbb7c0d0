package dev.liaison.connect.google;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;
import com.google.api.services.calendar.model.Events;
import dev.liaison.connect.AutomaticReply;
import dev.liaison.connect.CalendarChanges;
import dev.liaison.connect.CalendarEvent;
import dev.liaison.connect.CalendarSource;
import dev.liaison.connect.Provider;
import dev.liaison.connect.ProviderCredentials;
import org.springframework.stereotype.Component;

/**
 * Google Calendar (API v3, {@code calendar.readonly}) of a Workspace user's primary calendar, with Google's
 * Java client. A full listing is the window with {@code singleEvents} (recurring events expanded), every page
 * followed, and its {@code nextSyncToken} is the cursor; an incremental one sends the sync token alone (Google
 * refuses it with a window); a 410 "full sync required" lists the window again and says so.
 *
 * <p>A Spring bean: the sync gets it as a {@link CalendarSource} (by provider), never by this class.
 */
@Component
class GoogleCalendarSource implements CalendarSource {

    static final String SCOPE = "https://www.googleapis.com/auth/calendar.readonly";

    private final GoogleAccess access = new GoogleAccess(SCOPE);
    private final int pageSize;

    GoogleCalendarSource() {
        this(250);
    }

    /** {@code pageSize}: {@code maxResults} per page (Google's default 250, at most 2500). */
    GoogleCalendarSource(int pageSize) {
        this.pageSize = pageSize;
    }

    @Override
    public Provider provider() {
        return Provider.GOOGLE;
    }

    @Override
    public CalendarChanges changes(ProviderCredentials credentials, String email, String cursor, Instant from,
                                   Instant to) {
        ProviderCredentials.Google google = google(credentials);
        Calendar calendar = new Calendar.Builder(GoogleAccess.TRANSPORT, GsonFactory.getDefaultInstance(),
                access.as(google, email))
                .setRootUrl(GoogleAccess.rootUrl(google))
                .setApplicationName("Liaison")
                .build();
        try {
            if (cursor != null) {
                try {
                    return list(calendar, cursor, null, null);
                } catch (IOException e) {
                    if (!GoogleFailures.is(e, 410)) {
                        throw e;
                    }
                    // the sync token expired: Google asks for a full listing, which says what is gone
                }
            }
            return list(calendar, null, from, to);
        } catch (IOException e) {
            if (GoogleFailures.is(e, 401)) {
                access.forget(google, email);
            }
            throw GoogleFailures.of(e, "Google Calendar of " + email);
        }
    }

    @Override
    public Optional<AutomaticReply> automaticReply(ProviderCredentials credentials, String email) {
        return Optional.empty(); // Google's out-of-office is a calendar event (eventType outOfOffice)
    }

    private CalendarChanges list(Calendar calendar, String syncToken, Instant from, Instant to) throws IOException {
        List<CalendarEvent> events = new ArrayList<>();
        String pageToken = null;
        Events page;
        do {
            Calendar.Events.List request = calendar.events().list("primary").setMaxResults(pageSize)
                    .setPageToken(pageToken);
            if (syncToken != null) {
                request.setSyncToken(syncToken);
            } else {
                request.setTimeMin(new DateTime(from.toEpochMilli())).setTimeMax(new DateTime(to.toEpochMilli()))
                        .setSingleEvents(true);
            }
            page = request.execute();
            ZoneId zone = zone(page.getTimeZone());
            if (page.getItems() != null) {
                page.getItems().forEach(e -> events.add(event(e, zone)));
            }
            pageToken = page.getNextPageToken();
        } while (pageToken != null);
        return new CalendarChanges(events, page.getNextSyncToken(), syncToken == null);
    }

    /** One Calendar v3 event; a deleted one in an incremental listing has only its id and status. */
    static CalendarEvent event(Event e, ZoneId calendarZone) {
        boolean cancelled = "cancelled".equals(e.getStatus());
        boolean outOfOffice = "outOfOffice".equals(e.getEventType());
        String organizer = e.getOrganizer() == null ? null : lower(e.getOrganizer().getEmail());
        List<String> attendees = new ArrayList<>();
        if (e.getAttendees() != null) {
            for (EventAttendee a : e.getAttendees()) {
                String address = lower(a.getEmail());
                if (address == null || Boolean.TRUE.equals(a.getResource()) || Boolean.TRUE.equals(a.getOrganizer())
                        || address.equals(organizer) || attendees.contains(address)) {
                    continue; // rooms are not people; the organizer is not repeated
                }
                attendees.add(address);
            }
        }
        Instant start = null;
        Instant end = null;
        LocalDate startDay = null;
        LocalDate endDay = null;
        EventDateTime s = e.getStart();
        EventDateTime f = e.getEnd();
        if (s != null && s.getDate() != null) {
            startDay = LocalDate.parse(s.getDate().toStringRfc3339());
            LocalDate endExclusive = f == null || f.getDate() == null ? startDay.plusDays(1)
                    : LocalDate.parse(f.getDate().toStringRfc3339());
            // Google's end date is the day after the last one
            endDay = endExclusive.isAfter(startDay) ? endExclusive.minusDays(1) : startDay;
            ZoneId zone = s.getTimeZone() != null ? zone(s.getTimeZone()) : calendarZone;
            start = startDay.atStartOfDay(zone).toInstant();
            end = endDay.plusDays(1).atStartOfDay(zone).toInstant();
        } else if (s != null && s.getDateTime() != null) {
            start = Instant.ofEpochMilli(s.getDateTime().getValue());
            end = f == null || f.getDateTime() == null ? start : Instant.ofEpochMilli(f.getDateTime().getValue());
        }
        return new CalendarEvent(Provider.GOOGLE, e.getId(), e.getICalUID(), e.getSummary(), start, end, startDay,
                endDay, outOfOffice, cancelled, organizer, attendees);
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static String lower(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    static ProviderCredentials.Google google(ProviderCredentials credentials) {
        if (credentials instanceof ProviderCredentials.Google google) {
            return google;
        }
        throw new IllegalArgumentException("Google sources need Google credentials, not "
                + Objects.requireNonNull(credentials).provider());
    }
}
