package dev.liaison.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.Extension;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fake Slack refuses what Slack refuses and answers what Slack answers, driven through the
 * Slack SDK the app uses (and raw HTTP for what the SDK will not send).
 */
class FakeSlackWebApiTest {

    private static final String TOKEN = "xoxb-test-token";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00.000100Z"));
    private final FakeSlackWebApi fake = new FakeSlackWebApi().clock(clock);
    private final MethodsClient slack = sdk().methods(TOKEN);

    private Slack sdk() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        return Slack.getInstance(config);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private String post(String method, String form, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.apiUrl() + method))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private String postMessage(String channel, String key) throws Exception {
        var posted = slack.chatPostMessage(r -> r.channel(channel).text("hello").metadata(Message.Metadata.builder()
                .eventType("liaison_delivery").eventPayload(Map.of("key", key)).build()));
        assertThat(posted.isOk()).as(posted.getError()).isTrue();
        return posted.getTs();
    }

    @Test
    void aMethodItDoesNotKnowIsAnsweredUnknownMethodAndFailsTheTest() throws Exception {
        assertThat(post("chat.scheduleMessage", "channel=C1&text=hi&post_at=1", TOKEN))
                .contains("\"ok\":false", "\"error\":\"unknown_method\"");
        assertThat(fake.takeRefusals()).singleElement().asString().startsWith("chat.scheduleMessage → unknown_method");
        assertThat(fake.takeRefusals()).as("taken once").isEmpty();
    }

    @Test
    void theExtensionRegisteredForEveryTestFailsOneThatMadeSuchACall() throws Exception {
        assertThat(ServiceLoader.load(Extension.class).stream()
                .map(ServiceLoader.Provider::type)).contains(StrictSlackExtension.class);
        assertThat(Fixtures.text("junit-platform.properties"))
                .contains("junit.jupiter.extensions.autodetection.enabled=true");

        post("users.profile.get", "user=U1", TOKEN);
        Assertions.assertThatThrownBy(() -> new StrictSlackExtension().afterEach(null))
                .isInstanceOf(AssertionError.class).hasMessageContaining("users.profile.get → unknown_method");
        new StrictSlackExtension().afterEach(null); // taken: the next test starts clean
    }

    @Test
    void callsMissingARequiredArgumentGetEachMethodsOwnError() throws Exception {
        assertThat(slack.chatPostMessage(r -> r.text("where?")).getError()).isEqualTo("channel_not_found");
        assertThat(slack.chatPostMessage(r -> r.channel("C1")).getError()).isEqualTo("no_text");
        assertThat(slack.chatUpdate(r -> r.channel("C1").text("x")).getError()).isEqualTo("message_not_found");
        assertThat(slack.conversationsReplies(r -> r.channel("C1")).getError()).isEqualTo("thread_not_found");
        assertThat(slack.conversationsHistory(r -> r.limit(5)).getError()).isEqualTo("channel_not_found");
        assertThat(slack.conversationsOpen(r -> r).getError()).isEqualTo("users_list_not_supplied");
        assertThat(slack.usersInfo(r -> r).getError()).isEqualTo("user_not_found");
        assertThat(slack.usersLookupByEmail(r -> r).getError()).isEqualTo("users_not_found");
        var publish = slack.viewsPublish(r -> r.viewAsString("{\"type\":\"home\",\"blocks\":[]}"));
        assertThat(publish.getError()).isEqualTo("invalid_arguments");
        assertThat(publish.getResponseMetadata().getMessages()).containsExactly("[ERROR] missing required field: user_id");
        assertThat(slack.filesGetUploadURLExternal(r -> r.length(3)).getError()).isEqualTo("invalid_arguments");
        assertThat(post("auth.test", "", null)).contains("\"error\":\"not_authed\"");

        assertThat(fake.takeRefusals()).hasSize(11);
        assertThat(fake.posted("C1")).isEmpty();
    }

    @Test
    void blockKitSlackCannotShowIsRefusedAndNothingIsPosted() throws Exception {
        List<LayoutBlock> tooMany = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tooMany.add(divider());
        }
        assertThat(slack.chatPostMessage(r -> r.channel("C1").text("x").blocks(tooMany)).getError())
                .isEqualTo("invalid_blocks");
        assertThat(slack.chatPostMessage(r -> r.channel("C1").text("x").blocksAsString("[{\"type\":\"sektion\"}]"))
                .getError()).isEqualTo("invalid_blocks");
        assertThat(slack.viewsPublish(r -> r.userId("U1").viewAsString(
                "{\"type\":\"home\",\"blocks\":[{\"type\":\"header\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"*no*\"}}]}"))
                .getError()).isEqualTo("invalid_arguments");
        assertThat(fake.posted("C1")).isEmpty();
        assertThat(fake.takeRefusals()).hasSize(3);

        assertThat(slack.chatPostMessage(r -> r.channel("C1").text("x")
                .blocks(List.of(section(s -> s.text(markdownText("fine")))))).isOk()).isTrue();
        assertThat(fake.takeRefusals()).isEmpty();
    }

    @Test
    void everyTsComesFromTheClockUniqueAndIncreasingPerConversation() throws Exception {
        String first = postMessage("C1", "a");
        String second = postMessage("C1", "b");
        String elsewhere = postMessage("C2", "c");
        assertThat(first).isEqualTo("1795428000.000100");
        assertThat(second).as("the clock stood still: one microsecond on").isEqualTo("1795428000.000101");
        assertThat(elsewhere).as("another channel has its own sequence").isEqualTo("1795428000.000100");
        clock.advance(Duration.ofSeconds(2));
        assertThat(postMessage("C1", "d")).isEqualTo("1795428002.000100");
        clock.advance(Duration.ofSeconds(-10));
        assertThat(postMessage("C1", "e")).as("never backwards").isEqualTo("1795428002.000101");
    }

    @Test
    void historyShowsMetadataOnlyWhenAskedAndHonoursOldestLatestLimitAndCursor() throws Exception {
        String t1 = postMessage("C1", "k1");
        clock.advance(Duration.ofSeconds(1));
        String t2 = postMessage("C1", "k2");
        clock.advance(Duration.ofSeconds(1));
        String t3 = postMessage("C1", "k3");

        var plain = slack.conversationsHistory(r -> r.channel("C1"));
        assertThat(plain.getMessages()).extracting(Message::getTs).containsExactly(t3, t2, t1);
        assertThat(plain.getMessages()).allSatisfy(m -> assertThat(m.getMetadata()).isNull());
        var withMetadata = slack.conversationsHistory(r -> r.channel("C1").includeAllMetadata(true));
        assertThat(withMetadata.getMessages().get(0).getMetadata().getEventPayload()).containsEntry("key", "k3");

        assertThat(slack.conversationsHistory(r -> r.channel("C1").oldest(t1)).getMessages())
                .as("oldest is exclusive").extracting(Message::getTs).containsExactly(t3, t2);
        assertThat(slack.conversationsHistory(r -> r.channel("C1").oldest(t1).inclusive(true)).getMessages())
                .extracting(Message::getTs).containsExactly(t3, t2, t1);
        assertThat(slack.conversationsHistory(r -> r.channel("C1").latest(t3)).getMessages())
                .as("latest is exclusive").extracting(Message::getTs).containsExactly(t2, t1);

        var page1 = slack.conversationsHistory(r -> r.channel("C1").limit(2));
        assertThat(page1.getMessages()).extracting(Message::getTs).containsExactly(t3, t2);
        assertThat(page1.isHasMore()).isTrue();
        String cursor = page1.getResponseMetadata().getNextCursor();
        var page2 = slack.conversationsHistory(r -> r.channel("C1").limit(2).cursor(cursor));
        assertThat(page2.getMessages()).extracting(Message::getTs).containsExactly(t1);
        assertThat(page2.isHasMore()).isFalse();
        assertThat(page2.getResponseMetadata().getNextCursor()).isEmpty();

        assertThat(slack.conversationsHistory(r -> r.channel("C1").oldest("yesterday")).getError())
                .isEqualTo("invalid_ts_oldest");
        assertThat(slack.conversationsHistory(r -> r.channel("U1")).getError())
                .as("a DM is read by its D… id, not the person's").isEqualTo("channel_not_found");
    }

    @Test
    void repliesAreTheParentThenItsRepliesAndOnlyForAThreadSlackHas() throws Exception {
        String parent = fake.someonePosted("C1", "U1", "the parent");
        clock.advance(Duration.ofSeconds(1));
        var reply = slack.chatPostMessage(r -> r.channel("C1").threadTs(parent).text("a reply"));
        var thread = slack.conversationsReplies(r -> r.channel("C1").ts(parent).oldest(parent));
        assertThat(thread.getMessages()).extracting(Message::getTs).containsExactly(parent, reply.getTs());
        assertThat(slack.conversationsHistory(r -> r.channel("C1")).getMessages()).as("replies stay in their thread")
                .extracting(Message::getTs).containsExactly(parent);
        assertThat(slack.conversationsReplies(r -> r.channel("C1").ts("1700000000.000001")).getError())
                .isEqualTo("thread_not_found");
    }

    @Test
    void resetForgetsScriptedFailuresAndRecordedCalls() throws Exception {
        fake.failNext("auth.test", 1, 500);
        fake.errorNext("auth.test", "invalid_auth");
        fake.slowNext("auth.test", 60_000, 1);
        fake.refuseToken(TOKEN, "token_revoked");
        fake.setDown(true);
        fake.reset();

        assertThat(slack.authTest(r -> r).isOk()).isTrue();
        assertThat(fake.calls()).hasSize(1);
        fake.reset();
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void theSdksFilesUploadV2GoesThroughTheUploadUrlAndIsCompleted() throws Exception {
        byte[] chart = "PNG…".getBytes(StandardCharsets.UTF_8);
        var uploaded = slack.filesUploadV2(r -> r.channel("C1").filename("chart.png").title("Weekly chart")
                .fileData(chart).initialComment("This week"));
        assertThat(uploaded.isOk()).isTrue();
        assertThat(uploaded.getFile().getTitle()).isEqualTo("Weekly chart");
        assertThat(fake.uploaded(uploaded.getFile().getId())).isEqualTo(chart);
        assertThat(fake.calls()).extracting(FakeSlackWebApi.Call::method)
                .containsExactly("files.getUploadURLExternal", "upload", "files.completeUploadExternal");

        assertThat(slack.filesCompleteUploadExternal(r -> r.channelId("C1").files(List.of(
                FilesCompleteUploadExternalRequest.FileDetails.builder()
                        .id("F0NEVERSEEN").build()))).getError()).isEqualTo("file_not_found");
        assertThat(fake.takeRefusals()).singleElement().asString().contains("never uploaded");
    }

    @Test
    void membersComeInPagesOfTheLimitAskedFor() throws IOException, SlackApiException {
        fake.inChannel("C1", "U1", "U2", "U3");
        var first = slack.conversationsMembers(r -> r.channel("C1").limit(2));
        assertThat(first.getMembers()).containsExactly("U1", "U2");
        var second = slack.conversationsMembers(r -> r.channel("C1").limit(2)
                .cursor(first.getResponseMetadata().getNextCursor()));
        assertThat(second.getMembers()).containsExactly("U3");
        assertThat(second.getResponseMetadata().getNextCursor()).isEmpty();
        assertThat(slack.conversationsMembers(r -> r.channel("C0NONE")).getError()).isEqualTo("channel_not_found");
    }
}
