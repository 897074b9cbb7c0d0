package dev.liaison.client.slack;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import com.sun.net.httpserver.HttpServer;
import dev.liaison.client.ClientImport;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.BlockKitLimits;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.Fixtures;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A CSV of clients uploaded in the bot's DM: imported, reported row by row, idempotent, refused whole when it must be. */
class CsvImportE2eTest extends LiaisonE2eTest {

    String team;

    @BeforeEach
    void aWorkspace() {
        team = newTeam();
        SLACK.member(team, "UAM1", "Ana Lima", "Europe/Lisbon").member(team, "UAM2", "Ben Okafor", "UTC")
                .email("UAM2", "ben@agency.example").guest(team, "UGUEST", "Gus Guest");
        SLACK.reset();
    }

    /** A file_share message in the DM, shaped like the channel message fixture. */
    private void upload(String name, String content) {
        String id = "F" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        JsonObject shared = SLACK.sharedFile(id, name, content.getBytes(StandardCharsets.UTF_8));
        share(id, name, content.length(), shared.get("url_private").getAsString());
    }

    /** The file_share event for a file, with whatever url_private the event claims. */
    private void share(String id, String name, int size, String eventUrl) {
        JsonObject event = Fixtures.json("slack/message_channels_bolt_java_real.json").getAsJsonObject()
                .getAsJsonObject("event").deepCopy();
        event.addProperty("subtype", "file_share");
        event.addProperty("channel", "D0LIAISON");
        event.addProperty("channel_type", "im");
        event.addProperty("user", "UAM1");
        event.addProperty("team", team);
        event.addProperty("text", "");
        event.addProperty("upload", true);
        JsonObject file = new JsonObject();
        file.addProperty("id", id);
        file.addProperty("name", name);
        file.addProperty("filetype", "csv");
        file.addProperty("mimetype", "text/csv");
        file.addProperty("size", size);
        file.addProperty("url_private", eventUrl);
        JsonArray files = new JsonArray();
        files.add(file);
        event.add("files", files);
        int before = SLACK.calls("chat.postMessage").size();
        assertThat(slack().event(team, "EvF" + UUID.randomUUID(), event, null).statusCode()).isEqualTo(200);
        // the report goes through the delivery queue, one message a second in the DM
        await().atMost(Duration.ofSeconds(10)).until(() -> clock.advanceThen(Duration.ofMillis(500))
                && SLACK.calls("chat.postMessage").size() > before);
    }

    /**
     * Issue 15 item 3: the bot token goes only to Slack's file host, for a file Slack describes by its
     * id (files.info), never to a URL an event names, an external file's, or a redirect elsewhere; and
     * no answer is quoted back. The "elsewhere" is a local server standing for any host (the
     * management port, a cloud metadata address…), answering with something secret.
     */
    @Test
    void theBotTokenGoesOnlyToSlacksFileHostAndNoAnswerIsEchoed() throws Exception {
        List<String> stolen = new CopyOnWriteArrayList<>();
        HttpServer elsewhere = HttpServer.create(
                new InetSocketAddress("127.0.0.1", 0), 0);
        elsewhere.createContext("/", exchange -> {
            stolen.add(exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = "name,secret\nINTERNAL-ANSWER,1\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        elsewhere.start();
        String evil = "http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/actuator/env";
        try {
            // the event names another URL: files.info's is used, and the import works
            String id = "FREAL" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            SLACK.sharedFile(id, "real.csv", "name\nReal Client\n".getBytes(StandardCharsets.UTF_8));
            share(id, "real.csv", 17, evil);
            assertThat(reportText()).contains("1 created");

            // files.info itself pointing elsewhere, an external file, a redirect to another host
            String pointed = "FPOINT" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
            JsonObject info = SLACK.sharedFile(pointed, "pointed.csv", "name\nX\n".getBytes(StandardCharsets.UTF_8));
            info.addProperty("url_private_download", evil);
            share(pointed, "pointed.csv", 8, evil);
            assertThat(reportText()).contains("didn't fetch it", "Nothing was imported");

            String external = "FEXT" + UUID.randomUUID().toString().substring(0, 7).toUpperCase();
            JsonObject linked = SLACK.sharedFile(external, "drive.csv", new byte[0]);
            linked.addProperty("is_external", true);
            linked.addProperty("mode", "external");
            linked.addProperty("url_private", evil);
            linked.addProperty("url_private_download", evil);
            share(external, "drive.csv", 0, evil);
            assertThat(reportText()).contains("uploaded to Slack itself", "Nothing was imported");

            String moved = "FMOVE" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            JsonObject redirected = SLACK.sharedFile(moved, "moved.csv", "name\nY\n".getBytes(StandardCharsets.UTF_8));
            SLACK.redirectFile(redirected.get("url_private").getAsString(), evil);
            share(moved, "moved.csv", 8, evil);
            assertThat(reportText()).contains("didn't fetch it");

            // from Slack's own host, a file that is no client list: refused without quoting it
            upload("tokens.csv", "access_token,xoxb-LEAKED-1\n");
            assertThat(reportText()).contains("Nothing imported").doesNotContainIgnoringCase("leaked");
            upload("answer.json", "{\"ok\":true,\"access_token\":\"xoxb-LEAKED-2\"}\n");
            assertThat(reportText()).contains("Nothing imported").doesNotContainIgnoringCase("leaked");
        } finally {
            elsewhere.stop(0);
        }
        assertThat(stolen).as("requests that reached the other host").isEmpty();
        assertThat(SLACK.calls("chat.postMessage")).noneMatch(c -> c.body().contains("INTERNAL-ANSWER"));
        assertThat(visible(command(team, "UAM1", "list all"))).contains("Real Client").doesNotContain("INTERNAL-ANSWER");
    }

    private static FakeSlackWebApi.Call lastReport() {
        List<FakeSlackWebApi.Call> posted = SLACK.calls("chat.postMessage");
        return posted.get(posted.size() - 1);
    }

    private static String reportText() {
        FakeSlackWebApi.Call call = lastReport();
        assertThat(call.params().get("channel")).isEqualTo("D0LIAISON");
        String blocks = call.params().get("blocks");
        if (blocks != null) {
            List<LayoutBlock> parsed = List.of(GsonFactory.createSnakeCase().fromJson(
                    JsonParser.parseString(blocks).getAsJsonArray(), LayoutBlock[].class));
            assertThat(BlockKitLimits.violations(parsed, BlockKit.MESSAGE_BLOCKS)).isEmpty();
        }
        return call.params().get("text") + "\n" + blocks;
    }

    static final String FILE = """
            name,owner_email,owner_id,tier,cadence_days,renewal,retainer,budget_hours,aliases
            Vandelay Industries,ben@agency.example,,enterprise,,2027-01-31,"$5,000",40,Vandelay;VI
            Kramerica,,UAM1,standard,10,,,,
            Pendant Publishing,nobody@agency.example,,growth,,,,,
            Monk's Café,,,platinum,,,,,
            Guest Corp,,UGUEST,,,,,,
            """;

    @Test
    void aFileOfClientsIsImportedWithAReasonForEachRejectedRowAndTheSameFileTwiceChangesNothing() {
        upload("clients.csv", FILE);
        assertThat(SLACK.calls("file").get(0).params().get("authorization")).isEqualTo("Bearer xoxb-test-token");
        assertThat(SLACK.calls("users.lookupByEmail")).hasSize(2);
        String report = reportText();
        assertThat(report).contains("2 created, 0 updated, 0 unchanged, 3 rejected",
                "nobody in this workspace has the e-mail nobody@agency.example", "platinum", "guest");
        String card = visible(command(team, "UAM1", "status vi"));
        assertThat(card).contains("Vandelay Industries", "<@UAM2>", "enterprise · every 7 days", "2027-01-31",
                "5,000 / month", "0 / 40 h");
        assertThat(visible(command(team, "UAM1", "status kramerica"))).contains("standard · every 10 days");

        upload("clients.csv", FILE);
        assertThat(reportText()).contains("0 created, 0 updated, 2 unchanged, 3 rejected");
        assertThat(visible(command(team, "UAM1", "list all"))).contains("All clients (2)");

        upload("changes.csv", "name,tier\nvandelay industries,growth\n");
        assertThat(reportText()).contains("0 created, 1 updated", "changed tier");
    }

    /** Issue 17: a field's own column, read through its definition (domains was added as one). */
    @Test
    void theDomainsColumnIsImportedCheckedAndChangedOnlyWhenItDiffers() {
        String file = "name,owner_id,domains\nVandelay Industries,UAM1,\"Vandelay.com, vandelay.co.uk\"\n"
                + "Kramerica,UAM1,kramerica.com;KRAMERICA.com\nPendant Publishing,UAM1,pendant@pendant.com\n";
        upload("domains.csv", file);
        assertThat(reportText()).contains("2 created, 0 updated, 0 unchanged, 1 rejected", "e-mail address");
        assertThat(visible(command(team, "UAM1", "status vandelay"))).contains("*E-mail domains*\nvandelay.com, vandelay.co.uk");
        assertThat(visible(command(team, "UAM1", "status kramerica"))).contains("*E-mail domains*\nkramerica.com\n");

        upload("domains.csv", file);
        assertThat(reportText()).contains("0 created, 0 updated, 2 unchanged, 1 rejected");

        upload("more.csv", "name,domains\nkramerica,kramerica.com|kramerica.io\n");
        assertThat(reportText()).contains("0 created, 1 updated", "changed domains");
        assertThat(visible(command(team, "UAM1", "status kramerica"))).contains("kramerica.com, kramerica.io");
    }

    /** Issue 19: the client update cadence's column, weeks as a bare number or `2w`. */
    @Test
    void theUpdateWeeksColumnSetsTheClientUpdateCadence() {
        upload("updates.csv", "name,owner_id,update_weeks\nVandelay Industries,UAM1,4\nKramerica,UAM1,2w\n"
                + "Pendant Publishing,UAM1,10d\n");
        assertThat(reportText()).contains("2 created, 0 updated, 0 unchanged, 1 rejected", "whole number of weeks");
        assertThat(visible(command(team, "UAM1", "status vandelay"))).contains("*Client update*\nevery 4 weeks");
        assertThat(visible(command(team, "UAM1", "status kramerica"))).contains("*Client update*\nevery 2 weeks");
    }

    /** /liaison import names the same columns the import reads. */
    @Test
    void theImportHelpNamesEveryColumn() {
        var help = slack().command(team, "UAM1", "/liaison", "import", SLACK.responseUrl("x"));
        assertThat(help.body()).contains(ClientImport.COLUMNS_TEXT);
    }

    @Test
    void aMalformedFileGetsAClearAnswerAndImportsNothing() {
        upload("bad.csv", "customer,owner\nAcme,someone\n");
        assertThat(reportText()).contains("Nothing imported", "`name`");
        upload("bad2.csv", "name,tier\n\"Acme,growth\n");
        assertThat(reportText()).contains("Nothing imported", "couldn't read that file as CSV");
        assertThat(visible(command(team, "UAM1", "list all"))).contains("All clients (0)");
    }

    @Test
    void aTenThousandRowFileIsRefusedWholeWithAClearAnswer() {
        StringBuilder big = new StringBuilder("name,tier\n");
        for (int i = 0; i < 10_000; i++) {
            big.append("Client ").append(i).append(",growth\n");
        }
        upload("big.csv", big.toString());
        assertThat(reportText()).contains("more than 2000 rows", "nothing was imported");
        assertThat(visible(command(team, "UAM1", "list all"))).contains("All clients (0)");
    }
}
