package dev.liaison.connect.microsoft;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.liaison.connect.MailChanges;
import dev.liaison.connect.MailMessage;
import dev.liaison.connect.SyncFailure;
import dev.liaison.sandbox.microsoft.GraphFailure;
import dev.liaison.sandbox.microsoft.MicrosoftStandIn;
import dev.liaison.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The mail source against the Microsoft stand-in, which refuses a message read without {@code $select} or
 * with a body in it: every test ending with no refusal is the proof that Liaison never asks for a body.
 */
class MicrosoftMailSourceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String ANA = "ana@agency.example";

    private final MutableClock clock = new MutableClock(NOW);
    private final MicrosoftStandIn graph = MicrosoftStandIn.start(clock);
    private final MicrosoftMailSource source = new MicrosoftMailSource(new MicrosoftGraphClients(graph.certificate()), clock);

    @AfterEach
    void nothingRefused() {
        try {
            assertThat(graph.refusals()).isEmpty();
        } finally {
            graph.close();
        }
    }

    @Test
    void bothFoldersMetadataOnlyWithoutSubjects() {
        String in = graph.addMessage(ANA, "inbox", "Bob@Acme.com", List.of("ANA@agency.example"), List.of("Carol@acme.com"), "Renewal");
        clock.advance(Duration.ofMinutes(5));
        String out = graph.addMessage(ANA, "sentitems", ANA, List.of("bob@acme.com"), List.of(), "Re: Renewal");

        MailChanges changes = source.changes(graph.credentials(), ANA, null, NOW.minus(Duration.ofDays(1)), false);

        assertThat(changes.messages()).extracting(MailMessage::messageId).containsExactlyInAnyOrder(in, out);
        assertThat(changes.messages()).filteredOn(m -> m.messageId().equals(in)).singleElement().satisfies(m -> {
            assertThat(m.from()).isEqualTo("bob@acme.com");
            assertThat(m.to()).containsExactly("ana@agency.example");
            assertThat(m.cc()).containsExactly("carol@acme.com");
            assertThat(m.date()).isEqualTo(NOW);
            assertThat(m.subject()).isNull();
        });
        assertThat(changes.messages()).filteredOn(m -> m.messageId().equals(out)).singleElement()
                .satisfies(m -> assertThat(m.date()).isEqualTo(NOW.plus(Duration.ofMinutes(5))));
        assertThat(graph.calls("inbox/messages/delta")).isEqualTo(1);
        assertThat(graph.calls("sentitems/messages/delta")).isEqualTo(1);
    }

    @Test
    void subjectsOnlyWhenAsked() {
        graph.addMessage(ANA, "inbox", "bob@acme.com", List.of(ANA), List.of(), "Renewal");

        MailChanges with = source.changes(graph.credentials(), ANA, null, NOW.minus(Duration.ofDays(1)), true);

        assertThat(with.messages()).singleElement().satisfies(m -> assertThat(m.subject()).isEqualTo("Renewal"));
    }

    @Test
    void theCursorGivesOnlyNewMessagesOfBothFolders() {
        graph.addMessage(ANA, "inbox", "bob@acme.com", List.of(ANA), List.of(), "One");
        MailChanges first = source.changes(graph.credentials(), ANA, null, NOW.minus(Duration.ofDays(1)), false);
        assertThat(first.messages()).hasSize(1);

        clock.advance(Duration.ofMinutes(15));
        String reply = graph.addMessage(ANA, "sentitems", ANA, List.of("bob@acme.com"), List.of(), "Re: One");
        String next = graph.addMessage(ANA, "inbox", "dan@acme.com", List.of(ANA), List.of(), "Two");
        MailChanges second = source.changes(graph.credentials(), ANA, first.nextCursor(), NOW, false);

        assertThat(second.messages()).extracting(MailMessage::messageId).containsExactlyInAnyOrder(reply, next);
        MailChanges third = source.changes(graph.credentials(), ANA, second.nextCursor(), NOW, false);
        assertThat(third.messages()).isEmpty();
    }

    @Test
    void theFirstReadStartsAtSince() {
        graph.addMessage(ANA, "inbox", "old@acme.com", List.of(ANA), List.of(), "Old");
        clock.advance(Duration.ofDays(2));
        String recent = graph.addMessage(ANA, "inbox", "bob@acme.com", List.of(ANA), List.of(), "Recent");

        MailChanges changes = source.changes(graph.credentials(), ANA, null, clock.instant().minus(Duration.ofDays(1)), false);

        assertThat(changes.messages()).extracting(MailMessage::messageId).containsExactly(recent);
    }

    @Test
    void pagesAreFollowed() {
        graph.pageSize(2);
        for (int i = 0; i < 5; i++) {
            graph.addMessage(ANA, "inbox", "bob@acme.com", List.of(ANA), List.of(), "Mail " + i);
        }

        MailChanges changes = source.changes(graph.credentials(), ANA, null, NOW.minus(Duration.ofDays(1)), false);

        assertThat(changes.messages()).hasSize(5);
        assertThat(graph.calls("inbox/messages/delta")).isEqualTo(3);
    }

    @Test
    void turningSubjectsOnOpensNewRoundsThatSelectThem() {
        graph.addMessage(ANA, "inbox", "bob@acme.com", List.of(ANA), List.of(), "Before");
        MailChanges without = source.changes(graph.credentials(), ANA, null, NOW.minus(Duration.ofDays(1)), false);

        clock.advance(Duration.ofMinutes(15));
        graph.addMessage(ANA, "inbox", "bob@acme.com", List.of(ANA), List.of(), "After");
        MailChanges with = source.changes(graph.credentials(), ANA, without.nextCursor(), NOW.plus(Duration.ofMinutes(10)), true);

        assertThat(with.messages()).singleElement().satisfies(m -> assertThat(m.subject()).isEqualTo("After"));
    }

    @Test
    void anExpiredDeltaTokenStartsAgainFromSince() {
        graph.addMessage(ANA, "inbox", "bob@acme.com", List.of(ANA), List.of(), "One");
        MailChanges first = source.changes(graph.credentials(), ANA, null, NOW.minus(Duration.ofDays(1)), false);

        clock.advance(Duration.ofHours(1));
        String later = graph.addMessage(ANA, "inbox", "bob@acme.com", List.of(ANA), List.of(), "Two");
        graph.expireDeltaTokens(ANA);
        MailChanges again = source.changes(graph.credentials(), ANA, first.nextCursor(), NOW.plus(Duration.ofMinutes(30)), false);

        assertThat(again.messages()).extracting(MailMessage::messageId).containsExactly(later);
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

        SyncFailure thrown = catchThrowableOfType(SyncFailure.class,
                () -> source.changes(graph.credentials(), ANA, null, NOW, false));

        assertThat(thrown.kind()).isEqualTo(kind);
        assertThat(graph.callsFor(ANA)).isEqualTo(1);
    }
}
