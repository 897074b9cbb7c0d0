package dev.liaison.workspace.slack;

import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SlackListener;
import dev.liaison.workspace.Workspaces;
import org.springframework.stereotype.Component;

/**
 * Slack saying Liaison was removed from a workspace: app_uninstalled, or tokens_revoked naming the
 * bot. The workspace's jobs stop and nothing more is sent there; its data stays until an admin
 * deletes it (actuator/workspaces), and installing again picks up where it left off.
 */
@Component
class WorkspaceEventsListener implements SlackListener {

    private final Workspaces workspaces;

    WorkspaceEventsListener(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.event(AppUninstalledEvent.class, (payload, ctx) -> {
            workspaces.uninstalled(payload.getTeamId());
            return ctx.ack();
        });
        registry.event(TokensRevokedEvent.class, (payload, ctx) -> {
            TokensRevokedEvent.Tokens tokens = payload.getEvent().getTokens();
            if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
                workspaces.botTokenRevoked(payload.getTeamId());
            }
            return ctx.ack();
        });
    }
}
