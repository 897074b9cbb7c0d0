package dev.liaison.slack;

import java.io.IOException;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.jakarta_servlet.SlackAppServletAdapter;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's servlet, except that a payload Bolt cannot even parse (malformed JSON, missing fields)
 * answers 400 instead of escaping as a 500 with a stack trace in the log.
 */
class LiaisonSlackServlet extends SlackAppServlet {

    private static final Logger log = LoggerFactory.getLogger(LiaisonSlackServlet.class);

    private final transient App app;
    private final transient SlackAppServletAdapter adapter;

    LiaisonSlackServlet(App app) {
        super(app);
        this.app = app;
        this.adapter = new SlackAppServletAdapter(app.config());
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Request<?> slackRequest;
        try {
            slackRequest = adapter.buildSlackRequest(req);
        } catch (RuntimeException | IOException unreadable) {
            log.info("Refused an unreadable Slack request: {}", unreadable.getClass().getSimpleName());
            adapter.writeResponse(resp, Response.builder().statusCode(400).body("Invalid Request").build());
            return;
        }
        if (slackRequest == null) {
            adapter.writeResponse(resp, Response.builder().statusCode(400).body("Invalid Request").build());
            return;
        }
        Response slackResponse;
        try {
            slackResponse = app.run(slackRequest);
        } catch (Exception e) {
            // listeners answer their own errors; this is only Bolt failing around them
            log.error("Bolt failed to handle a {} request", slackRequest.getRequestType(), e);
            slackResponse = Response.json(200, "{\"response_type\":\"ephemeral\",\"text\":\""
                    + UserFacingErrors.GENERIC + "\"}");
        }
        adapter.writeResponse(resp, slackResponse);
    }
}
