package dev.liaison.slack;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.util.http.SlackHttpClient;
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

    @Bean
    SlackCredentials slackCredentials(SlackProperties properties) {
        SlackCredentials credentials = SlackCredentials.from(properties);
        if (credentials.sandbox()) {
            log.info("Sandbox mode: SLACK_BOT_TOKEN or SLACK_SIGNING_SECRET is not set, so Liaison talks to no "
                    + "real workspace; requests to {} are verified with a secret made for this run", EVENTS_PATH);
        } else {
            log.info("Live mode: Slack Web API at {}", credentials.apiUrl());
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
    App slackApp(Slack slack, SlackCredentials credentials, BotIdentity identity, Clock clock) {
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(credentials.botToken())
                .signingSecret(credentials.signingSecret())
                .build();
        List<Middleware> middleware = new ArrayList<>();
        middleware.add(new ClockedRequestVerification(credentials.signingSecret(), clock));
        middleware.add(new BotTokenAuthorization(credentials.botToken(), identity));
        return new App(config, slack, middleware);
    }

    @Bean
    ListenerRegistry listenerRegistry(App app, List<SlackListener> listeners, AccessPolicy access,
                                      dev.liaison.store.ProcessedEvents processedEvents) {
        ListenerRegistry registry = new ListenerRegistry(app, access, processedEvents);
        listeners.forEach(listener -> listener.register(registry));
        return registry;
    }

    @Bean
    ServletRegistrationBean<LiaisonSlackServlet> slackServlet(App app, ListenerRegistry registry) {
        return new ServletRegistrationBean<>(new LiaisonSlackServlet(app), EVENTS_PATH);
    }
}
