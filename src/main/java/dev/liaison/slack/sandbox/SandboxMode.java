package dev.liaison.slack.sandbox;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Sandbox mode is PRODUCT.md's "no SLACK_BOT_TOKEN or no SLACK_SIGNING_SECRET" (the same rule as
 * {@code SlackProperties.sandbox()}); the stand-in's beans exist only then, never next to real credentials.
 */
public final class SandboxMode implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return active(context.getEnvironment());
    }

    public static boolean active(Environment environment) {
        return blank(environment.getProperty("slack.bot-token")) || blank(environment.getProperty("slack.signing-secret"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
