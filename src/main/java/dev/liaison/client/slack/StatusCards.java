package dev.liaison.client.slack;

import java.time.Clock;

import dev.liaison.client.BudgetPaces;
import dev.liaison.client.Client;
import dev.liaison.client.ClientService;
import dev.liaison.client.CoverageLookup;
import dev.liaison.growth.GoalService;
import dev.liaison.growth.OpportunityService;
import dev.liaison.people.Caller;
import dev.liaison.people.WorkspaceSettingsService;
import dev.liaison.people.PeopleService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Builds a client's card for one viewer: their time zone, today's health and who covers it. */
@Component
class StatusCards {

    private final ClientService clients;
    private final PeopleService people;
    private final ObjectProvider<CoverageLookup> coverage;
    private final Clock clock;
    private final OpportunityService opportunities;
    private final GoalService goals;
    private final WorkspaceSettingsService settings;
    private final BudgetPaces paces;
    /** Resolved at the first card, not per card: resolving an ObjectProvider walks the bean factory each time. */
    private volatile CoverageLookup covers;

    StatusCards(ClientService clients, PeopleService people, ObjectProvider<CoverageLookup> coverage, Clock clock,
                OpportunityService opportunities, GoalService goals, WorkspaceSettingsService settings,
                BudgetPaces paces) {
        this.opportunities = opportunities;
        this.goals = goals;
        this.settings = settings;
        this.paces = paces;
        this.clients = clients;
        this.people = people;
        this.coverage = coverage;
        this.clock = clock;
    }

    /** The card for the caller of a request (resolved at its edge). */
    ClientBlocks.Card forViewer(Caller viewer, Client client) {
        CoverageLookup.Cover cover = covers().coverOf(viewer.teamId(), client.id(), viewer.today()).orElse(null);
        ClientBlocks.Growth growth = new ClientBlocks.Growth(opportunities.openFor(viewer.teamId(), client.id()),
                goals.openFor(viewer.teamId(), client.id()), settings.currency(viewer.teamId()));
        return new ClientBlocks.Card(client, clients.health(client, viewer), viewer.now(), viewer.zone(), cover, growth,
                paces.of(client).orElse(null));
    }

    private CoverageLookup covers() {
        CoverageLookup resolved = covers;
        if (resolved == null) {
            resolved = coverage.getIfAvailable(() -> CoverageLookup.NONE);
            covers = resolved;
        }
        return resolved;
    }

    /** The card for someone whose caller a listener has not resolved yet (a single card per request). */
    ClientBlocks.Card forViewer(String teamId, String viewerId, Client client) {
        return forViewer(people.caller(teamId, viewerId), client);
    }
}
