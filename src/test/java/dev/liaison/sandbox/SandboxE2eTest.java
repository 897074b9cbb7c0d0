package dev.liaison.sandbox;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import dev.liaison.client.BudgetPaces;
import dev.liaison.client.Client;
import dev.liaison.client.ClientCommand;
import dev.liaison.client.ClientService;
import dev.liaison.ooo.Absence;
import dev.liaison.ooo.AbsenceService;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.support.SignedSlack;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sandbox over HTTP only, as the page uses it: the demo agency is real data, what the page does
 * reaches Liaison signed through /slack/events, and Slack's side (ephemeral answers, modals,
 * DMs, the escalation channel, App Home) is kept by the stand-in.
 */
class SandboxE2eTest extends SandboxTestSupport {

    static final String TEAM = DemoAgency.TEAM;

    @Autowired
    Slack slack;
    @Autowired
    Environment environment;
    @Autowired
    PeopleService people;
    @Autowired
    ClientService clients;
    @Autowired
    AbsenceService absences;
    @Autowired
    BudgetPaces paces;
    @Autowired
    Clock clock;

    @Test
    void thePageIsServedAndTheWebApiClientPointsAtTheStandIn() {
        HttpResponse<String> page = get("/sandbox");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("Liaison sandbox", "demo data", "TDEMO00001", "/sandbox/sandbox.js");
        assertThat(get("/sandbox/sandbox.js").body()).contains("function renderBlock");
        assertThat(slack.getConfig().getMethodsEndpointUrlPrefix()).isEqualTo(base() + "/sandbox/api/");
        assertThat(JsonParser.parseString(get("/sandbox/jobs").body()).getAsJsonArray().toString())
                .contains("daily-digest", "checkin-nudges", "ooo-watch", "escalation-timers");
    }

    /** Issue 15 item 2: the sandbox has no login, so only this machine reaches it. */
    @Test
    void theSandboxListensOnLoopbackOnly() throws Exception {
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        InetAddress elsewhere = Collections.list(NetworkInterface.getNetworkInterfaces())
                .stream().flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && a instanceof Inet4Address).findFirst().orElse(null);
        Assumptions.assumeTrue(elsewhere != null, "this machine has no other address to try");
        try (Socket socket = new Socket()) {
            Assertions.assertThatThrownBy(() -> socket.connect(
                    new InetSocketAddress(elsewhere, port), 2000)).isInstanceOf(IOException.class);
        }
        assertThat(get("/sandbox").statusCode()).isEqualTo(200);
    }

    @Test
    void theDemoAgencyIsRealDataInItsOwnWorkspace() {
        List<Person> members = people.members(TEAM);
        assertThat(members).hasSize(11);
        assertThat(people.isAdmin(TEAM, DemoAgency.HEAD)).as("the head of accounts is an admin").isTrue();
        assertThat(people.isAdmin(TEAM, "UDEMOAM001")).isFalse();
        assertThat(people.ledBy(TEAM, DemoAgency.HEAD)).extracting(Person::userId)
                .containsExactlyInAnyOrder("UDEMOLEAD1", "UDEMOLEAD2");
        assertThat(people.ledBy(TEAM, "UDEMOLEAD1")).hasSize(4);
        assertThat(people.ledBy(TEAM, "UDEMOLEAD2")).hasSize(4);
        Set<ZoneId> amZones = members.stream().filter(p -> p.userId().startsWith("UDEMOAM")).map(Person::zone)
                .collect(Collectors.toSet());
        assertThat(amZones).as("eight account managers in eight time zones").hasSize(8);

        List<Client> portfolio = clients.portfolio(TEAM, ClientCommand.Scope.ALL, DemoAgency.HEAD);
        assertThat(portfolio).hasSize(30);
        assertThat(portfolio.stream().map(Client::tier).distinct()).hasSize(3);
        assertThat(portfolio).allSatisfy(c -> assertThat(c.touchCount()).isPositive());
        assertThat(portfolio.stream().mapToInt(c -> c.openTasks().size()).sum()).isPositive();
        LocalDate today = LocalDate.now(clock);
        assertThat(portfolio).filteredOn(c -> c.renewal() != null && c.renewal().isBefore(today.plusDays(60))).isNotEmpty();
        assertThat(portfolio.stream().mapToInt(c -> c.openEscalations().size()).sum()).isEqualTo(1);
        // issue 19: a client update due (never posted) on a client with a shared channel, and a budget overrun
        Client acme = portfolio.stream().filter(c -> c.name().equals("Acme Corp")).findFirst().orElseThrow();
        assertThat(acme.updateDue(clock.instant())).isTrue();
        assertThat(acme.channelIds()).containsExactly(SandboxWorkspace.ACME_SHARED);
        Client burning = portfolio.stream().filter(c -> c.name().equals(DemoAgency.CLIENTS.get(DemoAgency.OVERRUN_CLIENT)))
                .findFirst().orElseThrow();
        assertThat(paces.of(burning)).hasValueSatisfying(p -> assertThat(p.overrun()).isTrue());

        LocalDate monday = LocalDate.now(clock.withZone(ZoneId.of("Europe/Dublin"))).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        assertThat(absences.of(TEAM, DemoAgency.AWAY_NEXT_WEEK)).extracting(Absence::fromDate)
                .as("one person out next week").contains(monday);

        // the open escalation's parent is in the escalation channel (it goes there through the delivery queue)
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                messages(state("UDEMOHEAD1"), SandboxWorkspace.ESCALATIONS)).isNotEmpty());
    }

    @Test
    void requestsReachLiaisonSignedWithThisRunsSecretAndNothingElse() {
        HttpResponse<String> forged = new SignedSlack(base() + "/slack/events", "not0the0secret0of0this0run000000",
                Clock.systemUTC()).command(TEAM, "UDEMOAM001", "/client", "status acme", base() + "/sandbox/hooks/x");
        assertThat(forged.statusCode()).as("a request signed with another secret").isEqualTo(401);

        JsonObject outcome = JsonParser.parseString(post("/sandbox/command",
                "{\"user\":\"UDEMOAM001\",\"text\":\"/client status acme\"}").body()).getAsJsonObject();
        assertThat(outcome.get("status").getAsInt()).isEqualTo(200);
        JsonObject answer = lastAnswer("UDEMOAM001");
        assertThat(answer.get("command").getAsString()).isEqualTo("/client status acme");
        assertThat(answer.get("blocks").toString()).contains("Acme Corp", "Health", "Log interaction");
    }

    @Test
    void aTouchIsLoggedThroughTheModalFromTheStatusCard() {
        post("/sandbox/command", "{\"user\":\"UDEMOAM002\",\"text\":\"/client status globex\"}");
        JsonObject answer = lastAnswer("UDEMOAM002");
        JsonObject[] log = element(answer.get("blocks"), "client_log").orElseThrow();
        JsonObject click = new JsonObject();
        click.addProperty("user", "UDEMOAM002");
        JsonObject where = new JsonObject();
        where.addProperty("kind", "answer");
        where.addProperty("answerId", answer.get("id").getAsString());
        click.add("where", where);
        JsonObject action = log[1].deepCopy();
        action.addProperty("block_id", log[0].get("block_id").getAsString());
        click.add("action", action);
        assertThat(post("/sandbox/action", click.toString()).statusCode()).isEqualTo(200);

        JsonObject modal = state("UDEMOAM002").getAsJsonObject("modal");
        assertThat(modal.get("callback_id").getAsString()).isEqualTo("client_log_view");

        String values = """
                {"type":{"value":{"type":"static_select","selected_option":{"value":"meeting"}}},
                 "sentiment":{"value":{"type":"static_select","selected_option":{"value":"positive"}}},
                 "duration":{"value":{"type":"plain_text_input","value":"1h"}},
                 "date":{"value":{"type":"datepicker","selected_date":null}},
                 "summary":{"value":{"type":"plain_text_input","value":"Sandbox e2e: agreed the spring plan"}}}""";
        post("/sandbox/submit", "{\"user\":\"UDEMOAM002\",\"values\":" + values + "}");

        JsonObject after = state("UDEMOAM002").getAsJsonObject("modal");
        assertThat(after.get("title").toString()).contains("Logged");
        Client globex = clients.portfolio(TEAM, ClientCommand.Scope.ALL, DemoAgency.HEAD).stream()
                .filter(c -> c.name().equals("Globex")).findFirst().orElseThrow();
        assertThat(globex.recentTouches()).extracting(Client.TouchSummary::summary)
                .contains("Sandbox e2e: agreed the spring plan");
    }

    @Test
    void aFormAnsweredWithErrorsShowsThemUnderTheirBlocks() {
        post("/sandbox/command", "{\"user\":\"UDEMOAM007\",\"text\":\"/client status initech\"}");
        JsonObject answer = lastAnswer("UDEMOAM007");
        JsonObject[] log = element(answer.get("blocks"), "client_log").orElseThrow();
        JsonObject action = log[1].deepCopy();
        action.addProperty("block_id", log[0].get("block_id").getAsString());
        post("/sandbox/action", "{\"user\":\"UDEMOAM007\",\"where\":{\"kind\":\"answer\",\"answerId\":\""
                + answer.get("id").getAsString() + "\"},\"action\":" + action + "}");
        post("/sandbox/submit", "{\"user\":\"UDEMOAM007\",\"values\":{\"summary\":{\"value\":{\"type\":\"plain_text_input\",\"value\":null}}}}");
        JsonObject modal = state("UDEMOAM007").getAsJsonObject("modal");
        assertThat(modal.get("callback_id").getAsString()).isEqualTo("client_log_view");
        assertThat(modal.getAsJsonObject("sandbox_errors").get("summary").getAsString()).contains("few words");
        post("/sandbox/close", "{\"user\":\"UDEMOAM007\"}");
        assertThat(state("UDEMOAM007").get("modal").isJsonNull()).isTrue();
    }

    @Test
    void runNowSendsTheDigestThroughTheQueueToTheDm() {
        HttpResponse<String> run = post("/sandbox/jobs/daily-digest", "{}");
        assertThat(run.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(messages(state("UDEMOAM003"), "DDEMOAM003"))
                .anySatisfy(m -> assertThat(m.get("blocks").toString()).contains("Your day")));
        assertThat(post("/sandbox/jobs/no-such-job", "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void aTeamReportShowsItsChartAndCsvInTheDm() {
        post("/sandbox/command", "{\"user\":\"UDEMOLEAD1\",\"text\":\"/client report\"}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(messages(state("UDEMOLEAD1"), "DDEMOLEAD1"))
                .anySatisfy(m -> assertThat(m.get("blocks").toString()).contains("\"image\"", "/sandbox/files/"))
                .anySatisfy(m -> assertThat(m.get("blocks").toString()).contains(".csv")));
        String image = messages(state("UDEMOLEAD1"), "DDEMOLEAD1").stream()
                .map(m -> m.get("blocks").toString()).filter(b -> b.contains("\"image\"")).findFirst().orElseThrow();
        String url = image.replaceAll(".*\"image_url\":\"([^\"]+)\".*", "$1");
        assertThat(url).contains("/sandbox/files/");
    }

    @Test
    void anOutOfOfficePlanIsApprovedWithApplyAll() {
        post("/sandbox/command", "{\"user\":\"UDEMOAM004\",\"text\":\"/ooo tomorrow\"}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(messages(state("UDEMOLEAD1"), "DDEMOLEAD1"))
                .anySatisfy(m -> assertThat(element(m.get("blocks"), "ooo_apply_all")).isPresent()));
        JsonObject prompt = messages(state("UDEMOLEAD1"), "DDEMOLEAD1").stream()
                .filter(m -> element(m.get("blocks"), "ooo_apply_all").isPresent()).reduce((a, b) -> b).orElseThrow();
        JsonObject[] apply = element(prompt.get("blocks"), "ooo_apply_all").orElseThrow();
        JsonObject action = apply[1].deepCopy();
        action.addProperty("block_id", apply[0].get("block_id").getAsString());
        HttpResponse<String> click = post("/sandbox/action", "{\"user\":\"UDEMOLEAD1\",\"where\":{\"kind\":\"message\",\"channel\":\"DDEMOLEAD1\",\"ts\":\""
                + prompt.get("ts").getAsString() + "\"},\"action\":" + action + "}");
        assertThat(click.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonObject replaced = messages(state("UDEMOLEAD1"), "DDEMOLEAD1").stream()
                    .filter(m -> m.get("ts").getAsString().equals(prompt.get("ts").getAsString())).findFirst().orElseThrow();
            assertThat(replaced.get("blocks").toString()).contains("applied by").doesNotContain("ooo_apply_all");
        });
    }

    @Test
    void buttonsStillWorkOnAnEscalationLiaisonHasEdited() {
        post("/sandbox/command", "{\"user\":\"UDEMOAM003\",\"text\":\"/escalate cyberdyne p3 Sandbox e2e: the feed is broken\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> escalationParent("the feed is broken") != null);
        JsonObject parent = escalationParent("the feed is broken");
        String ts = parent.get("ts").getAsString();

        assertThat(clickOn("UDEMOAM003", SandboxWorkspace.ESCALATIONS, parent, "escalation_ack")).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> escalationParent("the feed is broken").has("edited"));
        JsonObject acknowledged = escalationParent("the feed is broken");
        assertThat(acknowledged.get("ts").getAsString()).isEqualTo(ts);
        assertThat(acknowledged.get("blocks").toString()).contains("acknowledged by").doesNotContain("escalation_ack");

        // the click Bolt could not read while the stand-in marked edits with "edited": true
        assertThat(clickOn("UDEMOAM003", SandboxWorkspace.ESCALATIONS, acknowledged, "escalation_resolve")).isEqualTo(200);
        JsonObject modal = state("UDEMOAM003").getAsJsonObject("modal");
        assertThat(modal.get("callback_id").getAsString()).isEqualTo("escalation_resolve_view");
        post("/sandbox/submit", "{\"user\":\"UDEMOAM003\",\"values\":{\"note\":{\"value\":{\"type\":\"plain_text_input\","
                + "\"value\":\"Feed restarted, client told\"}}}}");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(escalationParent("the feed is broken")
                .get("blocks").toString()).contains("resolved by", "Feed restarted").contains("escalation_reopen"));
    }

    private JsonObject escalationParent(String summary) {
        return messages(state("UDEMOHEAD1"), SandboxWorkspace.ESCALATIONS).stream()
                .filter(m -> !m.has("thread_ts") || m.get("thread_ts").getAsString().equals(m.get("ts").getAsString()))
                .filter(m -> m.get("blocks").toString().contains(summary)).findFirst().orElse(null);
    }

    /** Clicks the element with this action id on a message, as the page does; the outcome's HTTP status. */
    private int clickOn(String user, String channel, JsonObject message, String actionId) {
        JsonObject[] found = element(message.get("blocks"), actionId).orElseThrow(() -> new AssertionError(
                "no " + actionId + " on " + message.get("blocks")));
        JsonObject action = found[1].deepCopy();
        action.addProperty("block_id", found[0].get("block_id").getAsString());
        HttpResponse<String> click = post("/sandbox/action", "{\"user\":\"" + user + "\",\"where\":{\"kind\":\"message\","
                + "\"channel\":\"" + channel + "\",\"ts\":\"" + message.get("ts").getAsString() + "\"},\"action\":" + action + "}");
        assertThat(click.statusCode()).isEqualTo(200);
        return JsonParser.parseString(click.body()).getAsJsonObject().get("status").getAsInt();
    }

    @Test
    void appHomeOpensAndThreadRepliesReachTheEscalation() {
        post("/sandbox/home", "{\"user\":\"UDEMOLEAD2\"}");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(state("UDEMOLEAD2").get("home").isJsonObject()).isTrue());
        assertThat(state("UDEMOLEAD2").getAsJsonObject("home").get("blocks").getAsJsonArray()).isNotEmpty();

        await().atMost(Duration.ofSeconds(15)).until(() -> !messages(state("UDEMOHEAD1"), SandboxWorkspace.ESCALATIONS).isEmpty());
        JsonObject parent = messages(state("UDEMOHEAD1"), SandboxWorkspace.ESCALATIONS).get(0);
        HttpResponse<String> reply = post("/sandbox/say", "{\"user\":\"UDEMOHEAD1\",\"channel\":\"CDEMOESCAL\",\"threadTs\":\""
                + parent.get("ts").getAsString() + "\",\"text\":\"Looking at it with @hugo.silva\"}");
        assertThat(JsonParser.parseString(reply.body()).getAsJsonObject().get("status").getAsInt()).isEqualTo(200);
        assertThat(messages(state("UDEMOAM001"), SandboxWorkspace.ESCALATIONS))
                .anySatisfy(m -> {
                    assertThat(m.has("thread_ts") && m.get("thread_ts").getAsString().equals(parent.get("ts").getAsString())).isTrue();
                    assertThat(m.get("text").getAsString()).isEqualTo("Looking at it with <@UDEMOAM008|hugo.silva>");
                });
    }

    @Test
    void theStandInAnswersInSlacksShapes() {
        JsonObject noToken = json(postForm("/sandbox/api/users.info", "user=UDEMOAM001", "Bearer xoxb-not-it"));
        assertThat(noToken.get("ok").getAsBoolean()).isFalse();
        assertThat(noToken.get("error").getAsString()).isEqualTo("invalid_auth");

        JsonObject user = json(postForm("/sandbox/api/users.info", "user=UDEMOAM008", "Bearer xoxb-sandbox"));
        assertThat(user.get("ok").getAsBoolean()).isTrue();
        assertThat(user.getAsJsonObject("user").get("tz").getAsString()).isEqualTo("Australia/Sydney");
        assertThat(user.getAsJsonObject("user").get("is_restricted").getAsBoolean()).isFalse();
        assertThat(json(postForm("/sandbox/api/users.info", "user=UNOBODY01", "Bearer xoxb-sandbox")).get("error")
                .getAsString()).isEqualTo("user_not_found");
        assertThat(json(postForm("/sandbox/api/users.lookupByEmail", "email=grace.tan%40demo-agency.invalid",
                "Bearer xoxb-sandbox")).getAsJsonObject("user").get("id").getAsString()).isEqualTo("UDEMOAM007");

        JsonObject posted = json(postForm("/sandbox/api/chat.postMessage", "channel=UDEMOAM005&text=hello",
                "Bearer xoxb-sandbox"));
        assertThat(posted.get("ok").getAsBoolean()).isTrue();
        assertThat(posted.get("channel").getAsString()).as("a user id posts in the DM").isEqualTo("DDEMOAM005");
        assertThat(posted.get("ts").getAsString()).matches("\\d+\\.\\d{6}");
        JsonObject updated = json(postForm("/sandbox/api/chat.update", "channel=DDEMOAM005&ts=" + posted.get("ts").getAsString()
                + "&text=hello+again", "Bearer xoxb-sandbox"));
        assertThat(updated.get("ok").getAsBoolean()).isTrue();
        assertThat(messages(state("UDEMOAM005"), "DDEMOAM005")).extracting(m -> m.get("text").getAsString()).contains("hello again");
        JsonObject link = json(postForm("/sandbox/api/chat.getPermalink", "channel=DDEMOAM005&message_ts="
                + posted.get("ts").getAsString(), "Bearer xoxb-sandbox"));
        assertThat(link.get("permalink").getAsString()).isEqualTo(base() + "/sandbox#msg-DDEMOAM005-"
                + posted.get("ts").getAsString().replace('.', '-'));
        assertThat(json(postForm("/sandbox/api/views.open", "trigger_id=made.up&view=%7B%7D", "Bearer xoxb-sandbox"))
                .get("error").getAsString()).isEqualTo("invalid_trigger_id");
        assertThat(json(postForm("/sandbox/api/admin.users.remove", "user=UDEMOAM005", "Bearer xoxb-sandbox"))
                .get("error").getAsString()).isEqualTo("unknown_method");
        assertThat(post("/sandbox/hooks/unknown", "{\"text\":\"hi\"}").statusCode()).isEqualTo(404);
        assertThat(post("/sandbox/command", "{\"user\":\"UINTRUDER\",\"text\":\"/client list\"}").statusCode()).isEqualTo(400);
    }

    @Autowired
    SandboxPersistence persistence;

    @Test
    void theConversationsOutliveARestart() {
        JsonObject posted = json(postForm("/sandbox/api/chat.postMessage", "channel=CDEMOESCAL&text=kept+across+restarts",
                "Bearer xoxb-sandbox"));
        post("/sandbox/home", "{\"user\":\"UDEMOAM006\"}");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(persistence.stored()).contains("kept across restarts");
            assertThat(JsonParser.parseString(persistence.stored()).getAsJsonObject().getAsJsonObject("homes")
                    .has("UDEMOAM006")).isTrue();
        });
        // what the next start does: a new stand-in, filled from the database
        SandboxWorkspace restarted = new SandboxWorkspace();
        restarted.restore(JsonParser.parseString(persistence.stored()).getAsJsonObject());
        assertThat(restarted.message(SandboxWorkspace.ESCALATIONS, posted.get("ts").getAsString()))
                .hasValueSatisfying(m -> assertThat(m.get("text").getAsString()).isEqualTo("kept across restarts"));
        assertThat(restarted.home("UDEMOAM006")).isPresent();
    }

    @Test
    void resetDemoMakesTheAgencyAgain() {
        post("/sandbox/command", "{\"user\":\"UDEMOHEAD1\",\"text\":\"/client add Reset Probe owner @ana.lima\"}");
        assertThat(clients.portfolio(TEAM, ClientCommand.Scope.ALL, DemoAgency.HEAD)).extracting(Client::name)
                .contains("Reset Probe");
        post("/sandbox/command", "{\"user\":\"UDEMOAM001\",\"text\":\"/client status acme\"}");
        String before = lastAnswer("UDEMOAM001").get("blocks").toString();

        assertThat(post("/sandbox/reset", "{}").statusCode()).isEqualTo(200);

        assertThat(clients.portfolio(TEAM, ClientCommand.Scope.ALL, DemoAgency.HEAD)).hasSize(30)
                .extracting(Client::name).doesNotContain("Reset Probe");
        assertThat(state("UDEMOAM001").getAsJsonArray("answers")).as("the stand-in starts empty too").isEmpty();
        post("/sandbox/command", "{\"user\":\"UDEMOAM001\",\"text\":\"/client status acme\"}");
        String after = lastAnswer("UDEMOAM001").get("blocks").toString();
        assertThat(after).as("the new Acme, not a stale name pointing at the old one").contains("Acme Corp", "Log interaction");
        String newId = clients.portfolio(TEAM, ClientCommand.Scope.ALL, DemoAgency.HEAD).stream()
                .filter(c -> c.name().equals("Acme Corp")).findFirst().orElseThrow().id();
        assertThat(after).contains(newId);
        assertThat(before).doesNotContain(newId);
    }

    private JsonObject lastAnswer(String user) {
        var answers = state(user).getAsJsonArray("answers");
        return answers.get(answers.size() - 1).getAsJsonObject();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
