package dev.liaison.slack;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 22 item 9: files go up through the SDK's filesUploadV2 (Slack's external upload), answered by the
 * fake Web API as Slack answers: the URL asked for with the file's name and length, the very bytes at that
 * URL, the upload completed in the person's DM, and nothing else asked of Slack. A step Slack
 * refuses reaches the caller as SlackUnavailable with Slack's error, as every other Web API failure does.
 */
class FileUploadE2eTest extends LiaisonE2eTest {

    @Autowired
    SlackMessenger slackMessenger;

    @Test
    void aFileGoesUpInThreeStepsIntoThePersonsDm() {
        String team = newTeam();
        String user = "UUP" + team.substring(1, 8);
        SLACK.member(team, user, "Una Upload", "Europe/London");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        int before = SLACK.calls().size();

        String fileId = slackMessenger.uploadFile(team, user, "weekly-report-2026-W48.png", "Weekly account report",
                png, "Week 2026-W48: 3 clients", "Your chart");

        List<String> methods = SLACK.calls().subList(before, SLACK.calls().size()).stream()
                .map(FakeSlackWebApi.Call::method).filter(m -> !m.equals("users.info") && !m.equals("auth.test")).toList();
        assertThat(methods).containsExactly("conversations.open", "files.getUploadURLExternal", "upload",
                "files.completeUploadExternal");
        FakeSlackWebApi.Call url = last("files.getUploadURLExternal");
        assertThat(url.params()).containsEntry("filename", "weekly-report-2026-W48.png")
                .containsEntry("length", String.valueOf(png.length)).containsEntry("alt_txt", "Week 2026-W48: 3 clients");
        assertThat(SLACK.uploaded(fileId)).isEqualTo(png);
        assertThat(SLACK.calls("upload")).anyMatch(c -> fileId.equals(c.params().get("file_id")));
        FakeSlackWebApi.Call done = last("files.completeUploadExternal");
        assertThat(done.params()).containsEntry("channel_id", "D" + user).containsEntry("initial_comment", "Your chart");
        JsonArray files = JsonParser.parseString(done.params().get("files")).getAsJsonArray();
        assertThat(files).hasSize(1);
        JsonObject file = files.get(0).getAsJsonObject();
        assertThat(file.get("id").getAsString()).isEqualTo(fileId);
        assertThat(file.get("title").getAsString()).isEqualTo("Weekly account report");
    }

    private static FakeSlackWebApi.Call last(String method) {
        List<FakeSlackWebApi.Call> calls = SLACK.calls(method);
        return calls.get(calls.size() - 1);
    }

    @Test
    void aStepSlackRefusesComesBackAsSlacksError() {
        String team = newTeam();
        String user = "UUQ" + team.substring(1, 8);
        SLACK.member(team, user, "Ugo Upload", "Europe/Rome");

        SLACK.errorNext("files.getUploadURLExternal", "invalid_arguments");
        assertThatThrownBy(() -> slackMessenger.uploadFile(team, user, "a.csv", "a.csv", new byte[] {1}, null, null))
                .isInstanceOfSatisfying(SlackMessenger.SlackUnavailable.class,
                        e -> assertThat(e.slackError()).isEqualTo("invalid_arguments"));

        SLACK.errorNext("files.completeUploadExternal", "not_in_channel");
        assertThatThrownBy(() -> slackMessenger.uploadFile(team, user, "b.csv", "b.csv", new byte[] {2}, null, null))
                .isInstanceOfSatisfying(SlackMessenger.SlackUnavailable.class,
                        e -> assertThat(e.slackError()).isEqualTo("not_in_channel"));
    }
}
