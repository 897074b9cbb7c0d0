package dev.liaison.warmup;

import java.util.List;

/**
 * What the warm-up sends: read-only /client commands as one real member of one real workspace, or, when no
 * member can be asked about without a Web API call, only Slack's url_verification (the endpoint, the signature
 * check and Bolt, none of our handlers).
 *
 * @param teamId   the workspace; null for the url_verification-only plan
 * @param userId   the member the commands come from
 * @param commands the texts after /client, sent in turn
 * @param why      what was warmed and why, for the log line
 */
public record WarmUpPlan(String teamId, String userId, List<String> commands, String why) {

    public static WarmUpPlan endpointOnly(String why) {
        return new WarmUpPlan(null, null, List.of(), why);
    }

    public boolean commandsToSend() {
        return teamId != null && !commands.isEmpty();
    }
}
