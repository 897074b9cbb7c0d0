package dev.liaison.sandbox;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;

import dev.liaison.slack.SlackCredentials;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** The sandbox page's requests to the app's own /slack/events, signed with this run's secret and the app's clock. */
@Component
@Conditional(SandboxMode.class)
class SignedRequests {

    private final SignedPoster poster;

    SignedRequests(SandboxAddress address, SlackCredentials credentials, Clock clock) {
        this.poster = new SignedPoster(() -> address.base() + "/slack/events", credentials.signingSecret(), clock);
    }

    HttpResponse<String> form(String body) {
        return poster.post("application/x-www-form-urlencoded", body, Map.of());
    }

    HttpResponse<String> json(String body) {
        return poster.post("application/json", body, Map.of());
    }
}
