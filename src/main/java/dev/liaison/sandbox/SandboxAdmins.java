package dev.liaison.sandbox;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In sandbox mode the demo agency's head of accounts is one of {@code liaison.admins}, added to
 * whatever the operator set, exactly as an operator would list a real head (LIAISON_ADMINS). With
 * real Slack credentials nothing is added.
 */
public final class SandboxAdmins implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!SandboxMode.active(environment)) {
            return;
        }
        String configured = environment.getProperty("liaison.admins", "");
        String admins = configured.isBlank() ? DemoAgency.HEAD : configured + "," + DemoAgency.HEAD;
        environment.getPropertySources().addFirst(new MapPropertySource("sandbox-admins",
                Map.of("liaison.admins", admins)));
    }

    @Override
    public int getOrder() {
        // after application.yml and the environment are read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
