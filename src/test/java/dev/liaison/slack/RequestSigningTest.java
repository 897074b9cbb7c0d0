package dev.liaison.slack;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import com.google.gson.JsonParser;
import dev.liaison.support.SignedSlack;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

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
        "liaison.data-dir=target/test-data/signing",
})
@Import(RequestSigningTest.PinnedClock.class)
class RequestSigningTest {

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
        String body = "{\"token\":\"Jhj5dZrVaK7ZwHHjRyZWjbDl\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}";
        // a vector computed with the same algorithm over this body and the documented secret
        HttpResponse<String> response = postDocumentedJson(body,
                "v0=f9bd80929259f3f6d5fe3a3186c453c89cd1ad4862815a15837584f31c993652");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void answersAnUnreadablePayloadWith400NotA500() {
        HttpResponse<String> response = slack(DOC_SECRET, DOC_TIMESTAMP).post(FORM, "payload=%7Bnot-json", Map.of());
        assertThat(response.statusCode()).isBetween(400, 499);
        HttpResponse<String> wrongTypes = slack(DOC_SECRET, DOC_TIMESTAMP).post(FORM,
                "payload=" + java.net.URLEncoder.encode("{\"type\":\"block_actions\",\"team\":5,\"user\":[1],\"actions\":\"x\"}",
                        java.nio.charset.StandardCharsets.UTF_8), Map.of());
        assertThat(wrongTypes.statusCode()).isLessThan(500);
        assertThat(wrongTypes.body()).doesNotContain("Exception", "at dev.", "at com.");
    }

    private HttpResponse<String> postDocumentedJson(String body, String signature) {
        return slack(DOC_SECRET, DOC_TIMESTAMP).postSigned("application/json", body,
                String.valueOf(DOC_TIMESTAMP), signature, Map.of());
    }

    @Test
    void theDerivedVectorMatchesOurSigner() {
        String body = "{\"token\":\"Jhj5dZrVaK7ZwHHjRyZWjbDl\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}";
        String signature = new com.slack.api.app_backend.SlackSignature.Generator(DOC_SECRET)
                .generate(String.valueOf(DOC_TIMESTAMP), body);
        assertThat(signature).isEqualTo("v0=f9bd80929259f3f6d5fe3a3186c453c89cd1ad4862815a15837584f31c993652");
        assertThat(JsonParser.parseString(body).getAsJsonObject().get("type").getAsString()).isEqualTo("url_verification");
    }
}
