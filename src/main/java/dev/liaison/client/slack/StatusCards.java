package dev.liaison.client.slack;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.liaison.client.Client;
import dev.liaison.client.ClientService;
import dev.liaison.client.CoverageLookup;
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

    StatusCards(ClientService clients, PeopleService people, ObjectProvider<CoverageLookup> coverage, Clock clock) {
        this.clients = clients;
        this.people = people;
        this.coverage = coverage;
        this.clock = clock;
    }

    ClientBlocks.Card forViewer(String teamId, String viewerId, Client client) {
        ZoneId zone = people.zoneOf(teamId, viewerId);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        CoverageLookup.Cover cover = coverage.getIfAvailable(() -> CoverageLookup.NONE)
                .coverOf(teamId, client.id(), today).orElse(null);
        return new ClientBlocks.Card(client, clients.health(client, zone), clock.instant(), zone, cover);
    }
}
