package dev.liaison.client;

import java.util.List;

import dev.liaison.slack.Mrkdwn;

/**
 * Something another feature needs one person to see first on their App Home (a broken calendar connection,
 * for a head of accounts). The client feature owns the Home; features answer this, so it imports none of them.
 */
public interface HomeNotices {

    /** What {@code userId} should see at the top of their Home now; empty for nothing. */
    List<Mrkdwn> noticesFor(String teamId, String userId);
}
