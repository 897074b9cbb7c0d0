package dev.liaison.client.slack;

import java.util.List;

import dev.liaison.support.DatabaseRoundTrips;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many database round trips a warm {@code /client status} and {@code /client list mine} make
 * (docs/benchmarks.md, "Where the time of /client status goes"): counted by a driver listener, the same
 * way the benchmark counts them. A count, not a timing.
 */
class CardRoundTripsE2eTest extends LiaisonE2eTest {

    @Autowired
    DatabaseRoundTrips roundTrips;

    String team;

    @BeforeEach
    void workspace() {
        team = newTeam();
        SLACK.member(team, "UAM1", "Ana Lima", "Europe/Lisbon").member(team, "UAM2", "Ben Okafor", "America/New_York");
        command(team, "UAM1", "add Acme Corp hours 40 backup <@UAM2>");
        command(team, "UAM1", "add Globex");
        command(team, "UAM1", "opp Acme Corp Website redesign $12,000 close Dec 20");
        command(team, "UAM1", "goal Acme Corp Launch the EU store");
    }

    private List<DatabaseRoundTrips.Trip> tripsOf(String text) {
        command(team, "UAM1", text);
        // a second time: the first may fill what is cached
        roundTrips.clear();
        String answer = visible(command(team, "UAM1", text));
        assertThat(answer).doesNotContain("went wrong");
        return roundTrips.ofRequests();
    }

    /** What is not a version check: those ({@code sequences}: one read for all of a workspace's) come at most every 250 ms, not per command. */
    private static List<String> reads(List<DatabaseRoundTrips.Trip> trips) {
        return trips.stream().filter(t -> !t.collection().equals("sequences")).map(DatabaseRoundTrips.Trip::toString).toList();
    }

    @Test
    void statusReadsTheClientAndNothingElse() {
        // the caller, the heads of accounts, the currency, the owner's working days, the client's open
        // opportunities and goals are all cached: before, 11 round trips (people ×3, settings ×5, opportunities,
        // goals, the client)
        List<DatabaseRoundTrips.Trip> trips = tripsOf("status Acme Corp");
        assertThat(reads(trips)).containsExactly("find clients");
        assertThat(trips).hasSizeLessThanOrEqualTo(1 + 1);
    }

    @Test
    void listMineReadsThePortfolioAndNothingElse() {
        // before: 6 (people ×2, settings ×2, the owner's index, the clients)
        List<DatabaseRoundTrips.Trip> trips = tripsOf("list mine");
        assertThat(reads(trips)).containsExactly("find client_owners", "find clients");
        assertThat(trips).hasSizeLessThanOrEqualTo(2 + 1);
    }
}
