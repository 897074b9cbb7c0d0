package dev.liaison.connect.microsoft;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.microsoft.graph.models.Attendee;
import com.microsoft.graph.models.AutomaticRepliesSetting;
import com.microsoft.graph.models.AutomaticRepliesStatus;
import com.microsoft.graph.models.DateTimeTimeZone;
import com.microsoft.graph.models.Event;
import com.microsoft.graph.models.FreeBusyStatus;
import com.microsoft.graph.models.Recipient;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.calendarview.delta.DeltaGetResponse;
import com.microsoft.kiota.HttpMethod;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;

import dev.liaison.connect.AutomaticReply;
import dev.liaison.connect.CalendarChanges;
import dev.liaison.connect.CalendarEvent;
import dev.liaison.connect.CalendarSource;
import dev.liaison.connect.Provider;
import dev.liaison.connect.ProviderCredentials;
import dev.liaison.connect.SyncFailure;

/**
 * People's Microsoft 365 calendars through Graph's {@code calendarView/delta}: the first call lists the
 * window, each later one follows the stored {@code @odata.deltaLink} and gets only what changed. A
 * calendar view's window is fixed when it is opened, so the cursor remembers the day it was opened and the
 * window is opened again (a full listing) once a day, and whenever Graph says the delta token is gone (410).
 */
final class MicrosoftCalendarSource implements CalendarSource {

    /** Between the day the window was opened and its delta link, in the cursor. */
    private static final char CURSOR_SEPARATOR = '|';

    private final MicrosoftGraphClients clients;
    private final Clock clock;

    MicrosoftCalendarSource(MicrosoftGraphClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public Provider provider() {
        return Provider.MICROSOFT;
    }

    @Override
    public CalendarChanges changes(ProviderCredentials credentials, String email, String cursor, Instant from, Instant to) {
        GraphServiceClient graph = clients.client(microsoft(credentials));
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int separator = cursor == null ? -1 : cursor.indexOf(CURSOR_SEPARATOR);
        if (separator > 0 && cursor.substring(0, separator).equals(today.toString())) {
            try {
                return read(graph, email, cursor.substring(separator + 1), null, null, today, false);
            } catch (SyncFailure failure) {
                if (failure.kind() != SyncFailure.Kind.CURSOR_EXPIRED) {
                    throw failure;
                }
                // Graph forgot the delta token (410 syncStateNotFound): list the window again
            }
        }
        return read(graph, email, null, from, to, today, true);
    }

    private CalendarChanges read(GraphServiceClient graph, String email, String link, Instant from, Instant to,
                                 LocalDate today, boolean fullSync) {
        List<CalendarEvent> events = new ArrayList<>();
        DeltaGetResponse page;
        try {
            page = link != null
                    ? graph.users().byUserId(email).calendarView().delta().withUrl(link).get()
                    : graph.users().byUserId(email).calendarView().delta().get(request -> {
                        request.queryParameters.startDateTime = from.toString();
                        request.queryParameters.endDateTime = to.toString();
                    });
            while (true) {
                for (Event event : page.getValue()) {
                    events.add(event(event));
                }
                if (page.getOdataNextLink() == null) {
                    break;
                }
                page = graph.users().byUserId(email).calendarView().delta().withUrl(page.getOdataNextLink()).get();
            }
        } catch (RuntimeException e) {
            throw GraphFailures.of(e, "calendarView/delta for " + email, clock);
        }
        String deltaLink = Objects.requireNonNull(page.getOdataDeltaLink(), "Graph's last page carries a deltaLink");
        return new CalendarChanges(events, today.toString() + CURSOR_SEPARATOR + deltaLink, fullSync);
    }

    @Override
    public Optional<AutomaticReply> automaticReply(ProviderCredentials credentials, String email) {
        GraphServiceClient graph = clients.client(microsoft(credentials));
        // The SDK has no builder for this property path (only for the whole mailboxSettings, which also reads
        // the person's working hours, language…): the same request through the SDK's own request adapter.
        RequestInformation request = new RequestInformation(HttpMethod.GET,
                "{+baseurl}/users/{user%2Did}/mailboxSettings/automaticRepliesSetting", new HashMap<>());
        request.pathParameters.put("user%2Did", email);
        request.headers.add("Accept", "application/json");
        HashMap<String, ParsableFactory<? extends Parsable>> errors = new HashMap<>();
        errors.put("XXX", ODataError::createFromDiscriminatorValue);
        AutomaticRepliesSetting setting;
        try {
            setting = graph.getRequestAdapter().send(request, errors, AutomaticRepliesSetting::createFromDiscriminatorValue);
        } catch (RuntimeException e) {
            throw GraphFailures.of(e, "automaticRepliesSetting for " + email, clock);
        }
        AutomaticRepliesStatus status = setting == null ? null : setting.getStatus();
        if (status == AutomaticRepliesStatus.AlwaysEnabled) {
            return Optional.of(new AutomaticReply(AutomaticReply.Status.ALWAYS_ENABLED, null, null));
        }
        if (status == AutomaticRepliesStatus.Scheduled) {
            return Optional.of(new AutomaticReply(AutomaticReply.Status.SCHEDULED,
                    instant(setting.getScheduledStartDateTime()), instant(setting.getScheduledEndDateTime())));
        }
        // disabled: Graph still returns the last scheduled dates, which mean nothing now
        return Optional.of(new AutomaticReply(AutomaticReply.Status.DISABLED, null, null));
    }

    static CalendarEvent event(Event event) {
        if (event.getAdditionalData().containsKey("@removed")) {
            return new CalendarEvent(Provider.MICROSOFT, event.getId(), null, null, null, null, null, null,
                    false, true, null, List.of());
        }
        boolean allDay = Boolean.TRUE.equals(event.getIsAllDay());
        Instant start;
        Instant end;
        LocalDate startDay = null;
        LocalDate endDay = null;
        if (allDay) {
            // all-day events float: midnight to midnight of the zone they are given in; Graph's end is exclusive
            ZoneId zone = zone(event.getStart());
            startDay = LocalDateTime.parse(event.getStart().getDateTime()).toLocalDate();
            LocalDate endExclusive = LocalDateTime.parse(event.getEnd().getDateTime()).toLocalDate();
            endDay = endExclusive.isAfter(startDay) ? endExclusive.minusDays(1) : startDay;
            start = startDay.atStartOfDay(zone).toInstant();
            end = endDay.plusDays(1).atStartOfDay(zone).toInstant();
        } else {
            start = instant(event.getStart());
            end = instant(event.getEnd());
        }
        String organizer = address(event.getOrganizer());
        List<String> attendees = new ArrayList<>();
        if (event.getAttendees() != null) {
            for (Attendee attendee : event.getAttendees()) {
                String address = address(attendee);
                if (address != null && !address.equals(organizer) && !attendees.contains(address)) {
                    attendees.add(address);
                }
            }
        }
        return new CalendarEvent(Provider.MICROSOFT, event.getId(), event.getICalUId(), event.getSubject(), start, end,
                startDay, endDay, event.getShowAs() == FreeBusyStatus.Oof, Boolean.TRUE.equals(event.getIsCancelled()),
                organizer, attendees);
    }

    private static String address(Recipient recipient) {
        if (recipient == null || recipient.getEmailAddress() == null || recipient.getEmailAddress().getAddress() == null) {
            return null;
        }
        return recipient.getEmailAddress().getAddress().strip().toLowerCase(Locale.ROOT);
    }

    private static Instant instant(DateTimeTimeZone value) {
        if (value == null || value.getDateTime() == null) {
            return null;
        }
        return LocalDateTime.parse(value.getDateTime()).atZone(zone(value)).toInstant();
    }

    /**
     * The zone Graph gave the time in. Without a {@code Prefer: outlook.timezone} header (Liaison sends none)
     * that is UTC; an IANA name is read as such; a Windows zone name Java cannot read falls back to UTC.
     */
    private static ZoneId zone(DateTimeTimeZone value) {
        String name = value.getTimeZone();
        if (name == null || name.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    static ProviderCredentials.Microsoft microsoft(ProviderCredentials credentials) {
        if (credentials instanceof ProviderCredentials.Microsoft microsoft) {
            return microsoft;
        }
        throw new IllegalArgumentException("Microsoft 365 needs Microsoft credentials, not " + credentials.provider());
    }
}
