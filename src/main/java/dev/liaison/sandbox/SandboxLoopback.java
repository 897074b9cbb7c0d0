package dev.liaison.sandbox;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The sandbox has no login and signs whatever its page sends as any demo person, so it listens on
 * 127.0.0.1 only, whatever {@code server.address} says. Inside a container the published port is
 * what limits who reaches it, so {@code LIAISON_SANDBOX_ADDRESS} may name the address to bind there
 * (docker/compose.yml binds 0.0.0.0 in the container and publishes the port on the host's 127.0.0.1).
 */
public final class SandboxLoopback implements EnvironmentPostProcessor, Ordered {

    static final String LOOPBACK = "127.0.0.1";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!SandboxMode.active(environment)) {
            return;
        }
        String override = environment.getProperty("LIAISON_SANDBOX_ADDRESS", "").strip();
        environment.getPropertySources().addFirst(new MapPropertySource("sandbox-loopback",
                Map.of("server.address", override.isEmpty() ? LOOPBACK : override)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
