package dev.liaison.client.slack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import dev.liaison.client.Client;
import dev.liaison.client.ClientFixtures;
import dev.liaison.client.ClientHealthInputs;
import dev.liaison.client.HealthScore;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.BlockKitLimits;
import dev.liaison.slack.Mrkdwn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every client surface stays within Block Kit limits and escapes what people typed, however big the data. */
class ClientSurfacesLimitsTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static ClientBlocks.Card card(Client client) {
        return new ClientBlocks.Card(client,
                HealthScore.of(ClientHealthInputs.of(client, NOW, LocalDate.ofInstant(NOW, ZoneOffset.UTC))),
                NOW, ZoneOffset.UTC);
    }

    static String json(List<LayoutBlock> blocks) {
        // without HTML escaping, so "<" in the JSON is exactly what Slack would receive
        return GsonFactory.createSnakeCase().newBuilder().disableHtmlEscaping().create().toJson(blocks);
    }

    @Test
    void aMaximalCardStaysWithinLimitsAndPingsNobody() {
        List<LayoutBlock> blocks = ClientBlocks.statusCard(card(ClientFixtures.maximal(NOW)), true);
        assertThat(BlockKitLimits.violations(blocks, BlockKit.MESSAGE_BLOCKS)).isEmpty();
        String json = json(blocks);
        assertThat(json).doesNotContain("<!channel>", "<!here>", "<@U0VICTIM>")
                .contains("&lt;!channel&gt; &amp; &lt;@U0VICTIM&gt;")
                .contains("…and " + (500 - ClientBlocks.TASKS_SHOWN) + " more");
        List<LayoutBlock> modal = new ArrayList<>(
                ClientModals.logTouch(ClientFixtures.maximal(NOW), LocalDate.of(2026, 11, 23)).getBlocks());
        assertThat(BlockKitLimits.violations(modal, BlockKit.VIEW_BLOCKS)).isEmpty();
    }

    @Test
    void aNewClientsCardIsSmallAndComplete() {
        List<LayoutBlock> blocks = ClientBlocks.statusCard(card(ClientFixtures.client("Acme", NOW)), true);
        assertThat(BlockKitLimits.violations(blocks, BlockKit.MESSAGE_BLOCKS)).isEmpty();
        assertThat(json(blocks)).contains("\"type\":\"header\"", "Acme", "<@U0OWNER1>", "client_log",
                "client_add_task", "client_share", "No touches logged yet");
    }

    @Test
    void aPortfolioOfTwoThousandClientsEndsWithAndNMore() {
        List<ClientBlocks.Row> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Client client = ClientFixtures.client("Client number " + i + " <!channel>", NOW);
            rows.add(new ClientBlocks.Row(client, card(client).health(), true, (long) i));
        }
        List<LayoutBlock> blocks = ClientBlocks.portfolio(Mrkdwn.of("All clients"), rows, Mrkdwn.of("none"));
        assertThat(BlockKitLimits.violations(blocks, BlockKit.MESSAGE_BLOCKS)).isEmpty();
        String json = json(blocks);
        assertThat(json).doesNotContain("<!channel>").containsPattern("…and \\d+ more clients");
        int shown = json.split("Client number ").length - 1;
        assertThat(json).contains("…and " + (2000 - shown) + " more clients");
        assertThat(ClientBlocks.portfolio(Mrkdwn.of("Your clients"), List.of(), Mrkdwn.of("Nothing yet."))).hasSize(2);
    }
}
