package dev.liaison.warmup;

import java.util.ArrayList;
import java.util.List;

import dev.liaison.client.Client;
import dev.liaison.client.ClientCommand;
import dev.liaison.client.ClientService;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import org.springframework.stereotype.Component;

/**
 * Picks who the warm-up speaks as: a member of a workspace Liaison serves whose stored profile is fresh
 * (an access check then asks Slack nothing: no users.info), preferring one who owns clients, so
 * {@code /client status} draws a real card. Only reads.
 */
@Component
class WarmUpTargets {

    private final PeopleService people;
    private final ClientService clients;

    WarmUpTargets(PeopleService people, ClientService clients) {
        this.people = people;
        this.clients = clients;
    }

    WarmUpPlan plan() {
        Person withoutClients = null;
        for (String teamId : people.workspaces()) {
            for (Person member : people.members(teamId)) {
                if (!people.knownWithoutAsking(member)) {
                    continue;
                }
                List<Client> owned = clients.portfolio(teamId, ClientCommand.Scope.MINE, member.userId());
                if (!owned.isEmpty()) {
                    return new WarmUpPlan(teamId, member.userId(), commands(owned), "/client status, list mine and"
                            + " help as an owner of " + owned.size() + " client(s) in workspace " + teamId);
                }
                if (withoutClients == null) {
                    withoutClients = member;
                }
            }
        }
        if (withoutClients != null) {
            return new WarmUpPlan(withoutClients.teamId(), withoutClients.userId(), List.of("list mine", "help"),
                    "/client list mine and help only: no member known within a day owns a client (workspace "
                            + withoutClients.teamId() + ")");
        }
        return WarmUpPlan.endpointOnly("url_verification only: no workspace has a member whose profile is known"
                + " within a day, and asking Slack for one would be a Web API call");
    }

    /** Status of each of the first few clients in turn, with the list and help between them. */
    private static List<String> commands(List<Client> owned) {
        List<String> commands = new ArrayList<>();
        for (Client client : owned.subList(0, Math.min(3, owned.size()))) {
            commands.add("status " + client.name());
            commands.add("status " + client.name());
        }
        commands.add("list mine");
        commands.add("help");
        return commands;
    }
}
