package dev.liaison.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Portfolios read through the per-owner index: it follows owner changes and is built for older data. */
class ClientOwnersE2eTest extends LiaisonE2eTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ClientService clients;

    String team;

    @BeforeEach
    void workspace() {
        team = newTeam();
        SLACK.member(team, "UAM1", "Ana Lima", "Europe/Lisbon")
                .member(team, "UAM2", "Ben Okafor", "America/New_York");
    }

    private List<String> mine(String userId) {
        return clients.portfolio(team, ClientCommand.Scope.MINE, userId).stream().map(Client::name).toList();
    }

    @Test
    void aClientMovesFromItsOldOwnersPortfolioToItsNewOne() {
        command(team, "UAM1", "add Stark Industries");
        command(team, "UAM1", "add Wayne Enterprises");
        assertThat(mine("UAM1")).containsExactly("Stark Industries", "Wayne Enterprises");

        command(team, "UAM1", "set wayne owner <@UAM2>");
        assertThat(mine("UAM1")).containsExactly("Stark Industries");
        assertThat(mine("UAM2")).containsExactly("Wayne Enterprises");
        assertThat(visible(command(team, "UAM2", "list mine"))).contains("Your clients (1)", "Wayne Enterprises");

        command(team, "UAM2", "set wayne owner <@UAM1>");
        assertThat(mine("UAM1")).containsExactly("Stark Industries", "Wayne Enterprises");
        assertThat(mine("UAM2")).isEmpty();
    }

    @Test
    void clientsStoredBeforeTheIndexExistedAreFoundByTheirOwners() {
        // written straight to the database, as a deployment from before the index has them
        String older = newTeam();
        Client acme = ClientFixtures.client("Acme").stored("0000000000000000000a0001").team(older).owner("UOLD1")
                .tier(Tier.GROWTH).renewal(LocalDate.of(2027, 1, 1)).createdAt(Instant.parse("2026-01-01T00:00:00Z"))
                .build();
        Client globex = ClientFixtures.client("Globex").stored("0000000000000000000a0002").team(older).owner("UOLD2")
                .tier(Tier.GROWTH).createdAt(Instant.parse("2026-01-01T00:00:00Z")).build();
        mongo.insert(acme);
        mongo.insert(globex);

        assertThat(clients.portfolio(older, ClientCommand.Scope.MINE, "UOLD1")).extracting(Client::name)
                .containsExactly("Acme");
        assertThat(clients.portfolio(older, ClientCommand.Scope.MINE, "UOLD2")).extracting(Client::name)
                .containsExactly("Globex");
        assertThat(clients.portfolio(older, ClientCommand.Scope.MINE, "UOLD3")).isEmpty();
    }

    @Test
    void anotherWorkspacesClientIsNeverInAPortfolio() {
        command(team, "UAM1", "add Cyberdyne");
        String other = newTeam();
        SLACK.member(other, "UAM1", "Ana Lima", "Europe/Lisbon");
        assertThat(clients.portfolio(other, ClientCommand.Scope.MINE, "UAM1")).isEmpty();
        assertThat(clients.find(other, clients.portfolio(team, ClientCommand.Scope.MINE, "UAM1").get(0).id())).isEmpty();
    }
}
