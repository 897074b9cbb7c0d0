package dev.liaison.support;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Web API methods the fake Slack knows, with the arguments each one requires and the error
 * Slack answers when one is missing. The errors are Slack's own, per method, as its method
 * reference describes them (docs.slack.dev/reference/methods: chat.postMessage {@code channel_not_found}
 * "Value passed for `channel` was invalid", {@code no_text} "No message text provided";
 * conversations.replies {@code thread_not_found} "Value for `ts` was missing or invalid";
 * conversations.open {@code users_list_not_supplied} "Missing `users` in request"; …). Methods newer
 * than the per-argument errors (views.*, files.*UploadExternal) answer {@code invalid_arguments} with
 * a {@code response_metadata.messages} line naming the field, as Slack does.
 */
final class SlackArguments {

    /** One required argument: present (or one of several alternatives) or answered with {@code error}. */
    record Required(List<String> anyOf, String error) {
        static Required of(String argument, String error) {
            return new Required(List.of(argument), error);
        }
    }

    private static final String INVALID_ARGUMENTS = "invalid_arguments";

    private static final Map<String, List<Required>> REQUIRED = Map.ofEntries(
            Map.entry("auth.test", List.of()),
            Map.entry("apps.connections.open", List.of()),
            Map.entry("oauth.v2.access", List.of(Required.of("client_id", "invalid_client_id"),
                    Required.of("code", "invalid_code"))),
            Map.entry("chat.postMessage", List.of(Required.of("channel", "channel_not_found"),
                    new Required(List.of("text", "blocks", "attachments", "markdown_text"), "no_text"))),
            Map.entry("chat.update", List.of(Required.of("channel", "channel_not_found"),
                    Required.of("ts", "message_not_found"),
                    new Required(List.of("text", "blocks", "attachments", "markdown_text"), "no_text"))),
            Map.entry("chat.getPermalink", List.of(Required.of("channel", "channel_not_found"),
                    Required.of("message_ts", "message_not_found"))),
            Map.entry("conversations.open", List.of(
                    new Required(List.of("users", "channel"), "users_list_not_supplied"))),
            Map.entry("conversations.history", List.of(Required.of("channel", "channel_not_found"))),
            Map.entry("conversations.replies", List.of(Required.of("channel", "channel_not_found"),
                    Required.of("ts", "thread_not_found"))),
            Map.entry("conversations.members", List.of(Required.of("channel", "channel_not_found"))),
            Map.entry("users.info", List.of(Required.of("user", "user_not_found"))),
            Map.entry("users.lookupByEmail", List.of(Required.of("email", "users_not_found"))),
            Map.entry("views.open", List.of(Required.of("trigger_id", INVALID_ARGUMENTS),
                    Required.of("view", INVALID_ARGUMENTS))),
            Map.entry("views.publish", List.of(Required.of("user_id", INVALID_ARGUMENTS),
                    Required.of("view", INVALID_ARGUMENTS))),
            Map.entry("files.info", List.of(Required.of("file", "file_not_found"))),
            Map.entry("files.getUploadURLExternal", List.of(Required.of("filename", INVALID_ARGUMENTS),
                    Required.of("length", INVALID_ARGUMENTS))),
            Map.entry("files.completeUploadExternal", List.of(Required.of("files", INVALID_ARGUMENTS))));

    /** Methods called without a bot or user token. */
    private static final Set<String> NO_TOKEN = Set.of("oauth.v2.access");

    private SlackArguments() {
    }

    static boolean known(String method) {
        return REQUIRED.containsKey(method);
    }

    /**
     * What Slack answers a call of a known method missing a required argument (or its token): the
     * error and, for {@code invalid_arguments}, the message naming the field; empty when the call
     * has what it needs.
     */
    static Optional<Refusal> missing(String method, Map<String, String> params, String token) {
        if (!NO_TOKEN.contains(method) && (token == null || token.isBlank())) {
            return Optional.of(new Refusal("not_authed", null));
        }
        for (Required required : REQUIRED.getOrDefault(method, List.of())) {
            boolean present = required.anyOf().stream().anyMatch(a -> params.get(a) != null && !params.get(a).isBlank());
            if (!present) {
                String field = required.anyOf().get(0);
                return Optional.of(new Refusal(required.error(), INVALID_ARGUMENTS.equals(required.error())
                        ? "[ERROR] missing required field: " + field : null));
            }
        }
        return Optional.empty();
    }

    /** An error Slack answers, with the line it adds under {@code response_metadata.messages} (or null). */
    record Refusal(String error, String message) {
    }
}
