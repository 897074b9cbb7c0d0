package dev.liaison.slack;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.webhook.WebhookResponse;
import org.springframework.stereotype.Component;

/** {@link SlackMessenger} over the Web API at SLACK_API_URL. */
@Component
class WebApiSlackMessenger implements SlackMessenger {

    private final Slack slack;
    private final SlackCredentials credentials;

    WebApiSlackMessenger(Slack slack, SlackCredentials credentials) {
        this.slack = slack;
        this.credentials = credentials;
    }

    @Override
    public Optional<SlackUser> userInfo(String teamId, String userId) {
        UsersInfoResponse response;
        try {
            response = slack.methods(credentials.botToken(), teamId).usersInfo(r -> r.user(userId));
        } catch (IOException | SlackApiException e) {
            throw new SlackUnavailable("users.info failed: " + e.getMessage(), e);
        }
        if (!response.isOk()) {
            if ("user_not_found".equals(response.getError())) {
                return Optional.empty();
            }
            throw new SlackUnavailable("users.info answered " + response.getError(), null);
        }
        return Optional.of(SlackUsers.from(response.getUser()));
    }

    @Override
    public PostResult postMessage(String teamId, String channel, String text, String blocksJson) {
        try {
            var response = slack.methods(credentials.botToken(), teamId).chatPostMessage(r -> r
                    .channel(channel).text(text).blocksAsString(blocksJson).unfurlLinks(false));
            if (response.isOk()) {
                return PostResult.delivered(response.getTs());
            }
            // errors Slack answers with 200: only its own hiccups are worth retrying
            boolean retryable = java.util.Set.of("internal_error", "fatal_error", "service_unavailable",
                    "request_timeout", "ratelimited").contains(response.getError());
            return PostResult.failed(retryable, response.getError());
        } catch (SlackApiException e) {
            int code = e.getResponse().code();
            if (code == 429) {
                String retryAfter = e.getResponse().header("Retry-After");
                long seconds = retryAfter != null && retryAfter.strip().matches("\\d{1,6}") ? Long.parseLong(retryAfter.strip()) : 30;
                return PostResult.rateLimited(seconds);
            }
            return PostResult.failed(code >= 500, "HTTP " + code);
        } catch (IOException e) {
            return PostResult.failed(true, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public void openModal(String teamId, String triggerId, com.slack.api.model.view.View view) {
        com.slack.api.methods.response.views.ViewsOpenResponse response;
        try {
            response = slack.methods(credentials.botToken(), teamId).viewsOpen(r -> r.triggerId(triggerId).view(view));
        } catch (IOException | SlackApiException e) {
            throw new SlackUnavailable("views.open failed: " + e.getMessage(), e);
        }
        if (!response.isOk()) {
            throw new SlackUnavailable("views.open answered " + response.getError(), null);
        }
    }

    @Override
    public void respond(String responseUrl, boolean inChannel, String text, List<LayoutBlock> blocks) {
        WebhookResponse response;
        try {
            response = slack.send(responseUrl, com.slack.api.util.json.GsonFactory.createSnakeCase().toJson(
                    com.slack.api.app_backend.interactive_components.response.ActionResponse.builder()
                            .responseType(inChannel ? "in_channel" : "ephemeral")
                            .replaceOriginal(false)
                            .text(text)
                            .blocks(blocks)
                            .build()));
        } catch (IOException e) {
            throw new SlackUnavailable("response_url failed: " + e.getMessage(), e);
        }
        if (response.getCode() >= 300) {
            throw new SlackUnavailable("response_url answered HTTP " + response.getCode(), null);
        }
    }
}
