package dev.liaison.slack;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackOAuthAppServlet;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.bolt.service.OAuthStateService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import com.slack.api.util.http.SlackHttpClient;
import dev.liaison.store.ProcessedEvents;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires Bolt: the Web API client at SLACK_API_URL, our middleware, every feature's listeners, the endpoint. */
@Configuration(proxyBeanMethods = false)
class SlackConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);
    static final String EVENTS_PATH = "/slack/events";

    static final String APP_PATH = "/slack/";
    static final String INSTALL_PATH = APP_PATH + "install";
    static final String REDIRECT_PATH = APP_PATH + "oauth_redirect";

    @Bean
    SlackCredentials slackCredentials(SlackProperties properties) {
        SlackCredentials credentials = SlackCredentials.from(properties);
        String transport = credentials.socketMode() ? "Socket Mode (no public URL needed)"
                : "HTTP at " + EVENTS_PATH;
        switch (credentials.mode()) {
            case SANDBOX -> log.info("Sandbox mode: no Slack credential is set, so Liaison talks to no real workspace "
                    + "and listens on 127.0.0.1 only; requests to {} are verified with a secret made for this run",
                    EVENTS_PATH);
            case SINGLE_WORKSPACE -> log.info("One workspace with the configured bot token over {}; Web API at {}",
                    transport, credentials.apiUrl());
            case OAUTH -> log.info("OAuth distribution: workspaces install at {} and each gets its own token; "
                    + "events over {}; Web API at {}", INSTALL_PATH, transport, credentials.apiUrl());
        }
        if (credentials.mode() == SlackProperties.Mode.SINGLE_WORKSPACE && !properties.clientId().isEmpty()) {
            log.warn("SLACK_CLIENT_ID is set but so is SLACK_BOT_TOKEN: serving that one workspace, no OAuth installs");
        }
        return credentials;
    }

    @Bean
    Slack slack(SlackCredentials credentials) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(credentials.apiUrl());
        // statsEnabled adds an auth.test before a client's first call: no calls we did not ask for
        config.setStatsEnabled(false);
        config.setPrettyResponseLoggingEnabled(false);
        // a first-time users.info runs inside a command's 3-second ack: a slow Slack must fail fast
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(2500, TimeUnit.MILLISECONDS)
                .writeTimeout(2500, TimeUnit.MILLISECONDS)
                .build();
        return Slack.getInstance(config, new SlackHttpClient(http));
    }

    @Bean
    BotIdentity botIdentity(Slack slack, SlackCredentials credentials, Clock clock) {
        return new BotIdentity(slack, credentials.botToken(), clock);
    }

    @Bean
    App slackApp(Slack slack, SlackCredentials credentials, BotIdentity identity, BotTokens tokens, Clock clock,
                 ObjectProvider<InstallationService> installations, ObjectProvider<OAuthStateService> states) {
        boolean oauth = credentials.oauth();
        // every setting explicit: AppConfig's defaults read SLACK_* environment variables behind our back
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(oauth ? null : credentials.botToken())
                .signingSecret(credentials.signingSecret())
                .verificationToken(null)
                .clientId(oauth ? credentials.clientId() : null)
                .clientSecret(oauth ? credentials.clientSecret() : null)
                .scope(oauth ? credentials.scopes() : null)
                .userScope(null)
                .redirectUri(oauth && !credentials.redirectUri().isEmpty() ? credentials.redirectUri() : null)
                .appPath(APP_PATH)
                .oauthInstallPath("install")
                .oauthStartPath("install")
                .oauthRedirectUriPath("oauth_redirect")
                .oauthCallbackPath("oauth_redirect")
                .oauthCompletionUrl(null)
                .oauthCancellationUrl(null)
                .build();
        List<Middleware> middleware = new ArrayList<>();
        middleware.add(new SlackLogContext());
        middleware.add(new ClockedRequestVerification(credentials.signingSecret(), clock));
        middleware.add(new BotTokenAuthorization(tokens, identity, credentials.installUrl()));
        App app = new App(config, slack, middleware);
        if (oauth) {
            app.service(installations.getObject());
            app.service(states.getObject());
            app.asOAuthApp(true);
            // Bolt's own handler logs the whole redirect, OAuth code included: a secret for ten minutes
            app.oauthCallbackStateError((request, response) -> {
                log.info("Refused an OAuth redirect whose state is unknown, used or expired");
                response.setStatusCode(400);
                response.setContentType("text/html; charset=utf-8");
                response.setBody(config.getOAuthRedirectUriPageRenderer()
                        .renderFailurePage(config.getOauthInstallRequestURI(), "invalid_state"));
                return response;
            });
        }
        return app;
    }

    @Bean
    ListenerRegistry listenerRegistry(App app, List<SlackListener> listeners, AccessPolicy access,
                                      ProcessedEvents processedEvents,
                                      QueuedMessages outbox) {
        ListenerRegistry registry = new ListenerRegistry(app, access, processedEvents, outbox);
        listeners.forEach(listener -> listener.register(registry));
        return registry;
    }

    /** Slack's HTTP requests; in Socket Mode they come over the WebSocket instead and this path is not served. */
    @Bean
    @Conditional(HttpTransport.class)
    ServletRegistrationBean<LiaisonSlackServlet> slackServlet(App app, ListenerRegistry registry) {
        return new ServletRegistrationBean<>(new LiaisonSlackServlet(app), EVENTS_PATH);
    }

    /** Bolt's install page and OAuth redirect, in OAuth mode only. */
    @Bean
    @Conditional(OAuthDistribution.class)
    ServletRegistrationBean<SlackOAuthAppServlet> slackOAuthServlet(App app, ListenerRegistry registry) {
        return new ServletRegistrationBean<>(new SlackOAuthAppServlet(app), INSTALL_PATH, REDIRECT_PATH);
    }

    @Bean
    @Conditional(SocketTransport.class)
    SocketModeConnection socketModeConnection(App app, ListenerRegistry registry, SlackCredentials credentials,
                                              Clock clock, ProcessedEvents processedEvents) {
        return new SocketModeConnection(app, credentials.appToken(), clock, new SocketModeEnvelopes(processedEvents));
    }

    @Bean
    @Conditional(SocketTransport.class)
    SocketModeHealthIndicator socketModeHealthIndicator(SocketModeConnection connection) {
        return new SocketModeHealthIndicator(connection);
    }

    static final class HttpTransport implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !SlackProperties.from(context.getEnvironment()).socketMode();
        }
    }

    static final class SocketTransport implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return SlackProperties.from(context.getEnvironment()).socketMode();
        }
    }

    static final class OAuthDistribution implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return SlackProperties.from(context.getEnvironment()).mode() == SlackProperties.Mode.OAUTH;
        }
    }
}
