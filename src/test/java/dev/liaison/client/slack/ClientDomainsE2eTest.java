package dev.liaison.client.slack;

import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.BlockKitLimits;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.liaison.support.SignedSlack.selected;
import static dev.liaison.support.SignedSlack.typed;
import static dev.liaison.support.SignedSlack.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: {@code domains} was added as one field definition; /client add and set, the add and edit
 * forms and the status card all pick it up through signed requests (the CSV import: CsvImportE2eTest).
 */
class ClientDomainsE2eTest extends LiaisonE2eTest {

    String team;

    @BeforeEach
    void aWorkspace() {
        team = newTeam();
        SLACK.member(team, "UAM1", "Ana Lima", "Europe/Lisbon").member(team, "UAM2", "Ben Okafor", "UTC");
        SLACK.reset();
    }

    @Test
    void addTakesDomainsAndTheCardShowsThemLowerCasedOnce() {
        String answer = visible(command(team, "UAM1", "add Vandelay Industries domains Vandelay.com, VANDELAY.co.uk,"
                + " vandelay.com tier enterprise"));
        assertThat(answer).contains("Added *Vandelay Industries*", "*E-mail domains*\nvandelay.com, vandelay.co.uk",
                "enterprise · every 7 days");
        JsonObject card = command(team, "UAM1", "status vandelay");
        assertThat(visible(card)).contains("*E-mail domains*\nvandelay.com, vandelay.co.uk");
        assertThat(BlockKitLimits.violations(blocks(card.getAsJsonArray("blocks")), BlockKit.MESSAGE_BLOCKS)).isEmpty();
    }

    @Test
    void setReplacesTheDomainsConfirmsAndNoneClearsThem() {
        command(team, "UAM1", "add Kramerica");
        assertThat(visible(command(team, "UAM1", "status kramerica"))).doesNotContain("E-mail domains");

        assertThat(visible(command(team, "UAM1", "set kramerica domains kramerica.com,@Kramerica.io")))
                .contains(":white_check_mark: *Kramerica*'s e-mail domains are kramerica.com, kramerica.io.");
        assertThat(visible(command(team, "UAM1", "status kramerica"))).contains("kramerica.com, kramerica.io");

        assertThat(visible(command(team, "UAM1", "set kramerica domains gmail.com")))
                .contains("`gmail.com` is a public mail service");
        assertThat(visible(command(team, "UAM1", "set kramerica domains kramer@kramerica.com")))
                .contains("is an e-mail address; give only its domain, like `kramerica.com`");
        assertThat(visible(command(team, "UAM1", "status kramerica"))).contains("kramerica.com, kramerica.io");

        assertThat(visible(command(team, "UAM1", "set kramerica domains none")))
                .contains("*Kramerica* has no e-mail domains now.");
        assertThat(visible(command(team, "UAM1", "status kramerica"))).doesNotContain("E-mail domains");
    }

    @Test
    void theAddAndEditFormsHaveADomainsInputThatIsCheckedAndSaved() {
        slack().command(team, "UAM1", "/client", "add", SLACK.responseUrl("x"));
        JsonObject addForm = openedView(0);
        assertThat(blockIds(addForm)).containsSequence("hours", "domains").doesNotContain("status");

        var refused = slack().viewSubmission(team, "UAM1", "client_add_view", "", Map.of(
                "name", typed("Pendant Publishing"), "owner", user("UAM1"), "tier", selected("growth"),
                "domains", typed("pendant.com, not a domain!")));
        JsonObject errors = JsonParser.parseString(refused.body()).getAsJsonObject().getAsJsonObject("errors");
        assertThat(errors.keySet()).containsExactly("domains");
        assertThat(visible(command(team, "UAM1", "list all"))).contains("All clients (0)");

        var added = slack().viewSubmission(team, "UAM1", "client_add_view", "", Map.of(
                "name", typed("Pendant Publishing"), "owner", user("UAM1"), "tier", selected("growth"),
                "domains", typed("Pendant.com pendant.org")));
        assertThat(added.body()).contains("\"response_action\":\"update\"");
        assertThat(visible(command(team, "UAM1", "status pendant"))).contains("pendant.com, pendant.org");

        String id = clientId("pendant");
        SLACK.reset();
        slack().buttonClick(team, "UAM1", "client_edit", id, SLACK.responseUrl("x"));
        JsonObject editForm = openedView(0);
        assertThat(blockIds(editForm)).contains("domains", "status");
        assertThat(editForm.toString()).contains("\"initial_value\":\"pendant.com, pendant.org\"");

        var unchanged = slack().viewSubmission(team, "UAM1", "client_edit_view", id, Map.of(
                "name", typed("Pendant Publishing"), "owner", user("UAM1"), "tier", selected("growth"),
                "status", selected("active"), "domains", typed("pendant.com, pendant.org")));
        assertThat(unchanged.body()).contains("Nothing changed.");

        var saved = slack().viewSubmission(team, "UAM1", "client_edit_view", id, Map.of(
                "name", typed("Pendant Publishing"), "owner", user("UAM1"), "tier", selected("growth"),
                "status", selected("active"), "domains", typed("pendant.co.uk")));
        assertThat(saved.body()).contains("Changed domains.");
        assertThat(visible(command(team, "UAM1", "status pendant"))).contains("*E-mail domains*\npendant.co.uk");

        var emptied = slack().viewSubmission(team, "UAM1", "client_edit_view", id, Map.of(
                "name", typed("Pendant Publishing"), "owner", user("UAM1"), "tier", selected("growth"),
                "status", selected("active")));
        assertThat(emptied.body()).contains("Changed domains.");
        assertThat(visible(command(team, "UAM1", "status pendant"))).doesNotContain("E-mail domains");
    }

    private String clientId(String name) {
        JsonObject card = command(team, "UAM1", "status " + name);
        return card.getAsJsonArray("blocks").asList().stream().map(b -> b.getAsJsonObject())
                .filter(b -> b.get("type").getAsString().equals("actions")).findFirst().orElseThrow()
                .getAsJsonArray("elements").get(0).getAsJsonObject().get("value").getAsString();
    }

    private static JsonObject openedView(int index) {
        return JsonParser.parseString(SLACK.calls("views.open").get(index).params().get("view")).getAsJsonObject();
    }

    private static List<String> blockIds(JsonObject view) {
        return view.getAsJsonArray("blocks").asList().stream()
                .map(b -> b.getAsJsonObject().get("block_id").getAsString()).toList();
    }

    private static List<LayoutBlock> blocks(JsonArray blocks) {
        return List.of(GsonFactory.createSnakeCase().fromJson(blocks, LayoutBlock[].class));
    }
}
