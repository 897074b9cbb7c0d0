package dev.liaison.slack;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** The Socket Mode connection as the health endpoint's "socketMode" component: UP only while connected. */
final class SocketModeHealthIndicator extends AbstractHealthIndicator {

    private final SocketModeConnection connection;

    SocketModeHealthIndicator(SocketModeConnection connection) {
        super("Socket Mode health check failed");
        this.connection = connection;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        SocketModeConnection.Status status = connection.status();
        builder.status(status.state() == SocketModeConnection.State.CONNECTED ? "UP" : "DOWN")
                .withDetail("state", status.state().name())
                .withDetail("connections", status.connections())
                .withDetail("failedAttempts", status.failedAttempts());
        if (status.since() != null) {
            builder.withDetail("since", status.since().toString());
        }
        if (status.lastError() != null) {
            builder.withDetail("lastError", status.lastError());
        }
    }
}
