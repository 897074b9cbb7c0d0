package dev.liaison.slack;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.jakarta_servlet.SlackAppServletAdapter;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's servlet, except that a body over {@link #MAX_BODY_BYTES} is refused (413) before it is read
 * whole or its signature checked (anyone can post to /slack/events, so reading costs must be bounded),
 * and a payload Bolt cannot even parse (malformed JSON, missing fields) answers 400 instead of escaping
 * as a 500 with a stack trace in the log. A request body is never logged.
 */
class LiaisonSlackServlet extends SlackAppServlet {

    private static final Logger log = LoggerFactory.getLogger(LiaisonSlackServlet.class);
    /**
     * Slack's own payloads are far smaller: a view_submission of a full 100-block modal or a message
     * event with 40,000 characters of text is well under 200 KB.
     */
    static final int MAX_BODY_BYTES = 512 * 1024;

    private final transient App app;
    private final transient SlackAppServletAdapter adapter;

    LiaisonSlackServlet(App app) {
        super(app);
        this.app = app;
        this.adapter = new SlackAppServletAdapter(app.config());
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getContentLengthLong() > MAX_BODY_BYTES) {
            refuseTooLarge(resp);
            return;
        }
        byte[] body = req.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            // a chunked body with no length given: read no further
            refuseTooLarge(resp);
            return;
        }
        Request<?> slackRequest;
        try {
            slackRequest = adapter.buildSlackRequest(new ReadBody(req, body));
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

    private void refuseTooLarge(HttpServletResponse resp) throws IOException {
        log.info("Refused a request to {} over {} bytes", SlackConfiguration.EVENTS_PATH, MAX_BODY_BYTES);
        adapter.writeResponse(resp, Response.builder().statusCode(413).body("Payload Too Large").build());
    }

    /** The request with its body already read (and bounded), for Bolt to read again. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8
                    : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // the capped body is already in memory: there is nothing to read asynchronously
                    throw new IllegalStateException("The request body was read in full before Bolt: no async reading");
                }
            };
        }
    }
}
