package dev.liaison.slack;

import java.util.Set;
import java.util.TreeSet;

import dev.liaison.StartupRefused;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Fails closed before anything starts (no bean, no port, no /sandbox): a partial set of Slack
 * credentials, a SLACK_ variable Liaison does not know when the sandbox would otherwise start (a typo
 * such as SLACK_BOT_TOKN must not quietly give an open sandbox), and a management port equal to the
 * Slack port (Actuator would be served to the world) each stop start-up with a one-line reason.
 */
public final class SlackCredentialsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** Every SLACK_ variable Liaison reads (application.yml). */
    static final Set<String> KNOWN = Set.of("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL",
            "SLACK_APP_TOKEN", "SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_SCOPES", "SLACK_REDIRECT_URI");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    static void check(ConfigurableEnvironment environment) {
        SlackProperties slack = SlackProperties.from(environment);
        slack.incomplete().ifPresent(reason -> {
            throw new StartupRefused(reason + ". Set the whole set, or no SLACK_ credential at all for the "
                    + "local sandbox.");
        });
        if (slack.sandbox()) {
            Set<String> unknown = unknownSlackVariables(environment);
            if (!unknown.isEmpty()) {
                throw new StartupRefused(String.join(", ", unknown) + " is set but is no variable Liaison reads "
                        + "(a typo?), and without Slack credentials Liaison would start the local sandbox. Known: "
                        + String.join(", ", new TreeSet<>(KNOWN)) + ".");
            }
        }
        String port = environment.getProperty("server.port", "8080").strip();
        String management = environment.getProperty("management.server.port", "8081").strip();
        if (port.equals(management) && !port.equals("0")) {
            throw new StartupRefused("MANAGEMENT_PORT is the same as PORT (" + port + "): Actuator (jobs, "
                    + "workspaces, metrics) must stay on its own port, bound to 127.0.0.1.");
        }
    }

    private static Set<String> unknownSlackVariables(ConfigurableEnvironment environment) {
        Set<String> unknown = new TreeSet<>();
        PropertySource<?> system = environment.getPropertySources()
                .get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        if (system instanceof EnumerablePropertySource<?> variables) {
            for (String name : variables.getPropertyNames()) {
                if (name.startsWith("SLACK_") && !KNOWN.contains(name)) {
                    unknown.add(name);
                }
            }
        }
        return unknown;
    }

    /** After logging is set up, so the refusal is printed; before any bean exists. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
