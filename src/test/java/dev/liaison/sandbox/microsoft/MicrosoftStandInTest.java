package dev.liaison.sandbox.microsoft;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Instant;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.liaison.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/** The stand-in's own strictness, with a plain HTTP client: what it refuses is what the source tests rely on. */
class MicrosoftStandInTest {

    private static final String ANA = "ana@agency.example";

    private final MicrosoftStandIn standIn = MicrosoftStandIn.start(new MutableClock(Instant.parse("2026-03-02T09:00:00Z")));
    private final HttpClient http = HttpClient.newBuilder().sslContext(trusting()).build();

    @AfterEach
    void close() {
        standIn.close();
    }

    @Test
    void theTokenEndpointChecksTheSecretLikeEntra() throws Exception {
        HttpResponse<String> wrong = token("not-the-secret");
        HttpResponse<String> right = token(standIn.credentials().clientSecret());

        assertThat(wrong.statusCode()).isEqualTo(401);
        JsonObject error = JsonParser.parseString(wrong.body()).getAsJsonObject();
        assertThat(error.get("error").getAsString()).isEqualTo("invalid_client");
        assertThat(error.get("error_description").getAsString()).startsWith("AADSTS7000215: Invalid client secret");
        assertThat(error.getAsJsonArray("error_codes").get(0).getAsInt()).isEqualTo(7000215);
        assertThat(right.statusCode()).isEqualTo(200);
        JsonObject token = JsonParser.parseString(right.body()).getAsJsonObject();
        assertThat(token.get("token_type").getAsString()).isEqualTo("Bearer");
        assertThat(token.get("expires_in").getAsInt()).isPositive();
        assertThat(standIn.refusals()).isEmpty();
    }

    @Test
    void aGraphCallWithoutATokenIsRefused() throws Exception {
        standIn.addUser(ANA);

        HttpResponse<String> response = get("users/" + ANA + "/mailboxSettings/automaticRepliesSetting", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("InvalidAuthenticationToken");
        assertThat(standIn.refusals()).singleElement().asString().contains("without a bearer token");
    }

    @Test
    void messagesWithoutSelectOrWithABodyAreRefused() throws Exception {
        standIn.addUser(ANA);
        String bearer = bearer();

        HttpResponse<String> noSelect = get("users/" + ANA + "/mailFolders/inbox/messages/delta", bearer);
        HttpResponse<String> body = get("users/" + ANA + "/mailFolders/inbox/messages/delta?$select=from,body", bearer);
        HttpResponse<String> metadata = get("users/" + ANA + "/mailFolders/inbox/messages/delta?$select=from,receivedDateTime", bearer);

        assertThat(noSelect.statusCode()).isEqualTo(400);
        assertThat(body.statusCode()).isEqualTo(400);
        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(JsonParser.parseString(metadata.body()).getAsJsonObject().has("@odata.deltaLink")).isTrue();
        assertThat(standIn.refusals()).hasSize(2);
    }

    @Test
    void unknownParametersAndPathsAreRefused() throws Exception {
        standIn.addUser(ANA);
        String bearer = bearer();

        HttpResponse<String> top = get("users/" + ANA + "/calendarView/delta?startDateTime=2026-03-02T00:00:00Z"
                + "&endDateTime=2026-04-01T00:00:00Z&$top=5", bearer);
        HttpResponse<String> events = get("users/" + ANA + "/events", bearer);

        assertThat(top.statusCode()).isEqualTo(400);
        assertThat(events.statusCode()).isEqualTo(400);
        assertThat(standIn.refusals()).hasSize(2);
    }

    @Test
    void aThrottledPersonGetsRetryAfterAndAnUnknownDeltaTokenGets410() throws Exception {
        standIn.addUser(ANA);
        String bearer = bearer();

        HttpResponse<String> gone = get("users/" + ANA + "/calendarView/delta?$deltatoken=never-issued", bearer);
        standIn.fail(ANA, GraphFailure.THROTTLED);
        HttpResponse<String> throttled = get("users/" + ANA + "/calendarView/delta?$deltatoken=never-issued", bearer);

        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("syncStateNotFound");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).contains(String.valueOf(MicrosoftStandIn.RETRY_AFTER_SECONDS));
        assertThat(standIn.refusals()).isEmpty();
        assertThat(standIn.callsFor(ANA)).isEqualTo(2);
    }

    private HttpResponse<String> token(String secret) throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + standIn.credentials().clientId()
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8)
                + "&scope=" + URLEncoder.encode("https://graph.microsoft.com/.default", StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(standIn.loginUrl() + standIn.credentials().tenantId()
                        + "/oauth2/v2.0/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String bearer() throws IOException, InterruptedException {
        return JsonParser.parseString(token(standIn.credentials().clientSecret()).body()).getAsJsonObject()
                .get("access_token").getAsString();
    }

    private HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(standIn.graphUrl() + path.replace("$", "%24")));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private SSLContext trusting() {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("stand-in", standIn.certificate());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
