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
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import com.slack.api.app_backend.SlackSignature;

/**
 * Posts a body to Liaison's /slack/events signed exactly as Slack signs it ("v0:timestamp:body" under the
 * signing secret, the timestamp from the given clock), so what it sends goes through the real verification.
 * The sandbox's page and the tests send their requests through this one signer.
 */
public final class SignedPoster {

    private final Supplier<String> eventsUrl;
    private final SlackSignature.Generator signer;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param eventsUrl where /slack/events is, asked at each request (a port may be known only after start) */
    public SignedPoster(Supplier<String> eventsUrl, String signingSecret, Clock clock) {
        this.eventsUrl = eventsUrl;
        this.signer = new SlackSignature.Generator(signingSecret);
        this.clock = clock;
    }

    /** The body signed now, with these extra headers (e.g. Slack's retry headers). */
    public HttpResponse<String> post(String contentType, String body, Map<String, String> headers) {
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        return post(contentType, body, timestamp, signer.generate(timestamp, body), headers);
    }

    /** The body with a timestamp and signature of the caller's choosing (to see a bad one refused). */
    public HttpResponse<String> post(String contentType, String body, String timestamp, String signature,
                                     Map<String, String> headers) {
        return send(request(contentType, body, timestamp, signature, headers));
    }

    /** The request signed as of {@code at}, to send later (a benchmark prepares its schedule ahead). */
    public HttpRequest signedAt(Instant at, String contentType, String body) {
        String timestamp = String.valueOf(at.getEpochSecond());
        return request(contentType, body, timestamp, signer.generate(timestamp, body), Map.of());
    }

    private HttpRequest request(String contentType, String body, String timestamp, String signature,
                                Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(eventsUrl.get()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp)
                .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return request.build();
    }

    private HttpResponse<String> send(HttpRequest request) {
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
