package dev.liaison.slack;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.model.File;
import com.slack.api.model.Message;
import com.slack.api.model.ResponseMetadata;
import com.slack.api.model.User;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.springframework.stereotype.Component;

import static dev.liaison.slack.WebApiCall.answer;
import static dev.liaison.slack.WebApiCall.answerUnless;

/** {@link SlackMessenger} over the Web API at SLACK_API_URL. */
@Component
class WebApiSlackMessenger implements SlackMessenger {

    /** Message metadata that marks what the delivery queue posted, and under which key. */
    static final String DELIVERY_EVENT = "liaison_delivery";
    static final String DELIVERY_KEY = "key";

    private final Slack slack;
    private final BotTokens tokens;
    private final SlackFileHosts fileHosts;

    WebApiSlackMessenger(Slack slack, BotTokens tokens, SlackCredentials credentials) {
        this.slack = slack;
        this.tokens = tokens;
        this.fileHosts = new SlackFileHosts(credentials.apiUrl());
    }

    /** Our own error code for a workspace without an installation: never retried. */
    static final String NOT_INSTALLED = "not_installed";

    /** This workspace's bot token; a workspace Liaison is not installed in gets nothing sent. */
    private String token(String teamId) {
        return tokens.forTeam(teamId).map(BotTokens.Bot::token).orElseThrow(() -> new SlackUnavailable(
                "Liaison is not installed in workspace " + teamId, null, NOT_INSTALLED));
    }

    private MethodsClient methods(String teamId) {
        return slack.methods(token(teamId), teamId);
    }

    @Override
    public Optional<SlackUser> userInfo(String teamId, String userId) {
        var methods = methods(teamId);
        return answerUnless("users.info", Set.of("user_not_found"), () -> methods.usersInfo(r -> r.user(userId)))
                .map(response -> SlackUsers.from(response.getUser()));
    }

    /** The conversation to post in: a person's id (U…, W…) is their DM with us, opened on the way. */
    private static String conversation(MethodsClient methods, String channel) {
        if (!channel.startsWith("U") && !channel.startsWith("W")) {
            return channel;
        }
        return answer("conversations.open", () -> methods.conversationsOpen(r -> r.users(List.of(channel))))
                .getChannel().getId();
    }

    @Override
    public PostResult postMessage(String teamId, String channel, String threadTs, String text, String blocksJson,
            String deliveryKey) {
        try {
            var response = slack.methods(token(teamId), teamId).chatPostMessage(r -> r
                    .channel(channel).threadTs(threadTs).text(text).blocksAsString(blocksJson).unfurlLinks(false)
                    .metadata(deliveryKey == null ? null : Message.Metadata.builder().eventType(DELIVERY_EVENT)
                            .eventPayload(Map.of(DELIVERY_KEY, deliveryKey)).build()));
            if (response.isOk()) {
                return PostResult.delivered(response.getTs());
            }
            // errors Slack answers with 200: only its own hiccups are worth retrying
            boolean retryable = Set.of("internal_error", "fatal_error", "service_unavailable",
                    "request_timeout", "ratelimited").contains(response.getError());
            return PostResult.failed(retryable, response.getError());
        } catch (SlackUnavailable notInstalled) {
            return PostResult.failed(false, notInstalled.slackError());
        } catch (SlackApiException e) {
            int code = e.getResponse().code();
            if (code == 429) {
                String retryAfter = e.getResponse().header("Retry-After");
                long seconds = retryAfter != null && retryAfter.strip().matches("\\d{1,6}") ? Long.parseLong(retryAfter.strip()) : 30;
                return PostResult.rateLimited(seconds);
            }
            return PostResult.failed(code >= 500, "HTTP " + code);
        } catch (ConnectException e) {
            // refused before anything was sent: certainly not posted
            return PostResult.failed(true, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (IOException e) {
            return PostResult.unanswered(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public String uploadFile(String teamId, String channel, String filename, String title, byte[] content,
                             String altText, String initialComment) {
        try {
            var methods = methods(teamId);
            String target = conversation(methods, channel);
            // the SDK's filesUploadV2 is Slack's external upload: files.getUploadURLExternal, the bytes to that
            // URL over the SDK's own HTTP client (no client of our own per call), files.completeUploadExternal
            // into the conversation.
            var uploaded = methods.filesUploadV2(r -> r.channel(target).fileData(content).filename(filename).title(title)
                    .altTxt(altText == null ? null : SlackText.truncate(altText, 1000)).initialComment(initialComment));
            if (uploaded.getFile() == null) {
                throw new SlackUnavailable("files.completeUploadExternal named no file", null);
            }
            return uploaded.getFile().getId();
        } catch (SlackFilesUploadV2Exception failed) {
            // the SDK throws on any step that is not ok; its responses say which step and Slack's error
            String error = uploadError(failed);
            throw new SlackUnavailable("file upload failed: " + error, failed, error);
        } catch (IOException | SlackApiException e) {
            throw new SlackUnavailable("file upload failed: " + e.getMessage(), e);
        }
    }

    private static String uploadError(SlackFilesUploadV2Exception failed) {
        if (failed.getCompleteResponse() != null) {
            return failed.getCompleteResponse().getError();
        }
        for (var url : failed.getGetURLResponses()) {
            if (!url.isOk()) {
                return url.getError();
            }
        }
        return failed.getUploadResponses().values().stream().filter(r -> r.getCode() != 200)
                .map(r -> "HTTP " + r.getCode()).findFirst().orElse(String.valueOf(failed.getMessage()));
    }

    @Override
    public Optional<String> findDelivered(String teamId, String channel, String threadTs, String deliveryKey,
            Instant since) {
        String oldest = since.getEpochSecond() + "." + String.format("%06d", since.getNano() / 1000);
        var methods = methods(teamId);
        // history wants the DM's channel id, not the person's
        String id = threadTs != null ? channel : conversation(methods, channel);
        String cursor = null;
        // every page since the attempt: history lists the newest first, and a busy channel's first
        // page may hold only what others wrote after it
        for (int page = 0; page < MAX_LOOKUP_PAGES; page++) {
            String from = cursor;
            List<Message> messages;
            ResponseMetadata meta;
            if (threadTs != null) {
                var replies = answer("conversations.replies", () -> methods.conversationsReplies(r -> r.channel(id)
                        .ts(threadTs).oldest(oldest).includeAllMetadata(true).limit(200).cursor(from)));
                messages = replies.getMessages();
                meta = replies.getResponseMetadata();
            } else {
                var history = answer("conversations.history", () -> methods.conversationsHistory(r -> r.channel(id)
                        .oldest(oldest).includeAllMetadata(true).limit(200).cursor(from)));
                messages = history.getMessages();
                meta = history.getResponseMetadata();
            }
            Optional<String> found = messages == null ? Optional.empty() : messages.stream()
                    .filter(m -> m.getMetadata() != null && DELIVERY_EVENT.equals(m.getMetadata().getEventType())
                            && m.getMetadata().getEventPayload() != null
                            && deliveryKey.equals(m.getMetadata().getEventPayload().get(DELIVERY_KEY)))
                    .map(Message::getTs).findFirst();
            String next = meta == null ? null : meta.getNextCursor();
            if (found.isPresent() || next == null || next.isEmpty()) {
                return found;
            }
            cursor = next;
        }
        // 2,000 messages since the attempt without it: taken as not posted (a known gap, in a
        // channel busier than any an agency keeps for Liaison)
        return Optional.empty();
    }

    /** Pages of 200 read when looking for a delivery that timed out. */
    static final int MAX_LOOKUP_PAGES = 10;

    @Override
    public void updateMessage(String teamId, String channel, String ts, String text, List<LayoutBlock> blocks) {
        var methods = methods(teamId);
        answer("chat.update", () -> methods.chatUpdate(r -> r.channel(channel).ts(ts)
                .text(BlockKitLimits.fitText(text)).blocksAsString(fitted(blocks))));
    }

    @Override
    public void openModal(String teamId, String triggerId, View view) {
        var methods = methods(teamId);
        answer("views.open", () -> methods.viewsOpen(r -> r.triggerId(triggerId).viewAsString(fitted(view))));
    }

    @Override
    public void respond(String responseUrl, boolean inChannel, String text, List<LayoutBlock> blocks) {
        send(responseUrl, inChannel ? "in_channel" : "ephemeral", false, text, blocks);
    }

    @Override
    public void replaceOriginal(String responseUrl, String text, List<LayoutBlock> blocks) {
        send(responseUrl, null, true, text, blocks);
    }

    private void send(String responseUrl, String responseType, boolean replace, String text, List<LayoutBlock> blocks) {
        WebhookResponse response;
        JsonObject payload = GsonFactory.createSnakeCase().toJsonTree(
                ActionResponse.builder()
                        .responseType(responseType)
                        .replaceOriginal(replace)
                        .text(BlockKitLimits.fitText(text))
                        .build()).getAsJsonObject();
        if (blocks != null) {
            payload.add("blocks", JsonParser.parseString(fitted(blocks)));
        }
        try {
            response = slack.send(responseUrl, payload.toString());
        } catch (IOException e) {
            throw new SlackUnavailable("response_url failed: " + e.getMessage(), e);
        }
        if (response.getCode() >= 300) {
            throw new SlackUnavailable("response_url answered HTTP " + response.getCode(), null);
        }
    }

    /**
     * Every message's blocks pass the limits here (texts cut, the rest refused before Slack sees it,
     * answered as Slack answers what it refuses).
     */
    private static String fitted(List<LayoutBlock> blocks) {
        try {
            return BlockKitLimits.fitMessage(blocks, BlockKit.MESSAGE_BLOCKS);
        } catch (BlockKitLimits.Refused refused) {
            throw new SlackUnavailable(refused.getMessage(), refused, "invalid_blocks");
        }
    }

    private static String fitted(View view) {
        try {
            return BlockKitLimits.fitView(view);
        } catch (BlockKitLimits.Refused refused) {
            throw new SlackUnavailable(refused.getMessage(), refused, "invalid_arguments");
        }
    }

    @Override
    public void publishHome(String teamId, String userId, View view) {
        var methods = methods(teamId);
        answer("views.publish", () -> methods.viewsPublish(r -> r.userId(userId).viewAsString(fitted(view))));
    }

    @Override
    public Optional<String> permalink(String teamId, String channelId, String messageTs) {
        var methods = methods(teamId);
        return answerUnless("chat.getPermalink", Set.of("message_not_found", "channel_not_found"),
                () -> methods.chatGetPermalink(r -> r.channel(channelId).messageTs(messageTs)))
                .map(response -> response.getPermalink());
    }

    @Override
    public Optional<String> userIdByEmail(String teamId, String email) {
        var methods = methods(teamId);
        return answerUnless("users.lookupByEmail", Set.of("users_not_found"),
                () -> methods.usersLookupByEmail(r -> r.email(email)))
                .map(response -> response.getUser()).map(User::getId);
    }

    @Override
    public boolean isChannelMember(String teamId, String channelId, String userId) {
        var methods = methods(teamId);
        String cursor = null;
        // 1,000 a page; a channel of 50,000 people is 50 calls, and linking a channel is rare
        for (int page = 0; page < 50; page++) {
            String from = cursor;
            var answered = answerUnless("conversations.members", Set.of("channel_not_found"),
                    () -> methods.conversationsMembers(r -> r.channel(channelId).limit(1000).cursor(from)));
            if (answered.isEmpty()) {
                return false;
            }
            var members = answered.get();
            if (members.getMembers() != null && members.getMembers().contains(userId)) {
                return true;
            }
            cursor = members.getResponseMetadata() == null ? null : members.getResponseMetadata().getNextCursor();
            if (cursor == null || cursor.isEmpty()) {
                return false;
            }
        }
        return false;
    }

    static final String NOT_HOSTED = "I can only import a file uploaded to Slack itself, not a link to a file kept elsewhere.";
    static final String NOT_SLACKS = "Slack didn't give me that file from its own file host, so I didn't fetch it.";
    private static final int MAX_REDIRECTS = 3;

    @Override
    public byte[] downloadFile(String teamId, String fileId, long maxBytes) {
        String token = token(teamId);
        var methods = slack.methods(token, teamId);
        File file = answerUnless("files.info", Set.of("file_not_found", "file_deleted"),
                () -> methods.filesInfo(r -> r.file(fileId)))
                .orElseThrow(() -> new FileRefused("Slack says that file is gone; upload it again."))
                .getFile();
        if (file == null) {
            throw new SlackUnavailable("files.info answered no file", null);
        }
        if (file.isExternal() || (file.getMode() != null && !file.getMode().equals("hosted"))) {
            throw new FileRefused(NOT_HOSTED);
        }
        if (file.getSize() != null && file.getSize() > maxBytes) {
            throw new FileTooLarge("The file is " + file.getSize() / 1000 + " KB; I import files up to " + maxBytes / 1000 + " KB.");
        }
        String url = file.getUrlPrivateDownload() != null ? file.getUrlPrivateDownload() : file.getUrlPrivate();
        OkHttpClient noRedirects = slack.getHttpClient().getOkHttpClient().newBuilder()
                .followRedirects(false).followSslRedirects(false).build();
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!fileHosts.allowed(url)) {
                throw new FileRefused(NOT_SLACKS);
            }
            Request request = new Request.Builder().url(url).header("Authorization", "Bearer " + token).build();
            try (Response response = noRedirects.newCall(request).execute()) {
                if (response.isRedirect()) {
                    String next = response.header("Location");
                    HttpUrl resolved = next == null ? null : response.request().url().resolve(next);
                    // a redirect is followed only on the same host; anywhere else the token would go with it
                    if (resolved == null || !resolved.host().equalsIgnoreCase(response.request().url().host())) {
                        throw new FileRefused(NOT_SLACKS);
                    }
                    url = resolved.toString();
                    continue;
                }
                // the answer is never quoted back: only its status, in the log
                if (!response.isSuccessful() || response.body() == null) {
                    throw new SlackUnavailable("file download answered HTTP " + response.code(), null);
                }
                return limited(response.body(), maxBytes);
            } catch (IOException e) {
                throw new SlackUnavailable("file download failed: " + e.getClass().getSimpleName(), e);
            }
        }
        throw new FileRefused(NOT_SLACKS);
    }

    private static byte[] limited(ResponseBody body, long maxBytes) throws IOException {
        if (body.contentLength() > maxBytes) {
            throw new FileTooLarge("The file is " + body.contentLength() / 1000 + " KB; I import files up to "
                    + maxBytes / 1000 + " KB.");
        }
        try (InputStream in = body.byteStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new FileTooLarge("The file is larger than " + maxBytes / 1000 + " KB, the most I import.");
            }
            return bytes;
        }
    }
}
