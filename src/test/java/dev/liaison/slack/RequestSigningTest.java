package dev.liaison.slack;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import com.slack.api.app_backend.SlackSignature;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.liaison.support.SignedSlack;
import dev.liaison.support.TestInstances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slack's documented signing example (docs "Verifying requests from Slack", also in the SDKs' own
 * tests) against the running endpoint, with the clock pinned
 * to the example's timestamp.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slack.bot-token=xoxb-test-token",
        "slack.signing-secret=" + RequestSigningTest.DOC_SECRET,
        "slack.api-url=http://127.0.0.1:9/api/",
        "management.server.port=0",
})
@Import(RequestSigningTest.PinnedClock.class)
@ExtendWith(OutputCaptureExtension.class)
class RequestSigningTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        Path data = TestInstances.freshDataDir("liaison-signing-");
        registry.add("liaison.data-dir", data::toString);
        TestInstances.jobsOff(registry);
    }

    static final String DOC_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final long DOC_TIMESTAMP = 1531420618L;
    static final String DOC_BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
            + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
            + "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J"
            + "%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    static final String DOC_SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    static final String FORM = "application/x-www-form-urlencoded";

    @TestConfiguration
    static class PinnedClock {
        @Bean
        @Primary
        Clock pinnedClock() {
            return Clock.fixed(Instant.ofEpochSecond(DOC_TIMESTAMP), ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    int port;

    private SignedSlack slack(String secret, long now) {
        return new SignedSlack("http://127.0.0.1:" + port + "/slack/events", secret,
                Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC));
    }

    private HttpResponse<String> postDocumented(String body, String timestamp, String signature) {
        return slack(DOC_SECRET, DOC_TIMESTAMP).postSigned(FORM, body, timestamp, signature, Map.of());
    }

    @Test
    void acceptsSlacksDocumentedExample() {
        HttpResponse<String> response = postDocumented(DOC_BODY, String.valueOf(DOC_TIMESTAMP), DOC_SIGNATURE);
        // the signature passes; /webhook-collect is simply not one of our commands
        assertThat(response.statusCode()).isNotEqualTo(401).isLessThan(500);
    }

    @Test
    void refusesTheBodyAlteredAfterSigning() {
        String altered = DOC_BODY.replace("text=", "text=status%20acme");
        assertThat(postDocumented(altered, String.valueOf(DOC_TIMESTAMP), DOC_SIGNATURE).statusCode()).isEqualTo(401);
    }

    @Test
    void refusesAWrongSecret() {
        HttpResponse<String> response = slack("not-the-secret", DOC_TIMESTAMP).post(FORM, DOC_BODY, Map.of());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void refusesAReplayedOldTimestampEvenWhenCorrectlySigned() {
        long old = DOC_TIMESTAMP - 5 * 60 - 1;
        HttpResponse<String> response = slack(DOC_SECRET, old).post(FORM, DOC_BODY, Map.of());
        assertThat(response.statusCode()).isEqualTo(401);
        long future = DOC_TIMESTAMP + 5 * 60 + 1;
        assertThat(slack(DOC_SECRET, future).post(FORM, DOC_BODY, Map.of()).statusCode()).isEqualTo(401);
    }

    @Test
    void refusesMissingSignatureHeaders() {
        assertThat(postDocumented(DOC_BODY, "", "").statusCode()).isEqualTo(401);
    }

    @Test
    void answersUrlVerificationWithTheChallenge() {
        // a fresh challenge each run, signed here with Slack's documented algorithm (not with Bolt's signer)
        String challenge = UUID.randomUUID().toString().replace("-", "");
        String body = "{\"token\":\"Jhj5dZrVaK7ZwHHjRyZWjbDl\",\"challenge\":\"" + challenge
                + "\",\"type\":\"url_verification\"}";
        HttpResponse<String> response = postDocumentedJson(body, slackSignature(DOC_SECRET, DOC_TIMESTAMP, body));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(challenge);
        HttpResponse<String> forged = postDocumentedJson(body, slackSignature("not-the-secret", DOC_TIMESTAMP, body));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).doesNotContain(challenge);
    }

    @Test
    void answersAnUnreadablePayloadWith400NotA500() {
        HttpResponse<String> response = slack(DOC_SECRET, DOC_TIMESTAMP).post(FORM, "payload=%7Bnot-json", Map.of());
        assertThat(response.statusCode()).isBetween(400, 499);
        HttpResponse<String> wrongTypes = slack(DOC_SECRET, DOC_TIMESTAMP).post(FORM,
                "payload=" + URLEncoder.encode("{\"type\":\"block_actions\",\"team\":5,\"user\":[1],\"actions\":\"x\"}",
                        StandardCharsets.UTF_8), Map.of());
        assertThat(wrongTypes.statusCode()).isLessThan(500);
        assertThat(wrongTypes.body()).doesNotContain("Exception", "at dev.", "at com.");
    }

    /** Issue 15 item 5: a stranger's big body costs nothing beyond the cap, with or without a length. */
    @Test
    void aBodyOverTheCapIsRefusedWith413BeforeItsSignatureIsChecked() throws Exception {
        String big = "payload=" + "x".repeat(LiaisonSlackServlet.MAX_BODY_BYTES);
        HttpResponse<String> signed = slack(DOC_SECRET, DOC_TIMESTAMP).post(FORM, big, Map.of());
        assertThat(signed.statusCode()).isEqualTo(413);
        // chunked: no Content-Length to go by, so reading stops at the cap
        HttpRequest chunked = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        big.getBytes(StandardCharsets.UTF_8)))).build();
        assertThat(HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(413);
        // under the cap, the same endpoint still answers as before
        assertThat(postDocumented(DOC_BODY, String.valueOf(DOC_TIMESTAMP), DOC_SIGNATURE).statusCode()).isNotEqualTo(413);
    }

    /** Issue 15 item 5: what was posted, signed or not, recognised or not, never reaches the log. */
    @Test
    void noRequestBodyIsEverLogged(CapturedOutput output) {
        String marker = "BODYMARKER" + System.nanoTime();
        String unknown = "{\"type\":\"something_new\",\"text\":\"" + marker + "\"}";
        slack(DOC_SECRET, DOC_TIMESTAMP).post("application/json", unknown, Map.of());
        slack("not-the-secret", DOC_TIMESTAMP).post("application/json", unknown, Map.of());
        slack(DOC_SECRET, DOC_TIMESTAMP).post(FORM, "payload=%7B%22" + marker, Map.of());
        slack(DOC_SECRET, DOC_TIMESTAMP).post(FORM, "token=x&text=" + marker, Map.of());
        assertThat(output.getAll()).doesNotContain(marker);
    }

    private HttpResponse<String> postDocumentedJson(String body, String signature) {
        return slack(DOC_SECRET, DOC_TIMESTAMP).postSigned("application/json", body,
                String.valueOf(DOC_TIMESTAMP), signature, Map.of());
    }

    @Test
    void ourSignerIsSlacksDocumentedAlgorithm() {
        // Slack's published example, recomputed here from its definition: HMAC-SHA256 of "v0:<ts>:<body>"
        assertThat(slackSignature(DOC_SECRET, DOC_TIMESTAMP, DOC_BODY)).isEqualTo(DOC_SIGNATURE);
        // and the signer the tests sign with (SignedSlack, Bolt's generator) agrees on other bodies
        String body = "{\"type\":\"url_verification\",\"challenge\":\"" + UUID.randomUUID() + "\"}";
        assertThat(new SlackSignature.Generator(DOC_SECRET)
                .generate(String.valueOf(DOC_TIMESTAMP), body)).isEqualTo(slackSignature(DOC_SECRET, DOC_TIMESTAMP, body));
    }

    /** Slack's request signature from its definition (api.slack.com/authentication/verifying-requests-from-slack). */
    static String slackSignature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
