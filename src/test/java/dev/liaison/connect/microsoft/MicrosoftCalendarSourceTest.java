package dev.liaison.connect.microsoft;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.liaison.connect.AutomaticReply;
import dev.liaison.connect.CalendarChanges;
import dev.liaison.connect.CalendarEvent;
import dev.liaison.connect.ProviderCredentials;
import dev.liaison.connect.SyncFailure;
import dev.liaison.sandbox.microsoft.GraphEvent;
import dev.liaison.sandbox.microsoft.GraphFailure;
import dev.liaison.sandbox.microsoft.MicrosoftStandIn;
import dev.liaison.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The calendar source against the Microsoft stand-in (Entra's token endpoint and Graph, over loopback HTTPS):
 * real SDK calls, real delta links. Every test ends with the stand-in having refused nothing.
 */
class MicrosoftCalendarSourceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant MONTH = NOW.plus(Duration.ofDays(30));
    private static final String ANA = "ana@agency.example";

    private final MutableClock clock = new MutableClock(NOW);
    private final MicrosoftStandIn graph = MicrosoftStandIn.start(clock);
    private final MicrosoftCalendarSource source =
            new MicrosoftCalendarSource(new MicrosoftGraphClients(graph.certificate()), clock);

    @AfterEach
    void nothingRefused() {
        try {
            assertThat(graph.refusals()).isEmpty();
        } finally {
            graph.close();
        }
    }

    private Instant at(int days, int hours) {
        return NOW.plus(Duration.ofDays(days)).plus(Duration.ofHours(hours));
    }

    @Test
    void aFullListingThenOnlyTheChanges() {
        String weekly = graph.addEvent(ANA, GraphEvent.meeting("Acme weekly", at(1, 0), at(1, 1), ANA, List.of("bob@acme.com")));
        String review = graph.addEvent(ANA, GraphEvent.meeting("Review", at(2, 0), at(2, 1), ANA, List.of()));
        graph.addEvent(ANA, GraphEvent.meeting("Long ago", NOW.minus(Duration.ofDays(40)), NOW.minus(Duration.ofDays(40)).plusSeconds(3600), ANA, List.of()));

        CalendarChanges full = source.changes(graph.credentials(), ANA, null, NOW, MONTH);

        assertThat(full.fullSync()).isTrue();
        assertThat(full.events()).extracting(CalendarEvent::eventId).containsExactlyInAnyOrder(weekly, review);

        graph.moveEvent(ANA, review, at(3, 0), at(3, 2));
        String added = graph.addEvent(ANA, GraphEvent.meeting("New", at(4, 0), at(4, 1), ANA, List.of()));
        CalendarChanges delta = source.changes(graph.credentials(), ANA, full.nextCursor(), NOW, MONTH);

        assertThat(delta.fullSync()).isFalse();
        assertThat(delta.events()).extracting(CalendarEvent::eventId).containsExactlyInAnyOrder(review, added);
        assertThat(delta.events()).filteredOn(e -> e.eventId().equals(review)).singleElement()
                .satisfies(e -> assertThat(e.end()).isEqualTo(at(3, 2)));

        CalendarChanges nothing = source.changes(graph.credentials(), ANA, delta.nextCursor(), NOW, MONTH);
        assertThat(nothing.events()).isEmpty();
        assertThat(nothing.fullSync()).isFalse();
    }

    @Test
    void aDeletedEventComesAsRemovedAndACancelledMeetingAsCancelled() {
        String deleted = graph.addEvent(ANA, GraphEvent.meeting("Going", at(1, 0), at(1, 1), ANA, List.of()));
        String cancelled = graph.addEvent(ANA, GraphEvent.meeting("Called off", at(2, 0), at(2, 1), "bob@acme.com", List.of(ANA)));
        CalendarChanges full = source.changes(graph.credentials(), ANA, null, NOW, MONTH);

        graph.deleteEvent(ANA, deleted);
        graph.cancelEvent(ANA, cancelled);
        CalendarChanges delta = source.changes(graph.credentials(), ANA, full.nextCursor(), NOW, MONTH);

        assertThat(delta.events()).allSatisfy(e -> assertThat(e.cancelled()).isTrue())
                .extracting(CalendarEvent::eventId).containsExactlyInAnyOrder(deleted, cancelled);
        assertThat(delta.events()).filteredOn(e -> e.eventId().equals(deleted)).singleElement()
                .satisfies(e -> assertThat(e.start()).isNull());
    }

    @Test
    void everyPageIsFollowed() {
        graph.pageSize(2);
        for (int i = 0; i < 5; i++) {
            graph.addEvent(ANA, GraphEvent.meeting("Meeting " + i, at(i + 1, 0), at(i + 1, 1), ANA, List.of()));
        }

        CalendarChanges full = source.changes(graph.credentials(), ANA, null, NOW, MONTH);

        assertThat(full.events()).hasSize(5);
        assertThat(graph.calls("calendarView/delta")).isEqualTo(3);
    }

    @Test
    void theWindowIsOpenedAgainTheNextDay() {
        graph.addEvent(ANA, GraphEvent.meeting("Acme", at(1, 0), at(1, 1), ANA, List.of()));
        CalendarChanges first = source.changes(graph.credentials(), ANA, null, NOW, MONTH);
        CalendarChanges sameDay = source.changes(graph.credentials(), ANA, first.nextCursor(), NOW, MONTH);
        assertThat(sameDay.fullSync()).isFalse();

        clock.advance(Duration.ofDays(1));
        CalendarChanges nextDay = source.changes(graph.credentials(), ANA, sameDay.nextCursor(),
                clock.instant(), clock.instant().plus(Duration.ofDays(30)));

        assertThat(nextDay.fullSync()).isTrue();
        assertThat(nextDay.events()).hasSize(1);
    }

    @Test
    void anExpiredDeltaTokenGivesAFullListing() {
        graph.addEvent(ANA, GraphEvent.meeting("Acme", at(1, 0), at(1, 1), ANA, List.of()));
        CalendarChanges first = source.changes(graph.credentials(), ANA, null, NOW, MONTH);

        graph.expireDeltaTokens(ANA);
        CalendarChanges again = source.changes(graph.credentials(), ANA, first.nextCursor(), NOW, MONTH);

        assertThat(again.fullSync()).isTrue();
        assertThat(again.events()).hasSize(1);
    }

    @Test
    void allDayEventsKeepTheirDaysWithTheLastDayInclusive() {
        graph.addEvent(ANA, GraphEvent.allDay("Holiday", LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-12"), "oof", ANA));
        graph.addEvent(ANA, GraphEvent.allDay("Offsite", LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-05"), "busy", ANA));

        CalendarChanges full = source.changes(graph.credentials(), ANA, null, NOW, MONTH);

        assertThat(full.events()).filteredOn(e -> e.title().equals("Holiday")).singleElement().satisfies(e -> {
            assertThat(e.allDay()).isTrue();
            assertThat(e.startDay()).isEqualTo(LocalDate.parse("2026-03-10"));
            assertThat(e.endDay()).isEqualTo(LocalDate.parse("2026-03-12"));
            assertThat(e.start()).isEqualTo(Instant.parse("2026-03-10T00:00:00Z"));
            assertThat(e.end()).isEqualTo(Instant.parse("2026-03-13T00:00:00Z"));
            assertThat(e.outOfOffice()).isTrue();
        });
        assertThat(full.events()).filteredOn(e -> e.title().equals("Offsite")).singleElement().satisfies(e -> {
            assertThat(e.startDay()).isEqualTo(LocalDate.parse("2026-03-05"));
            assertThat(e.endDay()).isEqualTo(LocalDate.parse("2026-03-05"));
            assertThat(e.outOfOffice()).isFalse();
        });
    }

    @Test
    void showAsOofIsOutOfOfficeAndAddressesAreLowerCaseWithTheICalUid() {
        graph.addEvent(ANA, GraphEvent.outOfOffice("Dentist", at(1, 2), at(1, 4), ANA));
        graph.addEvent(ANA, GraphEvent.meeting("Acme QBR", at(2, 0), at(2, 1), "Ana@Agency.Example",
                List.of("ANA@agency.example", "Bob@ACME.com", "carol@acme.com")), "ICAL-UID-1");

        CalendarChanges full = source.changes(graph.credentials(), ANA, null, NOW, MONTH);

        assertThat(full.events()).filteredOn(e -> e.title().equals("Dentist")).singleElement().satisfies(e -> {
            assertThat(e.outOfOffice()).isTrue();
            assertThat(e.allDay()).isFalse();
            assertThat(e.start()).isEqualTo(at(1, 2));
        });
        assertThat(full.events()).filteredOn(e -> e.title().equals("Acme QBR")).singleElement().satisfies(e -> {
            assertThat(e.outOfOffice()).isFalse();
            assertThat(e.iCalUid()).isEqualTo("ICAL-UID-1");
            assertThat(e.organizer()).isEqualTo("ana@agency.example");
            assertThat(e.attendees()).containsExactly("bob@acme.com", "carol@acme.com");
        });
    }

    @Test
    void automaticRepliesDisabledAlwaysEnabledAndScheduled() {
        Instant from = Instant.parse("2026-03-09T08:00:00Z");
        Instant to = Instant.parse("2026-03-14T18:00:00Z");
        graph.addUser(ANA);
        assertThat(source.automaticReply(graph.credentials(), ANA))
                .contains(new AutomaticReply(AutomaticReply.Status.DISABLED, null, null));

        graph.setAutomaticReplies(ANA, "alwaysEnabled", null, null);
        assertThat(source.automaticReply(graph.credentials(), ANA))
                .contains(new AutomaticReply(AutomaticReply.Status.ALWAYS_ENABLED, null, null));

        graph.setAutomaticReplies(ANA, "scheduled", from, to);
        assertThat(source.automaticReply(graph.credentials(), ANA))
                .contains(new AutomaticReply(AutomaticReply.Status.SCHEDULED, from, to));

        graph.setAutomaticReplies(ANA, "disabled", null, null);
        assertThat(source.automaticReply(graph.credentials(), ANA))
                .contains(new AutomaticReply(AutomaticReply.Status.DISABLED, null, null));
    }

    @ParameterizedTest
    @CsvSource({
            "UNAUTHORIZED, CREDENTIALS",
            "ACCESS_DENIED, FORBIDDEN",
            "ITEM_NOT_FOUND, NOT_FOUND",
            "MAILBOX_NOT_ENABLED, NOT_FOUND",
            "THROTTLED, THROTTLED",
            "UNAVAILABLE, UNAVAILABLE"})
    void graphErrorsBecomeSyncFailures(GraphFailure failure, SyncFailure.Kind kind) {
        graph.fail(ANA, failure);

        SyncFailure changes = catchThrowableOfType(SyncFailure.class,
                () -> source.changes(graph.credentials(), ANA, null, NOW, MONTH));
        SyncFailure reply = catchThrowableOfType(SyncFailure.class,
                () -> source.automaticReply(graph.credentials(), ANA));

        for (SyncFailure f : List.of(changes, reply)) {
            assertThat(f.kind()).isEqualTo(kind);
            assertThat(f.getMessage()).doesNotContain(graph.credentials().clientSecret());
        }
        // the SDK does not retry on its own: one call each, and a throttle says how long to wait
        assertThat(graph.callsFor(ANA)).isEqualTo(2);
        if (kind == SyncFailure.Kind.THROTTLED) {
            assertThat(changes.retryAfter()).isEqualTo(Duration.ofSeconds(MicrosoftStandIn.RETRY_AFTER_SECONDS));
        }
    }

    @Test
    void aWrongSecretIsACredentialsFailureThatNamesEntrasErrorNotTheSecret() {
        ProviderCredentials.Microsoft right = graph.credentials();
        ProviderCredentials.Microsoft wrong = new ProviderCredentials.Microsoft(right.tenantId(), right.clientId(),
                "not-the-secret", right.graphUrl(), right.loginUrl());
        graph.addUser(ANA);

        SyncFailure failure = catchThrowableOfType(SyncFailure.class, () -> source.changes(wrong, ANA, null, NOW, MONTH));

        assertThat(failure.kind()).isEqualTo(SyncFailure.Kind.CREDENTIALS);
        assertThat(failure.getMessage()).contains("AADSTS7000215").doesNotContain("not-the-secret");
        assertThat(graph.callsFor(ANA)).isZero();
    }

    @Test
    void aRevokedAppIsACredentialsFailureEvenWithATokenInHand() {
        graph.addEvent(ANA, GraphEvent.meeting("Acme", at(1, 0), at(1, 1), ANA, List.of()));
        source.changes(graph.credentials(), ANA, null, NOW, MONTH);

        graph.revokeApp();
        SyncFailure cached = catchThrowableOfType(SyncFailure.class, () -> source.changes(graph.credentials(), ANA, null, NOW, MONTH));
        MicrosoftCalendarSource fresh = new MicrosoftCalendarSource(new MicrosoftGraphClients(graph.certificate()), clock);
        SyncFailure newToken = catchThrowableOfType(SyncFailure.class, () -> fresh.changes(graph.credentials(), ANA, null, NOW, MONTH));

        assertThat(cached.kind()).isEqualTo(SyncFailure.Kind.CREDENTIALS);
        assertThat(newToken.kind()).isEqualTo(SyncFailure.Kind.CREDENTIALS);
        assertThat(newToken.getMessage()).contains("AADSTS700016");
    }

    @Test
    void oneTokenServesEveryMailbox() {
        List<String> people = List.of(ANA, "bob@agency.example", "carol@agency.example", "dan@agency.example");
        for (String person : people) {
            graph.addEvent(person, GraphEvent.meeting("Acme", at(1, 0), at(1, 1), person, List.of()));
        }

        for (String person : people) {
            assertThat(source.changes(graph.credentials(), person, null, NOW, MONTH).events()).hasSize(1);
            source.automaticReply(graph.credentials(), person);
        }

        assertThat(graph.calls("token")).isEqualTo(1);
        assertThat(graph.calls("calendarView/delta")).isEqualTo(4);
    }
}
