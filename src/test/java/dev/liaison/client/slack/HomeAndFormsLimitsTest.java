package dev.liaison.client.slack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import dev.liaison.client.Client;
import dev.liaison.client.ClientFixtures;
import dev.liaison.client.HealthBand;
import dev.liaison.client.TeamDirectory;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.BlockKitLimits;
import org.junit.jupiter.api.Test;

import static dev.liaison.client.slack.ClientSurfacesLimitsTest.NOW;
import static dev.liaison.client.slack.ClientSurfacesLimitsTest.card;
import static dev.liaison.client.slack.ClientSurfacesLimitsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

/** App Home and the client forms stay within Block Kit limits, a 200-client portfolio being the largest case. */
class HomeAndFormsLimitsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static List<ClientBlocks.Row> rows(int n) {
        List<ClientBlocks.Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Client client = ClientFixtures.client("Client " + i + " <!channel> " + "x".repeat(60), NOW);
            rows.add(new ClientBlocks.Row(client, card(client).health(), i % 3 == 0, (long) i));
        }
        return rows;
    }

    @Test
    void aLeadsHomeWithTwoHundredClientsStaysWithinOneHundredBlocks() {
        List<HomeBlocks.TaskLine> tasks = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            tasks.add(new HomeBlocks.TaskLine("T-" + i, "Task <@U0VICTIM> " + "t".repeat(250), "Client " + i,
                    TODAY.plusDays(i - 20)));
        }
        List<TeamDirectory.Absence> out = new ArrayList<>();
        List<HomeBlocks.Load> loads = new ArrayList<>();
        List<TeamDirectory.PendingReallocation> pending = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            out.add(new TeamDirectory.Absence("U" + i, TODAY.plusDays(3), i % 2 == 0 ? null : "UCOVER"));
            loads.add(new HomeBlocks.Load("U" + i, 12, 10));
            pending.add(new TeamDirectory.PendingReallocation("U" + i, TODAY.plusDays(1), 7));
        }
        HomeBlocks.Home home = new HomeBlocks.Home(TODAY, rows(200), tasks, out,
                new HomeBlocks.Lead(loads, rows(200), pending));
        List<LayoutBlock> blocks = HomeBlocks.blocks(home);
        assertThat(BlockKitLimits.violations(blocks, BlockKit.VIEW_BLOCKS)).isEmpty();
        String json = json(blocks);
        assertThat(json).doesNotContain("<!channel>", "<@U0VICTIM>")
                .contains("Your clients (200)", "…and " + (200 - HomeBlocks.CLIENTS_SHOWN) + " more clients",
                        "Your open tasks (300)", "more tasks", "Out on your team", "Your team's load",
                        "12 / 10 clients :warning: over capacity", "At-risk clients of your team", "Pending reallocations");
        assertThat(json.length()).as("a Home view is at most 250 KB of JSON").isLessThan(250_000);
    }

    @Test
    void anAmsHomeOrdersClientsByUrgencyAndLeavesOutTeamSectionsWithoutData() {
        List<ClientBlocks.Row> rows = rows(5);
        List<LayoutBlock> blocks = HomeBlocks.blocks(new HomeBlocks.Home(TODAY, rows, List.of(), List.of(), null));
        assertThat(BlockKitLimits.violations(blocks, BlockKit.VIEW_BLOCKS)).isEmpty();
        String json = json(blocks);
        assertThat(json).contains("No open tasks").doesNotContain("Out on your team", "Your team's load");
        List<ClientBlocks.Row> sorted = rows.stream().sorted(HomeBlocks.URGENCY).toList();
        for (int i = 1; i < sorted.size(); i++) {
            HealthBand before = sorted.get(i - 1).health().band();
            HealthBand after = sorted.get(i).health().band();
            assertThat(before.ordinal() >= after.ordinal() || before == after).isTrue();
        }
        // due ones first among equals
        assertThat(sorted.get(0).due()).isTrue();
    }

    @Test
    void theAddEditAndMessageFormsStayWithinLimits() {
        Client maximal = ClientFixtures.maximal(NOW);
        for (var view : List.of(ClientFormModals.add("U1"), ClientFormModals.edit(maximal),
                ClientModals.logFromMessage(maximal.name(), "m".repeat(10_000), TODAY))) {
            assertThat(BlockKitLimits.violations(view.getBlocks(), BlockKit.VIEW_BLOCKS)).isEmpty();
            assertThat(view.getTitle().getText().length()).isLessThanOrEqualTo(24);
            String json = json(view.getBlocks());
            assertThat(json).doesNotContain("\"initial_value\":\"" + "m".repeat(4001));
        }
    }
}
