package dev.liaison.people;

import java.util.List;
import java.util.Optional;

/**
 * A feature that answers some {@code /liaison} sub-commands itself (e.g. the calendar connections), so
 * {@code /liaison}'s listener need not know the feature: it asks each extension in turn. Answers are
 * Slack mrkdwn with people's words already escaped.
 */
public interface LiaisonCommandExtension {

    /**
     * The answer to {@code command} when this extension handles it (blank when it opened a modal), else empty.
     *
     * @param triggerId the slash command's trigger id, for an extension that opens a modal
     */
    Optional<String> answer(LiaisonCommand command, String teamId, String userId, String triggerId);

    /** Lines this feature adds to {@code /liaison config} (never a secret). */
    List<String> configLines(String teamId);
}
