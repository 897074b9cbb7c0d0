package dev.liaison.connect.google;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import dev.liaison.connect.ProviderCredentials;
import dev.liaison.connect.SyncFailure;
import dev.liaison.sandbox.google.GoogleCall;
import dev.liaison.sandbox.google.GoogleStandIn;
import dev.liaison.sandbox.google.StandInFailure;
import dev.liaison.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every way Google says no, through both sources, in the kinds the sync decides by. The failures are
 * the stand-in's answers in Google's shapes; nothing is retried inside the client (one call each).
 */
class GoogleFailuresTest {

    private static final String ANN = "ann@agency.example";
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final GoogleStandIn GOOGLE = GoogleStandIn.start(new MutableClock(NOW));
    private static final String KEY = GOOGLE.newServiceAccount("liaison@agency-project.iam.gserviceaccount.com");
    private static final ProviderCredentials.Google CREDENTIALS = new ProviderCredentials.Google(KEY, GOOGLE.apiUrl());

    private static final GoogleCalendarSource CALENDAR = new GoogleCalendarSource();
    private static final GoogleMailSource MAIL = new GoogleMailSource();

    static {
        GOOGLE.addUser(ANN, java.time.ZoneOffset.UTC);
    }

    @AfterEach
    void recover() {
        GOOGLE.recover(ANN);
        assertThat(GOOGLE.refusals()).isEmpty();
    }

    @AfterAll
    static void close() {
        GOOGLE.close();
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of(StandInFailure.unauthorized(), SyncFailure.Kind.CREDENTIALS, null),
                Arguments.of(StandInFailure.forbidden(), SyncFailure.Kind.FORBIDDEN, null),
                Arguments.of(StandInFailure.rateLimitExceeded(), SyncFailure.Kind.THROTTLED, null),
                Arguments.of(StandInFailure.notFound(), SyncFailure.Kind.NOT_FOUND, null),
                Arguments.of(StandInFailure.tooManyRequests(Duration.ofSeconds(42)), SyncFailure.Kind.THROTTLED,
                        Duration.ofSeconds(42)),
                Arguments.of(StandInFailure.serverError(), SyncFailure.Kind.UNAVAILABLE, null),
                Arguments.of(StandInFailure.unavailable(), SyncFailure.Kind.UNAVAILABLE, null));
    }

    static Stream<Arguments> sources() {
        BiFunction<ProviderCredentials, String, Object> calendar = (c, who) ->
                CALENDAR.changes(c, who, null, NOW, NOW.plus(Duration.ofDays(30)));
        BiFunction<ProviderCredentials, String, Object> mail = (c, who) ->
                MAIL.changes(c, who, null, NOW.minus(Duration.ofDays(1)), false);
        return Stream.of(Arguments.of("calendar", calendar), Arguments.of("mail", mail));
    }

    static Stream<Arguments> answersThroughBothSources() {
        return sources().flatMap(s -> answers().map(a -> Arguments.of(s.get()[0], s.get()[1], a.get()[0], a.get()[1],
                a.get()[2])));
    }

    @ParameterizedTest(name = "{0}: {2} → {3}")
    @MethodSource("answersThroughBothSources")
    void everyApiErrorIsMappedToAKind(String name, BiFunction<ProviderCredentials, String, Object> read,
                                      StandInFailure answer, SyncFailure.Kind kind, Duration retryAfter) {
        GOOGLE.failUser(ANN, answer);

        SyncFailure failure = catchThrowableOfType(SyncFailure.class, () -> read.apply(CREDENTIALS, ANN));

        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(failure.retryAfter()).isEqualTo(retryAfter);
        assertThat(failure.getMessage()).doesNotContain("PRIVATE KEY", "ya29", KEY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void theTokenEndpointsAnswersAreMappedToo(String name, BiFunction<ProviderCredentials, String, Object> read) {
        String revokedKey = GOOGLE.newServiceAccount("revoked-" + name + "@agency-project.iam.gserviceaccount.com");
        GOOGLE.revoke("revoked-" + name + "@agency-project.iam.gserviceaccount.com");
        String notGranted = GOOGLE.newServiceAccount("narrow-" + name + "@agency-project.iam.gserviceaccount.com", Set.of());

        assertThat(kindOf(() -> read.apply(new ProviderCredentials.Google(revokedKey, GOOGLE.apiUrl()), ANN)))
                .as("a deleted key: invalid_grant").isEqualTo(SyncFailure.Kind.CREDENTIALS);
        assertThat(kindOf(() -> read.apply(new ProviderCredentials.Google(notGranted, GOOGLE.apiUrl()), ANN)))
                .as("scopes the admin did not grant: unauthorized_client").isEqualTo(SyncFailure.Kind.CREDENTIALS);
        assertThat(kindOf(() -> read.apply(CREDENTIALS, "nobody@agency.example")))
                .as("no such user in the domain: one person, not the connection").isEqualTo(SyncFailure.Kind.NOT_FOUND);
        assertThat(kindOf(() -> read.apply(new ProviderCredentials.Google("{\"type\": \"service_account\"}",
                GOOGLE.apiUrl()), ANN))).as("not a key").isEqualTo(SyncFailure.Kind.CREDENTIALS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void aTokenEndpointThatIsDownOrThrottlingIsAskedOnceAndWaitedOutNotTakenForBadCredentials(String name,
            BiFunction<ProviderCredentials, String, Object> read) {
        String account = "flaky-" + name + "@agency-project.iam.gserviceaccount.com";
        ProviderCredentials.Google flaky = new ProviderCredentials.Google(GOOGLE.newServiceAccount(account),
                GOOGLE.apiUrl());
        String who = "flaky-" + name + "@agency.example";
        GOOGLE.addUser(who, java.time.ZoneOffset.UTC);

        GOOGLE.failTokens(account, StandInFailure.unavailable());
        assertThat(kindOf(() -> read.apply(flaky, who))).isEqualTo(SyncFailure.Kind.UNAVAILABLE);
        assertThat(GOOGLE.calls(GoogleCall.TOKEN, who)).as("no retry inside the client").isEqualTo(1);

        GOOGLE.failTokens(account, StandInFailure.tooManyRequests(Duration.ofSeconds(7)));
        SyncFailure throttled = catchThrowableOfType(SyncFailure.class, () -> read.apply(flaky, who));
        assertThat(throttled.kind()).isEqualTo(SyncFailure.Kind.THROTTLED);
        assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(GOOGLE.calls(GoogleCall.TOKEN, who)).isEqualTo(2);
        GOOGLE.recoverTokens(account);
    }

    @Test
    void anUnreachableGoogleIsUnavailable() {
        GoogleStandIn gone = GoogleStandIn.start(new MutableClock(NOW));
        String key = gone.newServiceAccount("gone@agency-project.iam.gserviceaccount.com");
        String api = gone.apiUrl();
        gone.close();

        assertThat(kindOf(() -> CALENDAR.changes(new ProviderCredentials.Google(key, api), ANN, null, NOW,
                NOW.plus(Duration.ofDays(1))))).isEqualTo(SyncFailure.Kind.UNAVAILABLE);
    }

    private static SyncFailure.Kind kindOf(Runnable call) {
        return catchThrowableOfType(SyncFailure.class, call::run).kind();
    }
}
