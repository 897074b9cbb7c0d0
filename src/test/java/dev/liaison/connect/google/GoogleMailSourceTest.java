package dev.liaison.connect.google;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.liaison.connect.MailChanges;
import dev.liaison.connect.MailMessage;
import dev.liaison.connect.ProviderCredentials;
import dev.liaison.sandbox.google.GoogleCall;
import dev.liaison.sandbox.google.GoogleStandIn;
import dev.liaison.sandbox.google.StandInMessage;
import dev.liaison.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gmail metadata read through Google's own client against the stand-in, which refuses {@code q} and
 * {@code format=full}/{@code raw} and records any such request: the empty refusals after each test prove
 * Liaison never asks for a body or a search.
 */
class GoogleMailSourceTest {

    private static final String ANN = "ann@agency.example";
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final GoogleStandIn google = GoogleStandIn.start(clock);
    private final ProviderCredentials.Google credentials = new ProviderCredentials.Google(
            google.newServiceAccount("liaison@agency-project.iam.gserviceaccount.com"), google.apiUrl());
    private final GoogleMailSource source = new GoogleMailSource(2);

    @AfterEach
    void noRefusals() {
        assertThat(google.refusals()).isEmpty();
        google.close();
    }

    @Test
    void theFirstSyncListsInboxAndSentDownToSinceAndLaterOnesOnlyWhatHistorySaysIsNew() {
        google.addMessage(ANN, StandInMessage.received("joe@acme.com", ANN, "Old news", NOW.minus(Duration.ofDays(3))));
        google.addMessage(ANN, StandInMessage.received("\"Lee, Joe\" <Joe@Acme.com>", ANN, "Renewal",
                NOW.minus(Duration.ofHours(5))).withCc("Kim <kim@acme.com>", "bob@agency.example"));
        google.addMessage(ANN, StandInMessage.received("news@letters.io", ANN, "Digest", NOW.minus(Duration.ofHours(3))));
        google.addMessage(ANN, StandInMessage.received("sue@beta.io", ANN, "Hi", NOW.minus(Duration.ofHours(2))));
        google.addMessage(ANN, StandInMessage.sent(ANN, "Joe Lee <joe@acme.com>", "Re: Renewal", NOW.minus(Duration.ofHours(1))));

        MailChanges first = source.changes(credentials, ANN, null, NOW.minus(Duration.ofDays(1)), false);

        assertThat(first.messages()).extracting(MailMessage::from)
                .containsExactly("sue@beta.io", "news@letters.io", "joe@acme.com", ANN);
        MailMessage renewal = first.messages().get(2);
        assertThat(renewal.to()).containsExactly(ANN);
        assertThat(renewal.cc()).containsExactly("kim@acme.com", "bob@agency.example");
        assertThat(renewal.date()).isEqualTo(NOW.minus(Duration.ofHours(5)));
        assertThat(renewal.subject()).isNull();
        assertThat(first.messages().get(3).to()).containsExactly("joe@acme.com");

        google.addMessage(ANN, StandInMessage.received("joe@acme.com", ANN, "Thanks", NOW.plus(Duration.ofMinutes(5))));
        google.addMessage(ANN, StandInMessage.sent(ANN, "kim@acme.com", "Agenda", NOW.plus(Duration.ofMinutes(6))));
        google.addMessage(ANN, new StandInMessage(ANN, List.of("kim@acme.com"), List.of(), "Draft", NOW.plus(Duration.ofMinutes(7)),
                List.of("DRAFT")));
        google.addMessage(ANN, StandInMessage.received("lee@acme.com", ANN, "Later", NOW.plus(Duration.ofMinutes(8))));
        google.resetCalls();

        MailChanges next = source.changes(credentials, ANN, first.nextCursor(), NOW.minus(Duration.ofDays(1)), false);

        assertThat(next.messages()).extracting(MailMessage::from).containsExactly("joe@acme.com", ANN, "lee@acme.com");
        assertThat(google.calls(GoogleCall.MESSAGES_LIST, ANN)).isZero();
        assertThat(google.calls(GoogleCall.HISTORY_LIST, ANN)).isEqualTo(2); // history pages of 2
        assertThat(google.calls(GoogleCall.MESSAGE_GET, ANN)).isEqualTo(3);  // the draft is never read

        MailChanges quiet = source.changes(credentials, ANN, next.nextCursor(), NOW.minus(Duration.ofDays(1)), false);
        assertThat(quiet.messages()).isEmpty();
    }

    @Test
    void aMessageArrivingWhileTheFirstSyncListsComesAgainThroughHistory() {
        google.addMessage(ANN, StandInMessage.received("joe@acme.com", ANN, "One", NOW.minus(Duration.ofHours(2))));
        MailChanges first = source.changes(credentials, ANN, null, NOW.minus(Duration.ofDays(1)), false);
        google.addMessage(ANN, StandInMessage.received("kim@acme.com", ANN, "Two", NOW.minus(Duration.ofHours(1))));

        MailChanges next = source.changes(credentials, ANN, first.nextCursor(), NOW.minus(Duration.ofDays(1)), false);

        assertThat(next.messages()).extracting(MailMessage::from).containsExactly("kim@acme.com");
    }

    @Test
    void subjectsOnlyWhenAsked() {
        google.addMessage(ANN, StandInMessage.received("joe@acme.com", ANN, "Renewal terms", NOW.minus(Duration.ofHours(2))));

        MailChanges without = source.changes(credentials, ANN, null, NOW.minus(Duration.ofDays(1)), false);
        MailChanges with = source.changes(credentials, ANN, null, NOW.minus(Duration.ofDays(1)), true);

        assertThat(without.messages()).singleElement().extracting(MailMessage::subject).isNull();
        assertThat(with.messages()).singleElement().extracting(MailMessage::subject).isEqualTo("Renewal terms");
    }

    @Test
    void aCursorGmailNoLongerKeepsListsSinceAgain() {
        google.addMessage(ANN, StandInMessage.received("joe@acme.com", ANN, "One", NOW.minus(Duration.ofHours(30))));
        google.addMessage(ANN, StandInMessage.received("kim@acme.com", ANN, "Two", NOW.minus(Duration.ofHours(2))));
        String cursor = source.changes(credentials, ANN, null, NOW.minus(Duration.ofDays(1)), false).nextCursor();
        google.expireHistory(ANN);
        google.addMessage(ANN, StandInMessage.received("lee@acme.com", ANN, "Three", NOW.minus(Duration.ofHours(1))));

        MailChanges again = source.changes(credentials, ANN, cursor, NOW.minus(Duration.ofDays(1)), false);

        assertThat(again.messages()).extracting(MailMessage::from).containsExactly("lee@acme.com", "kim@acme.com");
        assertThat(again.nextCursor()).isNotEqualTo(cursor);
    }
}
