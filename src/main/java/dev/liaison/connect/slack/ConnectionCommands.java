package dev.liaison.connect.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.liaison.connect.Connections;
import dev.liaison.connect.Provider;
import dev.liaison.people.LiaisonCommand;
import dev.liaison.people.LiaisonCommandExtension;
import dev.liaison.people.PeopleService;
import dev.liaison.slack.SlackMessenger;
import org.springframework.stereotype.Component;

/**
 * {@code /liaison config calendar google|microsoft [off]}: a head of accounts opens the connection modal
 * or removes the workspace's connection; {@code /liaison config} lists what is connected (never a secret).
 */
@Component
class ConnectionCommands implements LiaisonCommandExtension {

    private final Connections connections;
    private final PeopleService people;
    private final SlackMessenger slack;

    ConnectionCommands(Connections connections, PeopleService people, SlackMessenger slack) {
        this.connections = connections;
        this.people = people;
        this.slack = slack;
    }

    @Override
    public Optional<String> answer(LiaisonCommand command, String teamId, String userId, String triggerId) {
        if (!(command instanceof LiaisonCommand.ConfigCalendar calendar)) {
            return Optional.empty();
        }
        if (!people.isAdmin(teamId, userId)) {
            return Optional.of("Only a head of accounts can connect or disconnect calendars.");
        }
        Provider provider = Provider.valueOf(calendar.provider().toUpperCase(Locale.ROOT));
        if (calendar.off()) {
            boolean removed = connections.remove(teamId, provider);
            String left = connections.origin(teamId, provider).isPresent()
                    ? " The operator's connection (from the environment) still applies." : "";
            return Optional.of(removed
                    ? ":white_check_mark: " + provider.label() + " is disconnected: its credentials are deleted." + left
                    : "This workspace had no " + provider.label() + " connection of its own." + left);
        }
        if (!connections.canStore()) {
            return Optional.of("I can't store credentials safely here: the operator has to set LIAISON_TOKEN_KEY"
                    + " (they are stored encrypted with it) or connect " + provider.label() + " through the environment.");
        }
        slack.openModal(teamId, triggerId, provider == Provider.GOOGLE ? ConnectionModals.google() : ConnectionModals.microsoft());
        return Optional.of("");
    }

    @Override
    public List<String> configLines(String teamId) {
        List<String> lines = new ArrayList<>();
        for (Provider provider : Provider.values()) {
            String state = connections.origin(teamId, provider)
                    .map(origin -> origin == Connections.Origin.WORKSPACE ? "connected" : "connected by the operator")
                    .orElse("not connected (`/liaison config calendar " + provider.name().toLowerCase(Locale.ROOT) + "`)");
            lines.add(provider.label() + " calendars and mail: " + state);
        }
        return lines;
    }
}
