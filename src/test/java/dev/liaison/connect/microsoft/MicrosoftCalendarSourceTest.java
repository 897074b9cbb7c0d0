package dev.liaison.connect.microsoft;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.liaison.connect.AutomaticReply;
import dev.liaison.connect.CalendarChanges;
import dev.liaison.connect.CalendarEvent;
import dev.liaison.sandbox.microsoft.GraphEvent;
import dev.liaison.sandbox.microsoft.MicrosoftStandIn;
import dev.liaison.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar source against the Microsoft stand-in (Entra's token endpoint and Graph over HTTPS). */
class MicrosoftCalendarSourceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String ANA = "ana@agency.example";

    private final MutableClock clock = new MutableClock(NOW);
    private final MicrosoftStandIn graph = MicrosoftStandIn.start(clock);
    private final MicrosoftCalendarSource source =
            new MicrosoftCalendarSource(new MicrosoftGraphClients(graph.certificate()), clock);

    @AfterEach
    void close() {
        assertThat(graph.refusals()).isEmpty();
        graph.close();
    }

    @Test
    void aFullListingThenOnlyTheChanges() {
        String meeting = graph.addEvent(ANA, GraphEvent.meeting("Acme weekly", NOW.plus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)), "ana@agency.example", List.of("Bob@Acme.com")));

        CalendarChanges full = source.changes(graph.credentials(), ANA, null, NOW, NOW.plus(Duration.ofDays(30)));

        assertThat(full.fullSync()).isTrue();
        assertThat(full.events()).singleElement().satisfies(e -> {
            assertThat(e.eventId()).isEqualTo(meeting);
            assertThat(e.attendees()).containsExactly("bob@acme.com");
            assertThat(e.start()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        });

        graph.addEvent(ANA, GraphEvent.allDay("Holiday", LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-12"), "oof", ANA));
        CalendarChanges delta = source.changes(graph.credentials(), ANA, full.nextCursor(), NOW, NOW.plus(Duration.ofDays(30)));

        assertThat(delta.fullSync()).isFalse();
        assertThat(delta.events()).singleElement().satisfies(e -> {
            assertThat(e.allDay()).isTrue();
            assertThat(e.startDay()).isEqualTo(LocalDate.parse("2026-03-10"));
            assertThat(e.endDay()).isEqualTo(LocalDate.parse("2026-03-12"));
            assertThat(e.outOfOffice()).isTrue();
        });
        assertThat(source.automaticReply(graph.credentials(), ANA)).contains(
                new AutomaticReply(AutomaticReply.Status.DISABLED, null, null));
        assertThat(graph.calls("token")).isEqualTo(1);
    }
}
