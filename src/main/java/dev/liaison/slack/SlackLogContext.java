package dev.liaison.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import dev.liaison.ops.logging.LogContext;

/**
 * The first middleware: every line logged while Bolt handles a request names its workspace (the team id
 * Bolt read from the signed payload, or the Enterprise Grid id), over HTTP and over Socket Mode alike.
 */
final class SlackLogContext implements Middleware {

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        String workspace = req.getContext().getTeamId() != null ? req.getContext().getTeamId()
                : req.getContext().getEnterpriseId();
        try (LogContext.Scope scope = LogContext.workspace(workspace)) {
            return chain.next(req);
        }
    }
}
