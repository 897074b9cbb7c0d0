package dev.liaison.slack;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;

/**
 * The one port for everything Liaison sends to or asks of Slack. Domain code sees only plain values
 * through it; the blocks are built by each feature's slack renderers.
 */
public interface SlackMessenger {

    /** users.info; empty when Slack says the user does not exist. Throws SlackUnavailable when Slack cannot answer. */
    Optional<SlackUser> userInfo(String teamId, String userId);

    /** Answers through a response_url (commands and actions), in the channel or only to the user. */
    void respond(String responseUrl, boolean inChannel, String text, List<LayoutBlock> blocks);

    /** Replaces the message an action came from (through its response_url), e.g. a prompt once decided. */
    void replaceOriginal(String responseUrl, String text, List<LayoutBlock> blocks);

    /** views.open with a trigger_id from a command or click (single-use, valid for 3 seconds). */
    void openModal(String teamId, String triggerId, View view);

    /**
     * The outcome of posting a message: delivered (with its ts), rate limited (retry after that many
     * seconds), or failed, retryable (5xx) or not (channel_not_found, invalid_auth…), or unanswered
     * (a timeout or a dropped connection: Slack may or may not have posted it).
     */
    record PostResult(boolean ok, String ts, long retryAfterSeconds, boolean retryable, String error, boolean unanswered) {
        public static PostResult delivered(String ts) {
            return new PostResult(true, ts, 0, false, null, false);
        }

        public static PostResult rateLimited(long seconds) {
            return new PostResult(false, null, Math.max(1, seconds), true, "ratelimited", false);
        }

        public static PostResult failed(boolean retryable, String error) {
            return new PostResult(false, null, 0, retryable, error, false);
        }

        public static PostResult unanswered(String error) {
            return new PostResult(false, null, 0, true, error, true);
        }

        public boolean rateLimited() {
            return !ok && retryAfterSeconds > 0;
        }
    }

    /**
     * chat.postMessage; a user id as the channel posts in the app's DM with that person. The
     * delivery key travels in the message's metadata so {@link #findDelivered} can recognise it.
     * Never throws.
     */
    PostResult postMessage(String teamId, String channel, String threadTs, String text, String blocksJson,
            String deliveryKey);

    /**
     * The ts of a message posted with this delivery key since {@code since} in that channel (or
     * thread), searched in Slack's history; empty when Slack has none. Throws SlackUnavailable when
     * Slack cannot tell.
     */
    Optional<String> findDelivered(String teamId, String channel, String threadTs, String deliveryKey,
            Instant since);

    /** chat.update of one of our messages (an escalation's parent kept current). */
    void updateMessage(String teamId, String channel, String ts, String text, List<LayoutBlock> blocks);

    /** views.publish: replaces the App Home tab of one user. */
    void publishHome(String teamId, String userId, View view);

    /** chat.getPermalink; empty when Slack has no such message. */
    Optional<String> permalink(String teamId, String channelId, String messageTs);

    /**
     * Uploads a file into a conversation (a user id means the app's DM with them) with Slack's
     * external upload: files.getUploadURLExternal, the bytes to its URL, files.completeUploadExternal.
     * Returns the file id. Throws SlackUnavailable when Slack cannot take it.
     */
    String uploadFile(String teamId, String channel, String filename, String title, byte[] content, String altText,
                      String initialComment);

    /** users.lookupByEmail; empty when nobody in the workspace has that address. */
    Optional<String> userIdByEmail(String teamId, String email);

    /**
     * A file uploaded to Slack, by its id: files.info says where Slack keeps it, and it is downloaded
     * with the bot token only from Slack's file host (never a URL from the event, an external or remote
     * file, or a redirect to another host), at most {@code maxBytes}. Throws FileRefused for a file
     * that is not Slack's to give, FileTooLarge past the limit, SlackUnavailable when Slack cannot answer.
     */
    byte[] downloadFile(String teamId, String fileId, long maxBytes);

    /**
     * Whether this person is a member of the channel, as Slack says (conversations.members, every
     * page). False when Slack does not know the channel or will not show it to the bot (a private
     * channel it is not in).
     */
    boolean isChannelMember(String teamId, String channelId, String userId);

    /** A file Liaison will not fetch; the message is for the person who shared it. */
    final class FileRefused extends RuntimeException {
        public FileRefused(String message) {
            super(message);
        }
    }

    /** A download bigger than the caller accepts. */
    final class FileTooLarge extends RuntimeException {
        public FileTooLarge(String message) {
            super(message);
        }
    }

    /** Slack could not be reached or refused the call; the message is safe to log. */
    final class SlackUnavailable extends RuntimeException {
        /** Errors that mean Slack no longer accepts this workspace's token: retrying will not help. */
        private static final Set<String> CREDENTIAL_ERRORS = Set.of("invalid_auth", "not_authed",
                "token_revoked", "token_expired", "account_inactive", "missing_scope", "no_permission",
                "not_installed");

        private final String slackError;

        public SlackUnavailable(String message, Throwable cause) {
            this(message, cause, null);
        }

        public SlackUnavailable(String message, Throwable cause, String slackError) {
            super(message, cause);
            this.slackError = slackError;
        }

        /** Slack's own error code when it answered ({@code invalid_auth}…), null when it did not. */
        public String slackError() {
            return slackError;
        }

        public boolean credentialsRefused() {
            return slackError != null && CREDENTIAL_ERRORS.contains(slackError);
        }
    }
}
