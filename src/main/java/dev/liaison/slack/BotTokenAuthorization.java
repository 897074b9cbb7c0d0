package dev.liaison.slack;

import java.util.Optional;
import java.util.Set;

import com.google.gson.JsonObject;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static com.slack.api.bolt.middleware.MiddlewareOps.isNoAuthRequiredRequest;

/**
 * Gives each request its workspace's bot token without asking Slack first. Bolt's authorization
 * middlewares call auth.test before handling anything, so a Slack outage would turn every command
 * into a 500; the team id already comes signed in the request (or over the authenticated socket).
 * A workspace without an installation is told how to install, and the events that say Liaison was
 * removed pass without a token (there is none any more).
 */
final class BotTokenAuthorization implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(BotTokenAuthorization.class);
    private static final Set<String> TOKENLESS_EVENTS = Set.of("app_uninstalled", "tokens_revoked");

    private final BotTokens tokens;
    private final BotIdentity identity;
    private final String installUrl;

    BotTokenAuthorization(BotTokens tokens, BotIdentity identity, String installUrl) {
        this.tokens = tokens;
        this.identity = identity;
        this.installUrl = installUrl;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (isNoAuthRequiredRequest(req.getRequestType())) {
            return chain.next(req);
        }
        String teamId = req.getContext().getTeamId();
        Optional<BotTokens.Bot> bot;
        try {
            bot = tokens.forTeam(teamId);
        } catch (RuntimeException unavailable) {
            // installations live in the database: when it is away, say so rather than fail
            String text = UserFacingErrors.describe(unavailable, "authorizing a request");
            return req.getRequestType() == RequestType.Event ? Response.ok() : ephemeral(text);
        }
        if (bot.isPresent()) {
            req.getContext().setBotToken(bot.get().token());
            Optional.ofNullable(bot.get().userId()).or(identity::knownBotUserId).ifPresent(req.getContext()::setBotUserId);
            return chain.next(req);
        }
        if (req.getRequestType() == RequestType.Event
                && TOKENLESS_EVENTS.contains(((EventRequest) req).getEventType())) {
            return chain.next(req);
        }
        log.info("Refused a {} from workspace {}, where Liaison is not installed", req.getRequestType(), teamId);
        if (req.getRequestType() == RequestType.Event) {
            // acknowledged, so Slack does not retry, and otherwise ignored
            return Response.ok();
        }
        return ephemeral(UserFacingErrors.notInstalled(installUrl));
    }

    private static Response ephemeral(String text) {
        JsonObject answer = new JsonObject();
        answer.addProperty("response_type", "ephemeral");
        answer.addProperty("text", text);
        return Response.json(200, answer.toString());
    }
}
