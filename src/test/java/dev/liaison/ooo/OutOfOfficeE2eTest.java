package dev.liaison.ooo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.digest.DigestService;
import dev.liaison.digest.NudgeService;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.support.DeliveredQueue;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.Fixtures;
import dev.liaison.support.LiaisonE2eTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Out-of-office end to end: declare, the lead's one-click plan, cover everywhere, hand-back. */
class OutOfOfficeE2eTest extends LiaisonE2eTest {

    static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    @Autowired
    OooService ooo;
    @Autowired
    ApplicationContext context;
    @Autowired
    NudgeService nudges;
    @Autowired
    DigestService digests;

    String team;
    String lead;
    String away;
    List<String> mates;

    @BeforeEach
    void aTeamOfFour() {
        clock.set(MONDAY);
        team = newTeam();
        String sfx = team.substring(1, 6);
        lead = "ULEAD" + sfx;
        away = "UAWAY" + sfx;
        mates = List.of("UMATEA" + sfx, "UMATEB" + sfx, "UMATEC" + sfx);
        SLACK.member(team, lead, "Lena Lead", "Europe/London").member(team, away, "Ari Away", "Europe/London");
        mates.forEach(m -> SLACK.member(team, m, "Mate " + m, "Europe/London"));
        String members = "<@" + away + "> " + mates.stream().map(m -> "<@" + m + ">").reduce((a, b) -> a + " " + b).orElseThrow();
        SLACK.member(team, "UHEAD1", "Hana Head", "Europe/London");
        assertThat(visible(liaison("UHEAD1", "team <@" + lead + "> " + members))).contains("now leads");
        for (int i = 1; i <= 8; i++) {
            command(team, away, "add \"Away Client " + i + " " + sfx + "\"");
        }
        for (int i = 1; i <= 5; i++) {
            command(team, away, "task \"Away Client " + i + " " + sfx + "\" Follow-up " + i);
        }
        command(team, mates.get(0), "list");
        SLACK.reset();
    }

    @AfterEach
    void restoreClock() {
        clock.set(MONDAY);
    }

    private JsonObject liaison(String user, String text) {
        return JsonParser.parseString(slack().command(team, user, "/liaison", text, SLACK.responseUrl("l")).body()).getAsJsonObject();
    }

    private JsonObject ooo(String user, String text) {
        return JsonParser.parseString(slack().command(team, user, "/ooo", text, SLACK.responseUrl("o")).body()).getAsJsonObject();
    }

    private List<FakeSlackWebApi.Call> dms(String userId) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> userId.equals(c.params().get("channel"))).toList();
    }

    private String planIdFromPrompt() {
        JsonArray blocks = JsonParser.parseString(dms(lead).get(0).params().get("blocks")).getAsJsonArray();
        for (var block : blocks) {
            JsonObject b = block.getAsJsonObject();
            if (b.get("type").getAsString().equals("actions") && b.get("block_id").getAsString().equals("ooo_decide")) {
                return b.getAsJsonArray("elements").get(0).getAsJsonObject().get("value").getAsString();
            }
        }
        throw new AssertionError("no Apply all in " + blocks);
    }

    /** The value of the first item's own Apply button: plan id and item id. */
    private String firstItemApply() {
        JsonArray blocks = JsonParser.parseString(dms(lead).get(0).params().get("blocks")).getAsJsonArray();
        for (var block : blocks) {
            JsonObject b = block.getAsJsonObject();
            if (b.get("type").getAsString().equals("actions") && b.get("block_id").getAsString().startsWith("ooo|")) {
                return b.getAsJsonArray("elements").get(1).getAsJsonObject().get("value").getAsString();
            }
        }
        throw new AssertionError("no item Apply in " + blocks);
    }

    /** Issue 15 item 8: a coverer sees the clients, so guests, outsiders and bots are refused as cover. */
    @Test
    void guestsOutsidersAndBotsCannotBeChosenAsCover() {
        String sfx = team.substring(1, 6);
        SLACK.guest(team, "UCGUEST" + sfx, "Gia Guest").outsider("TOTHER" + sfx, "UCOUT" + sfx, "Otto Outside")
                .bot(team, "UCBOT" + sfx, "Some Bot");
        ooo(away, "tomorrow to +5d");
        await().atMost(Duration.ofSeconds(10)).until(() -> dms(lead).size() == 1);
        String planId = planIdFromPrompt();
        var item = ooo.getPlan(team, planId).items().get(0);
        for (String stranger : List.of("UCGUEST" + sfx, "UCOUT" + sfx, "UCBOT" + sfx)) {
            Assertions.assertThatThrownBy(() -> ooo.choose(team, planId, item.itemId(), stranger, lead))
                    .as(stranger).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("can't cover clients");
        }
        assertThat(ooo.getPlan(team, planId).items().get(0).chosenId()).isEqualTo(item.chosenId());
        String mate = mates.get(1);
        assertThat(ooo.choose(team, planId, item.itemId(), mate, lead).items().get(0).chosenId()).isEqualTo(mate);
    }

    @Test
    void aClientsBackupOnAnotherTeamComesFirstAndEachLineShowsTheClientsHealth() {
        String sfx = team.substring(1, 6);
        String otherLead = "ULEADO" + sfx;
        String outsider = "UOUTS" + sfx;
        SLACK.member(team, otherLead, "Olga Lead", "Europe/London").member(team, outsider, "Oscar Outside", "Europe/London");
        headSetsTeam(team, otherLead, outsider);
        command(team, away, "set \"Away Client 3 " + sfx + "\" backup <@" + outsider + ">");
        SLACK.reset();

        ooo(away, "tomorrow");
        await().atMost(Duration.ofSeconds(10)).until(() -> dms(lead).size() == 1);
        JsonArray blocks = JsonParser.parseString(dms(lead).get(0).params().get("blocks")).getAsJsonArray();
        List<String> lines = new ArrayList<>();
        blocks.forEach(b -> {
            if (b.getAsJsonObject().get("type").getAsString().equals("section")) {
                lines.add(b.getAsJsonObject().getAsJsonObject("text").get("text").getAsString());
            }
        });
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("*Away Client 3 " + sfx + "*")
                .contains("<@" + outsider + "> _(their backup)_"));
        assertThat(lines).filteredOn(l -> l.startsWith("*Away Client")).hasSize(8)
                .allSatisfy(l -> assertThat(l).containsPattern(" · :(large_green_circle|large_yellow_circle|red_circle): \\d+ (healthy|watch|at risk) → "));
        assertThat(lines).filteredOn(l -> l.contains("<@" + outsider + ">")).as("nothing else goes to another team")
                .allSatisfy(l -> assertThat(l).matches("\\*Away Client 3 .*|task T-\\d+ Follow-up 3 → .*_\\(covers the client\\)_"));
    }

    @Test
    void oooBackSendsTheWhileYouWereOutDmAtOnceEvenOnTheFirstDay() {
        String sfx = team.substring(1, 6);
        assertThat(visible(ooo(away, "today"))).contains("You're out");
        clock.advance(Duration.ofHours(1));
        command(team, mates.get(0), "log \"Away Client 2 " + sfx + "\" call Talked about the budget with their CFO");
        clock.advance(Duration.ofHours(2));

        assertThat(visible(ooo(away, "back"))).contains("Welcome back");

        // no watcher run: the return happens with the command
        await().atMost(Duration.ofSeconds(10)).until(() -> dms(away).stream()
                .anyMatch(c -> c.params().get("blocks").contains("Welcome back")));
        String welcome = dms(away).stream().map(c -> c.params().get("blocks")).filter(b -> b.contains("Welcome back"))
                .findFirst().orElseThrow();
        assertThat(welcome).contains("Away Client 2 " + sfx, "Talked about the budget with their CFO");
    }

    @Test
    void applyingCoverRedrawsTheLeadsAndTheCoverersAppHome() {
        String sfx = team.substring(1, 6);
        for (String who : List.of(lead, mates.get(0), mates.get(1), mates.get(2))) {
            JsonObject opened = Fixtures.json("slack/app_home_opened_inner.json").getAsJsonObject().deepCopy();
            opened.addProperty("user", who);
            slack().event(team, "EvHOME" + who, opened, null);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> SLACK.calls("views.publish").size() >= 4);
        ooo(away, "today to +2d");
        await().atMost(Duration.ofSeconds(10)).until(() -> dms(lead).size() == 1);
        String planId = planIdFromPrompt();
        SLACK.reset();

        slack().buttonClick(team, lead, "ooo_apply_all", planId, SLACK.responseUrl("apply"));

        await().atMost(Duration.ofSeconds(10)).until(() -> homeOf(lead) != null && homeOf(lead).contains("covered by"));
        assertThat(homeOf(lead)).contains("<@" + away + ">").doesNotContain("not covered");
        PlanRecord plan = ooo.getPlan(team, planId);
        String coverer = plan.items().get(0).chosenId();
        String client = plan.items().get(0).label();
        await().atMost(Duration.ofSeconds(10)).until(() -> homeOf(coverer) != null && homeOf(coverer).contains("covering"));
        assertThat(homeOf(coverer)).contains("You're covering", client, "for <@" + away + ">");
    }

    /** The last App Home published for someone since the reset, or null. */
    private String homeOf(String userId) {
        return SLACK.calls("views.publish").stream().filter(c -> userId.equals(c.params().get("user_id")))
                .reduce((a, b) -> b).map(c -> JsonParser.parseString(c.params().get("view")).toString()).orElse(null);
    }

    @Test
    void theCoverMenusOfferOnlyWhoMayCoverNeverTheAbsentPerson() {
        String sfx = team.substring(1, 6);
        String otherLead = "ULOTH" + sfx;
        String outsider = "UOUTS" + sfx;
        SLACK.member(team, "UHEAD1", "Hana Head", "Europe/London").member(team, otherLead, "Olga Other", "Europe/London")
                .member(team, outsider, "Oscar Outsider", "Europe/London");
        assertThat(visible(liaison("UHEAD1", "team <@" + otherLead + "> <@" + outsider + ">"))).contains("now leads");
        SLACK.reset();
        ooo(away, "tomorrow");
        await().atMost(Duration.ofSeconds(10)).until(() -> dms(lead).size() == 1);
        int menus = 0;
        for (var block : JsonParser.parseString(dms(lead).get(0).params().get("blocks")).getAsJsonArray()) {
            JsonObject b = block.getAsJsonObject();
            if (!b.has("block_id") || !b.get("block_id").getAsString().startsWith("ooo|")) {
                continue;
            }
            JsonObject menu = b.getAsJsonArray("elements").get(0).getAsJsonObject();
            assertThat(menu.get("type").getAsString()).isEqualTo("static_select");
            List<String> offered = new ArrayList<>();
            menu.getAsJsonArray("options").forEach(o -> offered.add(o.getAsJsonObject().get("value").getAsString()));
            assertThat(offered).as("teammates, the lead and the head; not the absent person nor another team")
                    .containsExactlyInAnyOrder(mates.get(0), mates.get(1), mates.get(2), lead, "UHEAD1")
                    .hasSizeLessThanOrEqualTo(100);
            assertThat(offered).contains(menu.getAsJsonObject("initial_option").get("value").getAsString());
            menus++;
        }
        assertThat(menus).isPositive();
    }

    @Test
    void applyingOneItemRedrawsThePlanMessageItself() {
        ooo(away, "tomorrow");
        await().atMost(Duration.ofSeconds(10)).until(() -> dms(lead).size() == 1 && !SLACK.posted(lead).isEmpty());
        String ts = SLACK.posted(lead).get(0).get("ts").getAsString();
        String value = firstItemApply();
        JsonArray blocks = JsonParser.parseString(dms(lead).get(0).params().get("blocks")).getAsJsonArray();
        String blockId = "ooo|" + value; // the item's actions block, as OooActions.itemBlockId names it
        var clicked = slack().buttonClickOnMessage(team, lead, "ooo_item_apply", value, blockId, "D" + lead, ts, blocks,
                SLACK.responseUrl("item"));
        assertThat(clicked.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !SLACK.calls("chat.update").isEmpty());
        FakeSlackWebApi.Call update = SLACK.calls("chat.update").get(0);
        assertThat(update.params().get("ts")).as("the plan message Liaison posted").isEqualTo(ts);
        assertThat(update.params().get("blocks")).as("the applied item is ticked").contains(":white_check_mark:");
        assertThat(SLACK.calls("response_url")).as("not through response_url").isEmpty();
    }

    @Test
    void thePlanShowsWhoTheLeadChoseNotTheSuggestion() {
        ooo(away, "tomorrow");
        await().atMost(Duration.ofSeconds(10)).until(() -> dms(lead).size() == 1 && !SLACK.posted(lead).isEmpty());
        JsonObject prompt = SLACK.posted(lead).get(0);
        JsonObject firstItem = null;
        for (var block : JsonParser.parseString(dms(lead).get(0).params().get("blocks")).getAsJsonArray()) {
            if (block.getAsJsonObject().has("block_id") && block.getAsJsonObject().get("block_id").getAsString().startsWith("ooo|")) {
                firstItem = block.getAsJsonObject();
                break;
            }
        }
        assertThat(firstItem).isNotNull();
        String blockId = firstItem.get("block_id").getAsString();
        String suggested = firstItem.getAsJsonArray("elements").get(0).getAsJsonObject().getAsJsonObject("initial_option")
                .get("value").getAsString();
        String chosen = mates.stream().filter(m -> !m.equals(suggested)).findFirst().orElseThrow();

        var picked = slack().optionSelected(team, lead, "ooo_item_cover", blockId, "Mate " + chosen, chosen, "D" + lead,
                prompt.get("ts").getAsString(), SLACK.responseUrl("pick"));
        assertThat(picked.statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> !SLACK.calls("chat.update").isEmpty());
        FakeSlackWebApi.Call update = SLACK.calls("chat.update").get(0);
        assertThat(update.params().get("ts")).isEqualTo(prompt.get("ts").getAsString());
        JsonArray blocks = JsonParser.parseString(update.params().get("blocks")).getAsJsonArray();
        JsonObject select = null;
        for (var block : blocks) {
            if (block.getAsJsonObject().has("block_id") && block.getAsJsonObject().get("block_id").getAsString().equals(blockId)) {
                select = block.getAsJsonObject().getAsJsonArray("elements").get(0).getAsJsonObject();
            }
        }
        assertThat(select).as("the item's menu is still there").isNotNull();
        assertThat(select.getAsJsonObject("initial_option").get("value").getAsString()).as("the menu shows the lead's choice")
                .isEqualTo(chosen);
        assertThat(blocks.toString()).as("the item's line says it is the lead's choice")
                .contains("<@" + chosen + "> _(your choice)_");
    }

    @Test
    void declareApproveCoverAndHandBack() {
        assertThat(visible(ooo(away, "tomorrow to +5d"))).contains("You're out from 2026-11-24 to 2026-11-28");
        await().atMost(Duration.ofSeconds(10)).until(() -> dms(lead).size() == 1);
        String prompt = dms(lead).get(0).params().get("blocks");
        assertThat(prompt).contains("Away Client 1", "Follow-up 5", "ooo_item_cover", "Apply all", "Decide later");
        String planId = planIdFromPrompt();

        // the lead's App Home: the team's load and the plan waiting for them
        JsonObject opened = Fixtures.json("slack/app_home_opened_inner.json").getAsJsonObject().deepCopy();
        opened.addProperty("user", lead);
        slack().event(team, "EvHOMELEAD" + team, opened, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> SLACK.calls("views.publish").stream()
                .anyMatch(c -> lead.equals(c.params().get("user_id"))));
        String home = SLACK.calls("views.publish").stream().filter(c -> lead.equals(c.params().get("user_id")))
                .findFirst().orElseThrow().params().get("view");
        assertThat(home).contains("s load", "8 / 10 clients", "Pending reallocations (1)", "13 items to cover");

        // someone else's click is refused and changes nothing
        slack().buttonClick(team, mates.get(0), "ooo_apply_all", planId, SLACK.responseUrl("not-lead"));
        await().atMost(Duration.ofSeconds(5)).until(() -> SLACK.calls("response_url").stream()
                .anyMatch(c -> c.json().toString().contains("Only <@" + lead + ">")));
        assertThat(ooo.getPlan(team, planId).state()).isEqualTo(PlanRecord.State.PENDING);

        // one item applied on its own first: its coverer hears about that item
        slack().buttonClick(team, lead, "ooo_item_apply", firstItemApply(), SLACK.responseUrl("item"));
        await().atMost(Duration.ofSeconds(10)).until(() -> ooo.getPlan(team, planId).items().get(0).applied());
        assertThat(ooo.getPlan(team, planId).state()).isEqualTo(PlanRecord.State.PENDING);
        clock.advance(Duration.ofSeconds(3));

        // the lead applies everything; a double click changes nothing more
        slack().buttonClick(team, lead, "ooo_apply_all", planId, SLACK.responseUrl("apply"));
        clock.advance(Duration.ofSeconds(3));
        slack().buttonClick(team, lead, "ooo_apply_all", planId, SLACK.responseUrl("apply"));
        await().atMost(Duration.ofSeconds(10)).until(() -> SLACK.calls("response_url").stream()
                .anyMatch(c -> c.json().toString().contains("applied by <@" + lead + ">") && c.json().get("replace_original").getAsBoolean()));
        assertThat(ooo.getPlan(team, planId).state()).isEqualTo(PlanRecord.State.APPLIED);
        // what the clicks queued, all delivered (the clock moving, so no notice waits behind another), then counted
        DeliveredQueue.deliverEverything(context, clock, team);
        List<String> notices = mates.stream()
                .flatMap(m -> DeliveredQueue.queuedKeys(context, team, m, "ooo-cover").stream()).toList();
        // one notice per coverer for Apply all (plus the single item notice of the item applied first)
        assertThat(notices).hasSizeBetween(3, 4);
        assertThat(notices).allSatisfy(key -> assertThat(DeliveredQueue.postsOf(SLACK, key)).as(key).isEqualTo(1));
        assertThat(mates.stream().mapToLong(m -> dms(m).size()).sum()).isEqualTo(notices.size());
        assertThat(DeliveredQueue.queuedKeys(context, team, away, "ooo-summary")).hasSize(1);
        assertThat(dms(away)).hasSize(1);
        assertThat(dms(away).get(0).params().get("blocks")).contains("re covered from 2026-11-24");

        // tomorrow, the card shows who covers
        clock.set(Instant.parse("2026-11-24T10:00:00Z"));
        String sfx = team.substring(1, 6);
        String card = visible(command(team, lead, "status \"Away Client 1 " + sfx + "\""));
        assertThat(card).containsPattern("out until 2026-11-28, covered by <@UMATE[ABC]" + sfx + ">");

        // the absent person gets no digest or nudge; their never-touched clients go to their coverers
        SLACK.reset();
        digests.runDue();
        nudges.runDue();
        DeliveredQueue.deliverEverything(context, clock, team);
        String digestsOfMates = String.join("", mates.stream().flatMap(m -> dms(m).stream())
                .map(c -> c.params().get("blocks")).filter(b -> b.contains("Check-ins due")).toList());
        assertThat(digestsOfMates).contains("Away Client 1 " + sfx, "Away Client 8 " + sfx);
        assertThat(DeliveredQueue.queuedKeys(context, team, away, "digest")).isEmpty();
        assertThat(DeliveredQueue.queuedKeys(context, team, away, "nudge")).isEmpty();
        assertThat(dms(away)).noneMatch(c -> c.params().get("blocks").contains("Check-ins due"));
        SLACK.reset();

        // the return: after the 28th, the watcher hands back
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        ooo.watch();
        await().atMost(Duration.ofSeconds(10)).until(() -> dms(lead).stream().anyMatch(c -> c.params().get("blocks")
                .contains("is back")) && dms(away).stream().anyMatch(c -> c.params().get("blocks").contains("Welcome back")));
        assertThat(dms(lead).stream().filter(c -> c.params().get("blocks").contains("is back")).findFirst().orElseThrow()
                .params().get("blocks")).contains("went back to them", "Keep them with the coverers");
        assertThat(visible(command(team, away, "status \"Away Client 1 " + sfx + "\""))).doesNotContain("covered by")
                .contains("<@" + away + ">");
        DeliveredQueue.deliverEverything(context, clock, team);
        long leadDms = dms(lead).size();
        ooo.watch();
        DeliveredQueue.deliverEverything(context, clock, team);
        assertThat(dms(lead)).hasSize((int) leadDms);
        assertThat(DeliveredQueue.queuedKeys(context, team, lead, "ooo-handback")).hasSize(1);
    }

    @Test
    void aPalmTreeStatusWithAnExpiryStartsTheSameFlowOnceItSettles() {
        JsonObject event = Fixtures.json("slack/docs_api_slack_com_user_change.json").getAsJsonObject().deepCopy();
        JsonObject user = event.getAsJsonObject("user");
        user.addProperty("id", away);
        user.addProperty("team_id", team);
        user.addProperty("tz", "Europe/London");
        user.getAsJsonObject("profile").addProperty("status_emoji", ":palm_tree:");
        user.getAsJsonObject("profile").addProperty("status_text", "Vacation");
        user.getAsJsonObject("profile").addProperty("status_expiration", Instant.parse("2026-11-27T18:00:00Z").getEpochSecond());
        assertThat(slack().event(team, "Ev0PALM" + team, event, null).statusCode()).isEqualTo(200);
        ooo.watch();
        DeliveredQueue.deliverEverything(context, clock, team);
        assertThat(DeliveredQueue.queuedKeys(context, team, lead, "ooo-prompt")).as("not before the status settles").isEmpty();
        assertThat(dms(lead)).isEmpty();
        clock.advance(Duration.ofMinutes(11));
        ooo.watch();
        await().atMost(Duration.ofSeconds(10)).until(() -> dms(lead).size() == 1);
        assertThat(dms(lead).get(0).params().get("blocks")).contains("from 2026-11-23 to 2026-11-27",
                "(from their Slack status)");
        assertThat(visible(ooo(away, "list"))).contains("<@" + away + "> from 2026-11-23 to 2026-11-27 _(out now)_ · Slack status");
    }

    @Test
    void aStatusSetAndClearedWithinMinutesReachesNobody() {
        JsonObject event = Fixtures.json("slack/docs_api_slack_com_user_change.json").getAsJsonObject().deepCopy();
        JsonObject user = event.getAsJsonObject("user");
        user.addProperty("id", away);
        user.addProperty("team_id", team);
        user.getAsJsonObject("profile").addProperty("status_emoji", ":face_with_thermometer:");
        user.getAsJsonObject("profile").addProperty("status_text", "");
        slack().event(team, "Ev0SICK" + team, event, null);
        clock.advance(Duration.ofMinutes(3));
        user.getAsJsonObject("profile").addProperty("status_emoji", "");
        slack().event(team, "Ev0WELL" + team, event, null);
        clock.advance(Duration.ofMinutes(20));
        ooo.watch();
        DeliveredQueue.deliverEverything(context, clock, team);
        assertThat(DeliveredQueue.queuedKeys(context, team, lead, "ooo-prompt")).isEmpty();
        assertThat(dms(lead)).isEmpty();
    }

    @Test
    void onlyALeadOrAdminDeclaresForSomeoneElse() {
        assertThat(visible(ooo(mates.get(0), "tomorrow <@" + away + ">"))).contains("Only <@" + away + ">'s team lead");
        assertThat(visible(ooo(lead, "tomorrow <@" + away + ">"))).contains("is out on 2026-11-24");
        assertThat(visible(ooo(away, "list"))).contains("<@" + away + "> on 2026-11-24 · /ooo");
    }

}
