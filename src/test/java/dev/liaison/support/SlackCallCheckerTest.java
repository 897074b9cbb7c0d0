package dev.liaison.support;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The test checker itself: it must see each kind of markup and each limit it is there for. */
class SlackCallCheckerTest {

    private static String section(String mrkdwn) {
        return "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"" + mrkdwn + "\"}}]";
    }

    private static List<String> post(String text, String blocks) {
        SlackCallChecker checker = new SlackCallChecker();
        checker.inspect("chat.postMessage", blocks == null ? Map.of("text", text) : Map.of("text", text, "blocks", blocks), "");
        return checker.violations();
    }

    @Test
    void whatLiaisonWritesItselfPasses() {
        assertThat(post("Escalation E-1 on Acme &lt;!channel&gt;", section(
                "<@U0OWNER1> in <#C0ESCAL1> by <!date^1764000000^{date_short_pretty}|2026-11-24>"
                        + " <https://agency.slack.com/archives/C1/p1|thread> &lt;@U0FAKE&gt;"))).isEmpty();
    }

    @Test
    void markupFromPeoplesWordsIsCaughtInTextAndBlocks() {
        assertThat(post("Time to check in with <!channel>", null)).singleElement().asString().contains("broadcast");
        assertThat(post("x", section("<!here>"))).singleElement().asString().contains("broadcast");
        assertThat(post("x", section("<!subteam^S1|@all>"))).singleElement().asString().contains("broadcast or group");
        assertThat(post("x", section("<@U0FAKE>"))).singleElement().asString().contains("forged mention");
        assertThat(post("x", section("<@U123|boss>"))).singleElement().asString().contains("mention with a label");
        assertThat(post("x", section("<https://evil.example|acme.com>"))).singleElement().asString()
                .contains("link outside Slack");
        assertThat(post("x", section("<#C123|general>"))).singleElement().asString().contains("channel with a label");
    }

    @Test
    void aMentionOfSomeoneSlackDoesNotKnowIsForged() {
        SlackCallChecker checker = new SlackCallChecker(Set.of("U0OWNER1")::contains);
        checker.inspect("chat.postMessage", Map.of("text", "x", "blocks", section("<@U0OWNER1> and <@U9NOBODY>")), "");
        assertThat(checker.violations()).singleElement().asString().contains("someone Slack does not know", "U9NOBODY");
    }

    @Test
    void viewsAreHeldToTheLimitsTable() {
        SlackCallChecker checker = new SlackCallChecker();
        String input = "{\"type\":\"input\",\"block_id\":\"summary\",\"label\":{\"type\":\"plain_text\",\"text\":\"Summary\"},"
                + "\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"value\",\"multiline\":true,\"max_length\":4000}}";
        checker.inspect("views.open", Map.of("view", "{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\""
                + "A title longer than 24 chars\"},\"submit\":{\"type\":\"plain_text\",\"text\":\"Log\"},\"blocks\":[" + input + "]}"), "");
        assertThat(checker.violations()).hasSize(2).anyMatch(v -> v.contains("max_length is 4000, allowed 1..3000"))
                .anyMatch(v -> v.contains("title.text is 28"));
    }

    @Test
    void responseUrlsAndFilesAreCheckedToo() {
        SlackCallChecker checker = new SlackCallChecker();
        checker.inspect("response_url", Map.of(), "{\"text\":\"Clients of <!here> Mallory\"}");
        checker.inspect("files.completeUploadExternal", Map.of("files", "[{\"id\":\"F1\",\"title\":\"<!channel>\"}]"), "");
        checker.inspect("users.info", Map.of("user", "<!channel>"), "");
        assertThat(checker.violations()).hasSize(2);
    }
}
