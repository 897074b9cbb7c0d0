package dev.liaison.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;

import static com.slack.api.bolt.middleware.MiddlewareOps.isNoAuthRequiredRequest;

/**
 * Gives each request the bot token without asking Slack first. Bolt's SingleTeamAuthorization
 * calls auth.test before handling anything, so a Slack outage would turn every command into a
 * 500; the team id already comes signed in the request.
 */
final class BotTokenAuthorization implements Middleware {

    private final String botToken;
    private final BotIdentity identity;

    BotTokenAuthorization(String botToken, BotIdentity identity) {
        this.botToken = botToken;
        this.identity = identity;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (!isNoAuthRequiredRequest(req.getRequestType())) {
            req.getContext().setBotToken(botToken);
            identity.knownBotUserId().ifPresent(req.getContext()::setBotUserId);
        }
        return chain.next(req);
    }
}
