package dev.liaison.slack;

/**
 * A Slack user as users.info describes them, in plain values for the domain.
 *
 * @param homeTeamId the workspace the account belongs to (differs from ours for Slack Connect people)
 * @param guest      a multi- or single-channel guest (is_restricted / is_ultra_restricted)
 * @param stranger   a person Slack marks as from another organisation
 * @param email      the profile's e-mail (users:read.email), lower case, or null when Slack gave none
 */
public record SlackUser(String id, String homeTeamId, String enterpriseId, String name, String realName,
                        String tz, boolean workspaceAdmin, boolean guest, boolean stranger, boolean bot,
                        boolean deleted, String email) {

    /** A user whose e-mail Slack did not give. */
    public SlackUser(String id, String homeTeamId, String enterpriseId, String name, String realName,
                     String tz, boolean workspaceAdmin, boolean guest, boolean stranger, boolean bot,
                     boolean deleted) {
        this(id, homeTeamId, enterpriseId, name, realName, tz, workspaceAdmin, guest, stranger, bot, deleted, null);
    }
}
