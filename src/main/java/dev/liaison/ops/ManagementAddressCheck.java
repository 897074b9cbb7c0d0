package dev.liaison.ops;

import dev.liaison.StartupRefused;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Fails closed before any port opens: a management address other than loopback without a
 * MANAGEMENT_PASSWORD would serve jobs, workspaces and metrics to whoever reaches it.
 */
public final class ManagementAddressCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    static void check(ConfigurableEnvironment environment) {
        ManagementAddress address = ManagementAddress.from(environment);
        if (address.loopback()) {
            return;
        }
        String password = environment.getProperty("liaison.management.password", "");
        if (password.isBlank()) {
            throw new StartupRefused("MANAGEMENT_ADDRESS is " + address + ", not loopback, and MANAGEMENT_PASSWORD "
                    + "is not set: every Actuator endpoint but health needs Basic auth there. Set MANAGEMENT_PASSWORD "
                    + "(and MANAGEMENT_USERNAME, default liaison), or leave MANAGEMENT_ADDRESS at 127.0.0.1.");
        }
    }

    /** After logging is set up, so the refusal is printed; before any bean exists. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 2;
    }
}
