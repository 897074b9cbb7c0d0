package dev.liaison.slack;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Says whether Slack's Web API answers with our token; in sandbox mode there is nothing to reach, in OAuth mode no one token. */
@Component("slackHealthIndicator")
class SlackHealthIndicator extends AbstractHealthIndicator {

    private final SlackCredentials credentials;
    private final BotIdentity identity;

    SlackHealthIndicator(SlackCredentials credentials, BotIdentity identity) {
        super("Slack health check failed");
        this.credentials = credentials;
        this.identity = identity;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("apiUrl", credentials.apiUrl());
        builder.withDetail("transport", credentials.socketMode() ? "socket-mode" : "http");
        if (credentials.sandbox()) {
            builder.up().withDetail("mode", "sandbox");
            return;
        }
        if (credentials.oauth()) {
            // each workspace has its own token; there is no one token to check, and Slack refusing one
            // workspace's says nothing about the others
            builder.up().withDetail("mode", "oauth").withDetail("install", credentials.installUrl());
            return;
        }
        BotIdentity.Check check = identity.check();
        builder.withDetail("mode", "live").withDetail("checkedAt", check.at().toString());
        if (check.ok()) {
            builder.up().withDetail("team", check.teamId()).withDetail("botUserId", check.botUserId());
        } else {
            builder.down().withDetail("error", check.error());
        }
    }
}
