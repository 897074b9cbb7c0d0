package dev.liaison.sandbox;

import dev.liaison.slack.SlackProperties;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Sandbox mode is the README's "no Slack credentials": neither a usable bot token nor an OAuth client
 * (the rule of {@link SlackProperties#mode}); the stand-in's beans exist only then, never next to real credentials.
 */
final class SandboxMode implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return active(context.getEnvironment());
    }

    public static boolean active(Environment environment) {
        return SlackProperties.from(environment).sandbox();
    }
}
