package dev.liaison.slack;

import com.slack.api.model.User;

/** Reads Slack's user object (users.info, user_change) into the domain's plain {@link SlackUser}. */
public final class SlackUsers {

    private SlackUsers() {
    }

    public static SlackUser from(User user) {
        String realName = user.getRealName() != null ? user.getRealName()
                : user.getProfile() != null ? user.getProfile().getRealName() : null;
        String enterpriseId = user.getEnterpriseUser() != null ? user.getEnterpriseUser().getEnterpriseId()
                : user.getEnterpriseId();
        return new SlackUser(user.getId(), user.getTeamId(), enterpriseId, user.getName(), realName, user.getTz(),
                user.isAdmin() || user.isOwner(),
                user.isRestricted() || user.isUltraRestricted(),
                user.isStranger(),
                user.isBot() || user.isAppUser(),
                user.isDeleted(),
                email(user));
    }

    /** Calendars and mailboxes are matched by this e-mail, compared in lower case. */
    private static String email(User user) {
        String email = user.getProfile() == null ? null : user.getProfile().getEmail();
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
