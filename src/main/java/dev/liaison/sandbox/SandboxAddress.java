package dev.liaison.sandbox;

import com.slack.api.Slack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Where the app itself listens, learned when the web server has started (the port may be random),
 * and the Web API client pointed at the stand-in there: the Slack client reads its endpoint
 * prefix at every call, so nothing built at start-up keeps the old address.
 */
@Component
@Conditional(SandboxMode.class)
class SandboxAddress implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(SandboxAddress.class);

    private final Slack slack;
    private volatile String base;

    SandboxAddress(Slack slack) {
        this.slack = slack;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // the management server has its own namespace; Slack traffic is on the main one
        if (event.getApplicationContext().getServerNamespace() != null) {
            return;
        }
        base = "http://127.0.0.1:" + event.getWebServer().getPort();
        slack.getConfig().setMethodsEndpointUrlPrefix(base + "/sandbox/api/");
        log.info("Sandbox: open http://localhost:{}/sandbox to try Liaison; its Slack stand-in answers at {}/sandbox/api/",
                event.getWebServer().getPort(), base);
    }

    /** e.g. http://127.0.0.1:8080 */
    public String base() {
        if (base == null) {
            throw new IllegalStateException("the web server has not started yet");
        }
        return base;
    }
}
