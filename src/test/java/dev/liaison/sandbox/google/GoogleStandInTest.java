package dev.liaison.sandbox.google;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stand-in is as strict as Google: each request a correct client never sends is refused with Google's
 * answer and recorded in refusals(), which the source tests assert empty.
 */
class GoogleStandInTest {

    private static final String SA = "liaison@agency-project.iam.gserviceaccount.com";
    private static final String ANN = "ann@agency.example";
    private static final String BOTH = GoogleStandIn.CALENDAR_READONLY + " " + GoogleStandIn.GMAIL_METADATA;

    private final GoogleStandIn google = GoogleStandIn.start(new MutableClock(Instant.parse("2026-12-03T09:00:00Z")));
    private final String key = google.newServiceAccount(SA);
    private final HttpClient http = HttpClient.newHttpClient();

    GoogleStandInTest() {
        google.addUser(ANN, java.time.ZoneOffset.UTC);
        google.addUser("bob@agency.example", java.time.ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        google.close();
    }

    @Test
    void aWellSignedAssertionGetsATokenThatReadsTheUsersOwnCalendarAndMailbox() throws Exception {
        String token = token(jwt(privateKey(key), ANN, BOTH));

        assertThat(get("calendar/v3/calendars/primary/events?singleEvents=true&timeMin="
                + enc("2026-12-01T00:00:00Z"), token).statusCode()).isEqualTo(200);
        assertThat(get("gmail/v1/users/me/profile", token).statusCode()).isEqualTo(200);
        assertThat(google.refusals()).isEmpty();
        assertThat(google.calls(GoogleCall.TOKEN, ANN)).isEqualTo(1);
        assertThat(google.calls(GoogleCall.EVENTS_LIST, ANN)).isEqualTo(1);
    }

    @Test
    void anAssertionSignedWithAnotherKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);

        HttpResponse<String> answer = tokenRequest(jwt(generator.generateKeyPair().getPrivate(), ANN, BOTH));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).get("error").getAsString()).isEqualTo("invalid_grant");
        assertThat(json(answer).get("error_description").getAsString()).isEqualTo("Invalid JWT Signature.");
        assertThat(google.refusals()).singleElement().asString().contains("Invalid JWT Signature");
    }

    @Test
    void anAssertionForAWiderScopeOrWithoutAUserIsRefused() throws Exception {
        assertThat(tokenRequest(jwt(privateKey(key), ANN, "https://www.googleapis.com/auth/gmail.readonly"))
                .statusCode()).isEqualTo(400);
        assertThat(tokenRequest(jwt(privateKey(key), null, BOTH)).statusCode()).isEqualTo(400);
        assertThat(google.refusals()).hasSize(2);
    }

    @Test
    void anApiCallWithoutABearerTokenOrWithAnotherUsersMailboxIsRefused() throws Exception {
        String token = token(jwt(privateKey(key), ANN, BOTH));

        assertThat(get("gmail/v1/users/me/profile", null).statusCode()).isEqualTo(401);
        assertThat(get("gmail/v1/users/bob@agency.example/profile", token).statusCode()).isEqualTo(403);
        assertThat(get("gmail/v1/users/me/profile", "ya29.made-up").statusCode()).isEqualTo(401);
        assertThat(google.refusals()).hasSize(3);
    }

    @Test
    void whatTheMetadataScopeForbidsIsRefusedAsGmailDoes() throws Exception {
        String token = token(jwt(privateKey(key), ANN, BOTH));
        String id = google.addMessage(ANN, StandInMessage.received("joe@acme.com", ANN, "Hi", Instant.now()));

        HttpResponse<String> search = get("gmail/v1/users/me/messages?q=from%3Ajoe", token);
        HttpResponse<String> full = get("gmail/v1/users/me/messages/" + id + "?format=full", token);
        HttpResponse<String> byDefault = get("gmail/v1/users/me/messages/" + id, token);

        assertThat(search.statusCode()).isEqualTo(403);
        assertThat(search.body()).contains("Metadata scope does not support 'q' parameter");
        assertThat(full.statusCode()).isEqualTo(403);
        assertThat(full.body()).contains("Metadata scope doesn't allow format FULL");
        assertThat(byDefault.statusCode()).isEqualTo(403);
        assertThat(google.refusals()).hasSize(3);
    }

    @Test
    void onlyTheAskedHeadersComeBack() throws Exception {
        String token = token(jwt(privateKey(key), ANN, BOTH));
        String id = google.addMessage(ANN, StandInMessage.received("joe@acme.com", ANN, "Secret plans", Instant.now()));

        HttpResponse<String> answer = get("gmail/v1/users/me/messages/" + id
                + "?format=metadata&metadataHeaders=From&metadataHeaders=To", token);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"From\"", "\"To\"").doesNotContain("Subject", "Secret plans");
    }

    @Test
    void unknownPathsAndParametersAndASyncTokenWithAWindowAreRefused() throws Exception {
        String token = token(jwt(privateKey(key), ANN, BOTH));
        String syncToken = json(get("calendar/v3/calendars/primary/events", token)).get("nextSyncToken").getAsString();

        assertThat(get("calendar/v3/calendars/primary/events?syncToken=" + enc(syncToken) + "&timeMin="
                + enc("2026-12-01T00:00:00Z"), token).statusCode()).isEqualTo(400);
        assertThat(get("calendar/v3/calendars/primary/events?orderBy=startTime", token).statusCode()).isEqualTo(400);
        assertThat(get("calendar/v3/users/me/calendarList", token).statusCode()).isEqualTo(404);
        assertThat(google.refusals()).hasSize(3);
        google.expireSyncTokens(ANN);
        HttpResponse<String> gone = get("calendar/v3/calendars/primary/events?syncToken=" + enc(syncToken), token);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("fullSyncRequired");
        assertThat(google.refusals()).as("an expired sync token is Google's answer, not a client's mistake").hasSize(3);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(google.apiUrl() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String assertion) throws Exception {
        HttpResponse<String> answer = tokenRequest(assertion);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer).get("access_token").getAsString();
    }

    private HttpResponse<String> tokenRequest(String assertion) throws Exception {
        String form = "grant_type=" + enc("urn:ietf:params:oauth:grant-type:jwt-bearer") + "&assertion=" + enc(assertion);
        return http.send(HttpRequest.newBuilder(URI.create(google.tokenUri()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JWT as Google's auth library makes it for a service account with domain-wide delegation. */
    private static String jwt(PrivateKey signer, String sub, String scope) throws Exception {
        long now = Instant.now().getEpochSecond();
        JsonObject header = new JsonObject();
        header.addProperty("alg", "RS256");
        header.addProperty("typ", "JWT");
        JsonObject claims = new JsonObject();
        claims.addProperty("iss", SA);
        claims.addProperty("aud", "https://oauth2.googleapis.com/token");
        claims.addProperty("scope", scope);
        claims.addProperty("iat", now);
        claims.addProperty("exp", now + Duration.ofHours(1).toSeconds());
        if (sub != null) {
            claims.addProperty("sub", sub);
        }
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signed = b64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(signer);
        rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + b64.encodeToString(rsa.sign());
    }

    private static PrivateKey privateKey(String keyJson) throws Exception {
        String pem = JsonParser.parseString(keyJson).getAsJsonObject().get("private_key").getAsString()
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static JsonObject json(HttpResponse<String> answer) {
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
