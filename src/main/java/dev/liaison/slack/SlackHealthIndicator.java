package dev.liaison.slack;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Says whether Slack's Web API answers with our token; in sandbox mode there is nothing to reach. */
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
        if (credentials.sandbox()) {
            builder.up().withDetail("mode", "sandbox");
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
