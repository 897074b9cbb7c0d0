package dev.liaison.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import com.slack.api.app_backend.SlackSignature;
import dev.liaison.slack.SlackCredentials;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Posts to the app's own /slack/events over HTTP, signed with this run's secret and the app's clock
 * exactly as Slack signs ("v0:timestamp:body"), so the sandbox goes through the real verification.
 */
@Component
@Conditional(SandboxMode.class)
class SignedRequests {

    private final SandboxAddress address;
    private final SlackSignature.Generator signer;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    SignedRequests(SandboxAddress address, SlackCredentials credentials, Clock clock) {
        this.address = address;
        this.signer = new SlackSignature.Generator(credentials.signingSecret());
        this.clock = clock;
    }

    HttpResponse<String> form(String body) {
        return post("application/x-www-form-urlencoded", body);
    }

    HttpResponse<String> json(String body) {
        return post("application/json", body);
    }

    private HttpResponse<String> post(String contentType, String body) {
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(address.base() + "/slack/events"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp)
                .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signer.generate(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
