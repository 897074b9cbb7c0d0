package dev.liaison.slack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import com.google.gson.JsonObject;
import dev.liaison.slack.outbox.Outbox;
import dev.liaison.slack.outbox.OutboxMessage;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.LiaisonE2eTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Slack misbehaving per method, as it does in production: answers past the client's timeout (that
 * may still take effect), {@code invalid_auth}, {@code channel_not_found}, {@code user_not_found},
 * 429 and 5xx. Nothing is lost, nothing is sent twice, what is given up is logged and counted, and
 * the person gets a plain answer.
 */
@ExtendWith(OutputCaptureExtension.class)
class SlackFaultsE2eTest extends LiaisonE2eTest {

    /** Longer than the Web API client's read timeout (SlackConfiguration). */
    static final long PAST_TIMEOUT_MS = 3_200;

    @Autowired
    Outbox outbox;

    @Autowired
    MeterRegistry meters;

    private void runClockUntil(Callable<Boolean> done) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            clock.advance(Duration.ofSeconds(5));
            return done.call();
        });
    }

    private String enqueue(String team, String channel, String text) {
        String key = "fault:" + team + ":" + channel;
        assertThat(outbox.enqueue(key, team, channel, "test", text,
                List.of(section(s -> s.text(markdownText(text)))))).isTrue();
        return key;
    }

    private double parked() {
        return meters.counter("liaison.outbox.parked").count();
    }

    private List<FakeSlackWebApi.Call> postsTo(String channel) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> channel.equals(c.params().get("channel"))).toList();
    }

    @Test
    void aPostThatTimesOutButWasPostedIsFoundInTheChannelNotPostedAgain() {
        String team = newTeam();
        String channel = "C0SLOW" + team;
        SLACK.slowNext("chat.postMessage", PAST_TIMEOUT_MS, 1);
        String key = enqueue(team, channel, "only once please");

        runClockUntil(() -> outbox.find(key).status() == OutboxMessage.Status.SENT);

        assertThat(SLACK.posted(channel)).as("what the channel shows").hasSize(1);
        assertThat(postsTo(channel)).as("the second attempt looked instead of posting").hasSize(1);
        assertThat(SLACK.calls("conversations.history")).anyMatch(c -> channel.equals(c.params().get("channel")));
        assertThat(outbox.find(key).ts()).isEqualTo(SLACK.posted(channel).get(0).get("ts").getAsString());
    }

    /**
     * The look before posting again, against Slack's own rules: the fake shows a message's metadata
     * only with {@code include_all_metadata}, excludes {@code oldest} itself, and its ts is read from
     * the app's clock. The clock stands still through the attempt, so Slack's ts is the very instant
     * the attempt began: only an {@code oldest} before it (less the skew allowance) finds the message.
     */
    @Test
    void aPostThatTimesOutIsFoundByItsMetadataFromBeforeTheAttemptBegan() {
        String team = newTeam();
        String channel = "C0FIND" + team;
        SLACK.slowNext("chat.postMessage", PAST_TIMEOUT_MS, 1);
        Instant attempt = clock.instant();
        String key = enqueue(team, channel, "found, not repeated");

        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.find(key).unansweredSince() != null);
        assertThat(SLACK.posted(channel)).singleElement().satisfies(m -> assertThat(m.get("ts").getAsString())
                .isEqualTo(attempt.getEpochSecond() + "." + String.format("%06d", attempt.getNano() / 1000)));
        clock.advance(Duration.ofSeconds(31)); // past the wait before looking
        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.find(key).status() != OutboxMessage.Status.PENDING);

        assertThat(outbox.find(key).status()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(postsTo(channel)).as("found in the channel, not posted again").hasSize(1);
        assertThat(SLACK.posted(channel)).hasSize(1);
        assertThat(outbox.find(key).ts()).isEqualTo(SLACK.posted(channel).get(0).get("ts").getAsString());
    }

    /**
     * History lists the newest first, 200 a page here: in a channel where people wrote 250 messages
     * after the attempt, the post is on the second page, and only reading on finds it.
     */
    @Test
    void aPostThatTimesOutInABusyChannelIsFoundOnALaterPageOfItsHistory() {
        String team = newTeam();
        String channel = "C0BUSY" + team;
        SLACK.slowNext("chat.postMessage", PAST_TIMEOUT_MS, 1);
        String key = enqueue(team, channel, "somewhere in the chatter");
        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.find(key).unansweredSince() != null);
        for (int i = 0; i < 250; i++) {
            SLACK.someonePosted(channel, "UCHATTY1", "chatter " + i);
        }
        clock.advance(Duration.ofSeconds(31));
        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.find(key).status() != OutboxMessage.Status.PENDING);

        assertThat(postsTo(channel)).as("found on page 2, not posted again").hasSize(1);
        assertThat(SLACK.calls("conversations.history")).filteredOn(c -> channel.equals(c.params().get("channel")))
                .hasSize(2);
    }

    @Test
    void aPostThatTimesOutAndWasNotPostedIsPostedAgainOnce() {
        String team = newTeam();
        String channel = "C0LOST" + team;
        SLACK.slowNext("chat.postMessage", PAST_TIMEOUT_MS, 1);
        SLACK.errorNext("chat.postMessage", "internal_error");
        String key = enqueue(team, channel, "lost in transit");

        runClockUntil(() -> outbox.find(key).status() == OutboxMessage.Status.SENT);

        assertThat(SLACK.posted(channel)).hasSize(1);
        assertThat(postsTo(channel)).hasSize(2);
    }

    @Test
    void aDmThatTimesOutIsLookedForInTheDmChannel() {
        String team = newTeam();
        String person = "USLOWDM" + team.substring(1, 6);
        SLACK.slowNext("chat.postMessage", PAST_TIMEOUT_MS, 1);
        String key = enqueue(team, person, "your digest");

        runClockUntil(() -> outbox.find(key).status() == OutboxMessage.Status.SENT);

        assertThat(SLACK.posted(person)).hasSize(1);
        assertThat(SLACK.calls("conversations.open")).anyMatch(c -> person.equals(c.params().get("users")));
    }

    @Test
    void aThreadReplyThatTimesOutIsLookedForInItsThread() {
        String team = newTeam();
        String channel = "C0THREAD" + team;
        // a thread Slack has: replies to a parent it never saw are thread_not_found when looked for
        String parent = SLACK.someonePosted(channel, "UAM1", "the thread's parent");
        SLACK.slowNext("chat.postMessage", PAST_TIMEOUT_MS, 1);
        String key = "fault:thread:" + team;
        assertThat(outbox.enqueue(key, team, channel, parent, "test", "a reply",
                List.of(section(s -> s.text(markdownText("a reply")))))).isTrue();

        runClockUntil(() -> outbox.find(key).status() == OutboxMessage.Status.SENT);

        assertThat(SLACK.posted(channel)).filteredOn(m -> m.has("thread_ts")).hasSize(1);
        assertThat(SLACK.calls("conversations.replies")).anyMatch(c -> parent.equals(c.params().get("ts")));
    }

    @Test
    void revokedCredentialsParkTheMessageAtOnceWithALogLineAndAMetric(CapturedOutput output) {
        String team = newTeam();
        String channel = "C0AUTH" + team;
        double before = parked();
        SLACK.errorNextIn("chat.postMessage", channel, "invalid_auth");
        String key = enqueue(team, channel, "nobody will read this");

        runClockUntil(() -> outbox.find(key).status() == OutboxMessage.Status.PARKED);

        assertThat(postsTo(channel)).as("not retried: Slack will keep refusing").hasSize(1);
        assertThat(outbox.find(key).lastError()).isEqualTo("invalid_auth");
        assertThat(parked()).isEqualTo(before + 1);
        assertThat(output.getOut()).contains("Parked test message " + key + " to " + channel + " after 1 attempt(s): invalid_auth");
    }

    @Test
    void aChannelThatIsGoneParksTheMessageAndOthersStillArrive(CapturedOutput output) {
        String team = newTeam();
        String gone = "C0GONE" + team;
        String fine = "C0FINE" + team;
        double before = parked();
        // what another test can leave behind on a busy machine: a message of its own, posted first
        String other = enqueue(team, "C0OTHER" + team, "someone else's message");
        SLACK.errorNextIn("chat.postMessage", gone, "channel_not_found");
        String lost = enqueue(team, gone, "to an archived channel");
        runClockUntil(() -> outbox.find(lost).status() == OutboxMessage.Status.PARKED);
        String kept = enqueue(team, fine, "to a live channel");
        runClockUntil(() -> outbox.find(kept).status() == OutboxMessage.Status.SENT);

        runClockUntil(() -> outbox.find(other).status() == OutboxMessage.Status.SENT);
        assertThat(parked()).isEqualTo(before + 1);
        assertThat(SLACK.posted(fine)).hasSize(1);
        assertThat(output.getOut()).contains("channel_not_found");
    }

    @Test
    void aRateLimitThenAServerErrorThenATimeoutStillDeliverExactlyOnce() {
        String team = newTeam();
        String channel = "C0MIX" + team;
        SLACK.failNext("chat.postMessage", 1, 429, 500);
        String key = enqueue(team, channel, "after a rough patch");
        runClockUntil(() -> outbox.find(key).attempts() >= 1);
        SLACK.slowNext("chat.postMessage", PAST_TIMEOUT_MS, 1);

        runClockUntil(() -> outbox.find(key).status() == OutboxMessage.Status.SENT);

        assertThat(SLACK.posted(channel)).hasSize(1);
    }

    // ---- a person waiting for an answer

    @Test
    void aCommandWhileSlackDoesNotAnswerUsersInfoGetsAPlainTryAgain() {
        String team = newTeam();
        String user = "USLOWINFO" + team.substring(1, 5);
        SLACK.member(team, user, "Sam Slow", "Europe/London");
        SLACK.slowNext("users.info", PAST_TIMEOUT_MS, 1);

        JsonObject answer = command(team, user, "list mine");

        assertThat(visible(answer)).contains("Slack didn't answer me in time").doesNotContain("Exception");
        assertThat(visible(command(team, user, "list mine"))).as("fine once Slack answers")
                .doesNotContain("didn't answer");
    }

    @Test
    void aCommandWhenSlackRefusesTheTokenSaysSoPlainly() {
        String team = newTeam();
        String user = "UAUTHINFO" + team.substring(1, 5);
        SLACK.member(team, user, "Ada Auth", "Europe/London");
        SLACK.errorNext("users.info", "invalid_auth");

        assertThat(visible(command(team, user, "list mine"))).contains("Slack refused Liaison's access");
    }

    @Test
    void someoneSlackDoesNotKnowIsRefusedNotShownData() {
        String team = newTeam();
        SLACK.errorNext("users.info", "user_not_found");

        assertThat(visible(command(team, "UNOBODY" + team.substring(1, 5), "list all")))
                .contains("only for members of this workspace");
    }

    @Test
    void aModalThatSlackWillNotOpenGetsAPlainAnswer() {
        String team = newTeam();
        String user = "UMODAL" + team.substring(1, 6);
        SLACK.member(team, user, "Mo Dal", "Europe/London");
        command(team, user, "list mine"); // known first, so users.info is not the call that fails
        SLACK.slowNext("views.open", PAST_TIMEOUT_MS, 1);

        JsonObject answer = command(team, user, "add");

        assertThat(visible(answer)).contains("Please try again").doesNotContain("ref `");
    }
}
