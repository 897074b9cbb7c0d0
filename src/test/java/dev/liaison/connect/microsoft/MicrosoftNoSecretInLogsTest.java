package dev.liaison.connect.microsoft;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;

import dev.liaison.connect.ProviderCredentials;
import dev.liaison.connect.SyncFailure;
import dev.liaison.sandbox.microsoft.GraphEvent;
import dev.liaison.sandbox.microsoft.MicrosoftStandIn;
import dev.liaison.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Neither the client secret nor a token shows in what Liaison, azure-identity, MSAL, Kiota or the Graph SDK
 * log, down to DEBUG, through a good sync and a refused secret.
 */
class MicrosoftNoSecretInLogsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String ANA = "ana@agency.example";
    private static final List<String> LIBRARIES = List.of("dev.liaison", "com.azure", "com.microsoft", "okhttp3", "reactor.netty");

    @Test
    void neitherTheSecretNorATokenIsLogged() {
        MutableClock clock = new MutableClock(NOW);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(lines);
        List<Level> levels = LIBRARIES.stream().map(name -> ((Logger) LoggerFactory.getLogger(name)).getLevel()).toList();
        LIBRARIES.forEach(name -> ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.DEBUG));
        try (MicrosoftStandIn graph = MicrosoftStandIn.start(clock)) {
            MicrosoftGraphClients clients = new MicrosoftGraphClients(graph.certificate());
            graph.addEvent(ANA, GraphEvent.meeting("Acme", NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)).plusSeconds(3600), ANA, List.of()));
            new MicrosoftCalendarSource(clients, clock).changes(graph.credentials(), ANA, null, NOW, NOW.plus(Duration.ofDays(30)));
            new MicrosoftMailSource(clients, clock).changes(graph.credentials(), ANA, null, NOW, true);
            ProviderCredentials.Microsoft right = graph.credentials();
            ProviderCredentials.Microsoft wrong = new ProviderCredentials.Microsoft(right.tenantId(), right.clientId(),
                    "wrong-" + right.clientSecret(), right.graphUrl(), right.loginUrl());
            SyncFailure refused = catchThrowableOfType(SyncFailure.class,
                    () -> new MicrosoftCalendarSource(clients, clock).changes(wrong, ANA, null, NOW, NOW.plus(Duration.ofDays(30))));
            assertThat(refused.kind()).isEqualTo(SyncFailure.Kind.CREDENTIALS);

            assertThat(graph.calls("token")).isEqualTo(2);
            assertThat(lines.list).isNotEmpty();
            assertThat(lines.list).allSatisfy(line -> {
                String text = line.getFormattedMessage()
                        + (line.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(line.getThrowableProxy()));
                assertThat(text).doesNotContain(right.clientSecret()).doesNotContain("stand-in-access-");
            });
        } finally {
            root.detachAppender(lines);
            for (int i = 0; i < LIBRARIES.size(); i++) {
                ((Logger) LoggerFactory.getLogger(LIBRARIES.get(i))).setLevel(levels.get(i));
            }
        }
    }
}
