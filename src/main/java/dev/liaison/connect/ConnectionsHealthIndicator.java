package dev.liaison.connect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code calendarConnections}: which workspaces' Google or Microsoft
 * connections are broken, since when and why (never a secret). Always UP: one agency's revoked key is that
 * agency's problem, not a reason to take Liaison out of a load balancer or restart it.
 */
@Component("calendarConnectionsHealthIndicator")
class ConnectionsHealthIndicator extends AbstractHealthIndicator {

    private final SyncHealth health;

    ConnectionsHealthIndicator(SyncHealth health) {
        super("Calendar connections health check failed");
        this.health = health;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, Map<String, String>> broken = new TreeMap<>();
        for (ConnectionState state : health.broken()) {
            broken.computeIfAbsent(state.teamId(), t -> new LinkedHashMap<>()).put(state.provider().label(),
                    "broken since " + state.brokenSince() + ": " + state.problem());
        }
        builder.up().withDetail("brokenConnections", broken.size());
        if (!broken.isEmpty()) {
            builder.withDetail("workspaces", broken);
        }
    }
}
