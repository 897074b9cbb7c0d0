package dev.liaison.client;

import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /client set … domains} and {@code status} change which client an e-mail address belongs to at once. */
class ClientDomainLookupE2eTest extends LiaisonE2eTest {

    @Autowired
    ClientService clients;

    String team;

    @BeforeEach
    void workspace() {
        team = newTeam();
        SLACK.member(team, "UAM1", "Ana Lima", "Europe/Lisbon");
    }

    private String clientOf(String email) {
        return String.join(",", clients.withDomainOf(team, email).stream().map(Client::name).toList());
    }

    @Test
    void domainsSetByCommandAndFormFollowEveryChange() {
        command(team, "UAM1", "add Acme domains acme.com");
        command(team, "UAM1", "add Globex");
        assertThat(clientOf("jo@mail.acme.com")).isEqualTo("Acme");
        assertThat(clientOf("hank@globex.com")).isEmpty();

        command(team, "UAM1", "set globex domains globex.com, globex.de");
        assertThat(clientOf("hank@globex.de")).isEqualTo("Globex");

        command(team, "UAM1", "set acme domains acme.co.uk");
        assertThat(clientOf("jo@acme.com")).as("the old domain is gone").isEmpty();
        assertThat(clientOf("jo@acme.co.uk")).isEqualTo("Acme");

        command(team, "UAM1", "set globex status churned");
        assertThat(clientOf("hank@globex.com")).as("a churned client is nobody's touch").isEmpty();
        command(team, "UAM1", "set globex status active");
        assertThat(clientOf("hank@globex.com")).isEqualTo("Globex");
    }

    @Test
    void anotherWorkspacesClientIsNeverMatched() {
        command(team, "UAM1", "add Acme domains acme.com");
        String other = newTeam();
        SLACK.member(other, "UAM1", "Ana Lima", "Europe/Lisbon");
        assertThat(clients.withDomainOf(other, "jo@acme.com")).isEmpty();
    }
}
