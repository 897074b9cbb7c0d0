package dev.liaison.slack;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.client.ClientService;
import dev.liaison.digest.DigestService;
import dev.liaison.people.WorkspaceSettingsService;
import dev.liaison.support.DeliveredQueue;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.Fixtures;
import dev.liaison.support.LiaisonE2eTest;
import dev.liaison.support.SignedSlack;
import org.awaitility.core.ConditionTimeoutException;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static dev.liaison.support.SignedSlack.typed;
import static dev.liaison.support.SignedSlack.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may do what, on every surface Liaison registers: guests and Slack Connect outsiders are
 * refused everywhere (buttons on shared messages included) and change nothing; each guarded action
 * is refused to a colleague without the right; two workspaces in one database never see each
 * other's data; what people type never pings anyone; no secret reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecurityE2eTest extends LiaisonE2eTest {

    static final String MEMBERS_ONLY = "only for members of this workspace";
    /** LIAISON_ADMINS of the test context. */
    static final String HEAD = "UHEAD1";

    /**
     * Every action and form, by the rule that guards it beyond "a member of the workspace". A new
     * action id or callback id fails {@link #everyRegisteredSurfaceHasARule()} until it is placed here.
     */
    static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("client_share", "member"), Map.entry("client_log", "member"),
            Map.entry("client_add_task", "member"), Map.entry("client_escalate", "member"),
            Map.entry("client_checkin_menu", "member: snoozes a client they see in their own nudge"),
            Map.entry("client_open_status", "member"), Map.entry("client_add", "member"),
            Map.entry("home_client_menu", "member"), Map.entry("task_done", "member"),
            Map.entry("client_edit", "member opens it; owner, backup and status are guarded on save"),
            Map.entry("client_edit_view", "owner, their lead or an admin for owner/backup/status"),
            Map.entry("client_add_view", "member"), Map.entry("client_log_view", "member"),
            Map.entry("client_log_message_view", "member"), Map.entry("client_task_view", "member"),
            Map.entry("ooo_item_cover", "the absent person's lead or an admin"),
            Map.entry("ooo_item_apply", "the absent person's lead or an admin"),
            Map.entry("ooo_apply_all", "the absent person's lead or an admin"),
            Map.entry("ooo_decide_later", "the absent person's lead or an admin"),
            Map.entry("ooo_keep_with_coverers", "the returning person, their lead or an admin"),
            Map.entry("escalation_ack", "a rung of the ladder, the owner, their lead or an admin"),
            Map.entry("escalation_resolve", "a rung of the ladder, the owner, their lead or an admin"),
            Map.entry("escalation_now", "a rung of the ladder, the owner, their lead or an admin"),
            Map.entry("escalation_reopen", "a rung of the ladder, the owner, their lead or an admin"),
            Map.entry("escalation_resolve_view", "a rung of the ladder, the owner, their lead or an admin"),
            Map.entry("escalation_open_view", "member"),
            Map.entry("log_to_client", "member"),
            Map.entry("client_task_done", "member"),
            Map.entry("client_update", "member: as /client status, the draft shows what the client may read"),
            Map.entry("client_update_view", "member: posts to the client's linked channel, naming them"),
            Map.entry("opportunity_add", "member"), Map.entry("opportunity_edit", "member"),
            Map.entry("opportunity_form", "member"),
            Map.entry("client_qbr_brief", "member: the client must be in the presser's workspace; the brief goes to their DM"),
            Map.entry("client_qbr_held", "member"),
            Map.entry("connect_google", "a head of accounts, checked again on submit"),
            Map.entry("connect_microsoft", "a head of accounts, checked again on submit"),
            Map.entry("typo_confirm", "only the person who typed the held command"),
            Map.entry("typo_cancel", "only the person who typed the held command"));

    @Autowired
    ListenerRegistry registry;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ClientService clients;
    @Autowired
    DigestService digests;
    @Autowired
    WorkspaceSettingsService settings;

    @Autowired
    ApplicationContext context;

    String team;
    String sfx;
    String lead;
    String otherLead;
    String owner;
    String colleague;
    String guest;
    String outsider;

    @BeforeEach
    void agency() {
        team = newTeam();
        sfx = team.substring(1, 7);
        lead = "ULEAD" + sfx;
        otherLead = "ULEADB" + sfx;
        owner = "UOWNER" + sfx;
        colleague = "UCOLL" + sfx;
        guest = "UGUEST" + sfx;
        outsider = "UOUT" + sfx;
        SLACK.member(team, lead, "Lea Lead", "Europe/London").member(team, otherLead, "Oli Other", "Europe/Paris")
                .member(team, owner, "Ana Owner", "Europe/London").member(team, colleague, "Cal Colleague", "Asia/Kolkata")
                .guest(team, guest, "Gus Guest").outsider("TOTHER" + sfx, outsider, "Oscar Outsider")
                .member(team, HEAD, "Hana Head", "Europe/London");
        // leads are named by a head of accounts, never by themselves
        assertThat(visible(liaison(HEAD, "team " + mention(lead) + " " + mention(owner)))).contains("now leads");
        assertThat(visible(liaison(HEAD, "team " + mention(otherLead) + " " + mention(colleague)))).contains("now leads");
    }

    private static String mention(String userId) {
        return "<@" + userId + "|" + userId.toLowerCase() + ">";
    }

    private JsonObject liaison(String who, String text) {
        return JsonParser.parseString(slack().command(team, who, "/liaison", text,
                SLACK.responseUrl("liaison")).body()).getAsJsonObject();
    }

    private String answer(String who, String command, String text) {
        return visible(JsonParser.parseString(slack().command(team, who, command, text,
                SLACK.responseUrl("cmd")).body()).getAsJsonObject());
    }

    private String clientId(String teamId, String name) {
        Document client = mongo.getCollection("clients").find(new Document("teamId", teamId).append("name", name)).first();
        assertThat(client).as("client %s in %s", name, teamId).isNotNull();
        return idOf(client);
    }

    private static String idOf(Document document) {
        Object id = document.get("_id");
        return id instanceof ObjectId objectId ? objectId.toHexString() : String.valueOf(id);
    }

    private Document doc(String collection, String id) {
        Object key = ObjectId.isValid(id) ? new ObjectId(id) : id;
        return mongo.getCollection(collection).find(new Document("_id", key)).first();
    }

    private static String unquote(String pattern) {
        return pattern.replace("\\Q", "").replace("\\E", "");
    }

    /** What Slack was asked to show after a click: the response_url posts to this hook. */
    private String hookAnswer(String hook) {
        await().atMost(Duration.ofSeconds(10)).until(() -> SLACK.calls("response_url").stream()
                .anyMatch(c -> c.params().get("path").endsWith("/" + hook)));
        return SLACK.calls("response_url").stream().filter(c -> c.params().get("path").endsWith("/" + hook))
                .map(c -> c.json().toString()).findFirst().orElseThrow();
    }

    @Test
    void everyRegisteredSurfaceHasARule() {
        Set<String> registered = new TreeSet<>();
        registry.actions().forEach(a -> registered.add(unquote(a)));
        registered.addAll(registry.views());
        registered.addAll(registry.messageShortcuts());
        assertThat(RULES.keySet()).containsAll(registered);
        assertThat(registered).as("a rule for something no longer registered").containsAll(RULES.keySet());
    }

    @Test
    void guestsAndOutsidersAreRefusedOnEveryCommandButtonFormAndShortcutAndChangeNothing() {
        answer(owner, "/client", "add Guarded Co tier enterprise");
        answer(owner, "/client", "log guarded co call Quarterly review went well");
        answer(owner, "/client", "task guarded co Send the deck");
        String id = clientId(team, "Guarded Co");
        Document before = doc("clients", id);
        SLACK.reset();

        List<String> tried = new ArrayList<>();
        for (String who : List.of(guest, outsider)) {
            for (String command : registry.commands()) {
                for (String text : List.of("help", "status guarded co", "list all", "guarded co p1 Down")) {
                    assertThat(answer(who, command, text)).as("%s %s by %s", command, text, who).contains(MEMBERS_ONLY)
                            .doesNotContain("Guarded Co", "Quarterly");
                    tried.add(command);
                }
            }
            for (String pattern : registry.actions()) {
                String action = unquote(pattern);
                String hook = "refuse-" + action + "-" + who;
                slack().buttonClick(team, who, action, id, SLACK.responseUrl(hook));
                assertThat(hookAnswer(hook)).as("%s clicked by %s", action, who).contains(MEMBERS_ONLY)
                        .doesNotContain("Guarded Co");
                tried.add(action);
            }
            for (String view : registry.views()) {
                var response = slack().viewSubmission(team, who, view, id, Map.of("note", typed("sneaky"),
                        "summary", typed("sneaky"), "owner", user(who), "name", typed("Renamed")));
                assertThat(response.body()).as("%s submitted by %s", view, who).contains("errors", MEMBERS_ONLY);
                tried.add(view);
            }
            for (String shortcut : registry.messageShortcuts()) {
                String hook = "refuse-" + shortcut + "-" + who;
                slack().messageShortcut(team, who, shortcut, "C0SHARED", "1763890000.000100", "hi",
                        SLACK.responseUrl(hook));
                assertThat(hookAnswer(hook)).contains(MEMBERS_ONLY);
                tried.add(shortcut);
            }
            JsonObject opened = Fixtures.json("slack/app_home_opened_inner.json").getAsJsonObject().deepCopy();
            opened.addProperty("user", who);
            slack().event(team, "EvSEC" + who, opened, null);
            await().atMost(Duration.ofSeconds(5)).until(() -> SLACK.calls("views.publish").stream()
                    .anyMatch(c -> who.equals(c.params().get("user_id"))));
        }

        // nothing reached them but refusals, and nothing changed
        for (FakeSlackWebApi.Call call : SLACK.calls()) {
            if (!call.method().equals("users.info") && !call.method().equals("response_url")) {
                assertThat(call.method()).as(call.body()).isEqualTo("views.publish");
                assertThat(call.params().get("view")).contains("only for members").doesNotContain("Guarded Co");
            }
        }
        assertThat(doc("clients", id)).isEqualTo(before);
        assertThat(mongo.count(Query.query(Criteria.where("teamId").is(team).and("clientId").is(id)), "interactions"))
                .isEqualTo(1);
        System.out.println("SecurityE2eTest: refused " + tried.size() + " guest/outsider attempts");
    }

    @Test
    void eachGuardedActionIsRefusedToAColleagueWithoutTheRightAndChangesNothing() {
        answer(owner, "/client", "add Matrix Co tier growth");
        String id = clientId(team, "Matrix Co");
        Map<String, Supplier<String>> refusals = new LinkedHashMap<>();

        refusals.put("reassign a client", () -> answer(colleague, "/client", "set matrix co owner " + mention(colleague)));
        refusals.put("change a client's backup", () -> answer(colleague, "/client", "set matrix co backup " + mention(colleague)));
        refusals.put("churn a client", () -> answer(colleague, "/client", "set matrix co status churned"));
        refusals.put("reassign in the edit form", () -> slack().viewSubmission(team, colleague, "client_edit_view", id,
                Map.of("name", typed("Matrix Co"), "owner", user(colleague))).body());
        refusals.put("set someone else's absence", () -> answer(colleague, "/ooo", "tomorrow " + mention(owner)));
        refusals.put("change workspace settings", () -> answer(owner, "/liaison", "config working-hours 07:00-22:00 mon-sun"));
        refusals.put("change the escalation channel", () -> answer(owner, "/liaison", "config escalation-channel <#C0HACK|hack>"));
        refusals.put("set someone's capacity", () -> answer(colleague, "/liaison", "capacity " + mention(owner) + " 1"));

        Document clientBefore = doc("clients", id);
        Document settingsBefore = doc("workspace_settings", team);
        for (var refusal : refusals.entrySet()) {
            assertThat(refusal.getValue().get()).as(refusal.getKey())
                    .containsAnyOf("Only", "only", "head of accounts", "admin", "lead");
        }
        assertThat(doc("clients", id)).isEqualTo(clientBefore);
        assertThat(doc("workspace_settings", team)).isEqualTo(settingsBefore);
        assertThat(mongo.count(Query.query(Criteria.where("teamId").is(team).and("userId").is(owner)), "absences")).isZero();

        // escalations: a colleague off the ladder may not act on it; the owner may
        settings.setEscalationChannel(team, "C0ESC" + sfx, lead);
        assertThat(answer(owner, "/escalate", "matrix co p2 Reports late")).doesNotContain("no escalation channel");
        Document escalation = mongo.getCollection("escalations").find(new Document("teamId", team)).first();
        String escalationId = idOf(escalation);
        for (String action : List.of("escalation_ack", "escalation_resolve", "escalation_now")) {
            String hook = "guarded-" + action;
            slack().buttonClick(team, colleague, action, escalationId, SLACK.responseUrl(hook));
            assertThat(hookAnswer(hook)).as(action).contains("Only");
        }
        assertThat(doc("escalations", escalationId).get("state")).isEqualTo(escalation.get("state"));
        var resolved = slack().viewSubmission(team, colleague, "escalation_resolve_view", escalationId,
                Map.of("note", typed("Not mine to close")));
        assertThat(resolved.body()).contains("errors");
        assertThat(doc("escalations", escalationId).get("state")).isEqualTo(escalation.get("state"));

        // and the people with the right succeed
        assertThat(answer(lead, "/client", "set matrix co owner " + mention(lead))).doesNotContain("Only");
        assertThat(clients.get(team, id).ownerId()).isEqualTo(lead);
        assertThat(answer(lead, "/ooo", "tomorrow " + mention(owner))).doesNotContain("Only");
    }

    /**
     * Issue 15 item 1: a lead decides cover, absences and escalations for their team, so nobody may make
     * themself one. The target here has no lead yet (the case the old rule let through), and the
     * refusal is read for its own words, not for a word the success text also holds.
     */
    @Test
    void nobodyAppointsThemselfALeadOrAHeadOfAccounts() {
        String free = "UFREE" + sfx;
        SLACK.member(team, free, "Fay Free", "Europe/London").slackAdmin(colleague);
        answer(free, "/client", "list mine");
        assertThat(leadOf(free)).isNull();

        for (String who : List.of(colleague, lead)) {
            String refused = answer(who, "/liaison", "team " + mention(who) + " " + mention(free));
            assertThat(refused).as(who).contains("Only a head of accounts can set a team").doesNotContain("now leads");
            assertThat(leadOf(free)).as("after %s tried", who).isNull();
            assertThat(answer(who, "/liaison", "config admins " + mention(who)))
                    .contains("Only a head of accounts can name").doesNotContain(":white_check_mark:");
        }
        // a Slack admin is no head while the workspace has some (here the operator's LIAISON_ADMINS)
        assertThat(doc("workspace_settings", team)).isNull();

        // a head of accounts names the lead; and names another head, who then may too
        assertThat(answer(HEAD, "/liaison", "team " + mention(colleague) + " " + mention(free))).contains("now leads");
        assertThat(leadOf(free)).isEqualTo(colleague);
        assertThat(answer(HEAD, "/liaison", "config admins " + mention(lead))).contains("Heads of accounts: <@" + lead);
        assertThat(answer(lead, "/liaison", "team " + mention(lead) + " " + mention(free))).contains("now leads");
        assertThat(leadOf(free)).isEqualTo(lead);
        assertThat(answer(lead, "/liaison", "config admins")).contains("<@" + lead + ">").doesNotContain(colleague);
    }

    /**
     * Issue 15 item 6: a linked channel's messages show on the client's card to everyone, so only a
     * member of the channel (Slack says, conversations.members) may link it, on every way to link one.
     */
    @Test
    void aChannelIsLinkedOnlyBySomeoneInIt() {
        String secret = "C0SECRET" + sfx;
        String hidden = "G0HIDDEN" + sfx;  // private, and the bot is not in it: Slack says channel_not_found
        SLACK.inChannel(secret, owner);
        answer(owner, "/client", "add Boardroom Co");
        String id = clientId(team, "Boardroom Co");
        String refusal = "only to a channel you're a member of";

        assertThat(answer(colleague, "/client", "add Snoop Co channel <#" + secret + "|board>")).contains(refusal);
        assertThat(mongo.getCollection("clients").countDocuments(new Document("teamId", team).append("name", "Snoop Co")))
                .isZero();
        assertThat(answer(colleague, "/client", "set boardroom co channel <#" + secret + "|board>")).contains(refusal);
        assertThat(answer(owner, "/client", "set boardroom co channel <#" + hidden + "|hidden>")).contains(refusal);
        var edit = slack().viewSubmission(team, colleague, "client_edit_view", id, Map.of("name", typed("Renamed Co"),
                "owner", user(owner), "channel", SignedSlack.conversation(secret)));
        assertThat(edit.body().replace("\\u0027", "'")).contains("errors", refusal);
        var add = slack().viewSubmission(team, colleague, "client_add_view", "", Map.of("name", typed("Form Snoop"),
                "owner", user(colleague), "channel", SignedSlack.conversation(secret)));
        assertThat(add.body().replace("\\u0027", "'")).contains("errors", refusal);
        Document client = doc("clients", id);
        assertThat(client.getString("name")).as("the form saved nothing").isEqualTo("Boardroom Co");
        assertThat(client.getList("channelIds", String.class)).isNullOrEmpty();
        assertThat(SLACK.calls("conversations.members")).anySatisfy(c -> assertThat(c.params().get("channel")).isEqualTo(secret));

        // the member may
        assertThat(answer(owner, "/client", "set boardroom co channel <#" + secret + "|board>")).doesNotContain(refusal);
        assertThat(doc("clients", id).getList("channelIds", String.class)).containsExactly(secret);
    }

    private String leadOf(String userId) {
        Document person = mongo.getCollection("people").find(new Document("teamId", team).append("userId", userId)).first();
        assertThat(person).as("person %s", userId).isNotNull();
        return person.getString("leadId");
    }

    @Test
    void twoWorkspacesInOneDatabaseNeverSeeEachOthersData() {
        String otherTeam = newTeam();
        String stranger = "UTWIN" + otherTeam.substring(1, 7);
        SLACK.member(otherTeam, stranger, "Tia Twin", "Europe/London");
        answer(owner, "/client", "add Acme Twin tier enterprise");
        answer(owner, "/client", "log acme twin call Secret pricing for team one");
        answer(owner, "/client", "task acme twin Renew the contract due today");
        String ours = clientId(team, "Acme Twin");
        String theirs = visible(command(otherTeam, stranger, "add Acme Twin tier standard"));
        assertThat(theirs).contains("Added");

        assertThat(visible(command(otherTeam, stranger, "status acme twin"))).doesNotContain("Secret pricing", owner);
        assertThat(visible(command(otherTeam, stranger, "list all"))).doesNotContain(owner).contains("Acme Twin");
        assertThat(visible(command(otherTeam, stranger, "task T-1 done"))).doesNotContain("Renew the contract");

        // ids from the other workspace, replayed in clicks and forms, find nothing there
        SLACK.reset();
        slack().buttonClick(otherTeam, stranger, "client_log", ours, SLACK.responseUrl("cross-log"));
        slack().buttonClick(otherTeam, stranger, "client_share", ours, SLACK.responseUrl("cross-share"));
        var forged = slack().viewSubmission(otherTeam, stranger, "client_log_view", ours,
                Map.of("note", typed("forged touch"), "summary", typed("forged touch")));
        assertThat(forged.body()).doesNotContain("Secret pricing");
        // bodies decoded: Web API calls are form-encoded, where "Secret pricing" is "Secret+pricing"
        assertThat(SLACK.calls()).noneMatch(c -> decoded(c).contains("Secret pricing") || decoded(c).contains("Renew the contract"));
        assertThat(mongo.count(Query.query(Criteria.where("clientId").is(ours).and("summary").regex("forged")),
                "interactions")).isZero();

        // App Home and the digest of the other workspace's person
        JsonObject opened = Fixtures.json("slack/app_home_opened_inner.json").getAsJsonObject().deepCopy();
        opened.addProperty("user", stranger);
        slack().event(otherTeam, "EvTWIN" + otherTeam, opened, null);
        await().atMost(Duration.ofSeconds(5)).until(() -> !SLACK.calls("views.publish").isEmpty());
        // the digests: on a working day (Monday 14 Dec, 10:00 in London), so both workspaces' people get one.
        // The owner is also a member of the other workspace (one Enterprise Grid user id in two workspaces)
        // with a task due there: each workspace's digest must hold only that workspace's task.
        SLACK.member(otherTeam, owner, "Ana Owner", "Europe/London");
        assertThat(visible(command(otherTeam, owner, "task acme twin Their own task " + mention(owner) + " due today"))).contains("T-");
        assertThat(visible(command(otherTeam, stranger, "task acme twin Stranger task due today"))).contains("T-");
        clock.set(Instant.parse("2026-12-14T10:00:00Z"));
        try {
            assertThat(clock.instant().atZone(ZoneId.of("Europe/London")).getDayOfWeek())
                    .isEqualTo(DayOfWeek.MONDAY);
            SLACK.reset();
            digests.runDue();
            await().atMost(Duration.ofSeconds(30)).until(() -> postsTo(owner).size() == 2 && postsTo(stranger).size() == 1);
            String strangers = decoded(postsTo(stranger).get(0));
            assertThat(strangers).contains("Stranger").doesNotContain("Secret pricing", "Renew the contract", owner);
            List<String> owners = postsTo(owner).stream().map(SecurityE2eTest::decoded).toList();
            assertThat(owners).filteredOn(b -> b.contains("Renew the contract")).singleElement()
                    .satisfies(b -> assertThat(b).doesNotContain("Their own task", "Stranger"));
            assertThat(owners).filteredOn(b -> b.contains("Their own task")).singleElement()
                    .satisfies(b -> assertThat(b).doesNotContain("Renew the contract", "Secret pricing"));
        } finally {
            clock.set(Instant.parse("2026-11-23T10:00:00Z"));
        }
    }

    private static String decoded(FakeSlackWebApi.Call call) {
        return URLDecoder.decode(call.body(), StandardCharsets.UTF_8);
    }

    private static List<FakeSlackWebApi.Call> postsTo(String channel) {
        return SLACK.calls("chat.postMessage").stream().filter(c -> channel.equals(c.params().get("channel"))).toList();
    }

    @Test
    void whatPeopleTypeNeverPingsAnyoneOnAnySurface() {
        String evil = "<!channel> <!here> <@U0VICTIM> <#C0SECRET> <https://evil.example|click me>";
        answer(owner, "/client", "add Injection Co tier enterprise");
        String id = clientId(team, "Injection Co");
        settings.setEscalationChannel(team, "C0ESC" + sfx, lead);
        SLACK.reset();
        List<String> answers = new ArrayList<>();
        String noMentions = "<!channel> <!here> <https://evil.example|click me> *bold*";
        answers.add(answer(owner, "/client", "log injection co call negative " + evil));
        answers.add(answer(owner, "/client", "task injection co " + evil + " due today"));
        answers.add(answer(owner, "/client", "task injection co " + noMentions + " due today"));
        answers.add(answer(owner, "/client", "set injection co alias " + evil));
        answers.add(answer(owner, "/client", "status injection co"));
        answers.add(answer(owner, "/client", "list mine"));
        answers.add(answer(owner, "/client", "status " + evil));
        answers.add(answer(owner, "/escalate", "injection co p1 " + evil));
        answers.add(answer(owner, "/ooo", evil));
        answers.add(answer(owner, "/liaison", evil));
        slack().buttonClick(team, owner, "client_share", id, SLACK.responseUrl("share-evil"));
        JsonObject opened = Fixtures.json("slack/app_home_opened_inner.json").getAsJsonObject().deepCopy();
        opened.addProperty("user", owner);
        slack().event(team, "EvEVIL" + team, opened, null);
        clock.advance(Duration.ofDays(2));
        try {
            digests.runDue();
            try {
                await().atMost(Duration.ofSeconds(10)).until(() -> SLACK.calls("chat.postMessage").stream()
                        .anyMatch(c -> owner.equals(c.params().get("channel"))));
            } catch (ConditionTimeoutException e) {
                throw new AssertionError("answers: " + answers + " posts: "
                        + SLACK.calls("chat.postMessage").stream().map(FakeSlackWebApi.Call::params).toList());
            }
        } finally {
            clock.set(Instant.parse("2026-11-23T10:00:00Z"));
        }

        Pattern ping = Pattern.compile("<!channel>|<!here>|<@U0VICTIM>|<#C0SECRET>|<https://evil\\.example");
        for (String answer : answers) {
            assertThat(ping.matcher(answer).find()).as(answer).isFalse();
        }
        int checked = 0;
        for (FakeSlackWebApi.Call call : SLACK.calls()) {
            // bodies are form- or JSON-encoded: decode them to what Slack would render
            String rendered = call.method().equals("response_url") ? call.json().toString()
                    : String.join(" ", call.params().values().stream().map(SecurityE2eTest::decoded).toList());
            assertThat(ping.matcher(rendered).find()).as("%s: %s", call.method(), rendered).isFalse();
            checked++;
        }
        assertThat(checked).isGreaterThan(5);
        assertThat(String.join("\n", answers)).contains("&lt;!channel&gt;");
    }

    private static String decoded(String value) {
        String trimmed = value.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return JsonParser.parseString(trimmed).toString();
            } catch (RuntimeException notJson) {
                return value;
            }
        }
        return value;
    }

    @Test
    void noTokenOrSecretEverReachesTheLog(CapturedOutput output) {
        answer(owner, "/client", "add Logged Co tier enterprise");
        answer(owner, "/client", "log logged co call Fine");
        SLACK.errorNext("users.info", "invalid_auth");
        answer("UNEWCOMER" + sfx, "/client", "list mine");
        SLACK.failNext("chat.postMessage", 1, 500);
        clock.advance(Duration.ofDays(10));
        try {
            digests.runDue();
            // every digest of the workspace delivered (the 500 retried after its back-off): all its log lines written
            DeliveredQueue.deliverEverything(context, clock, team);
        } finally {
            clock.set(Instant.parse("2026-11-23T10:00:00Z"));
        }
        slack().post("application/x-www-form-urlencoded", "token=forged&team_id=" + team, Map.of(
                "X-Slack-Signature", "v0=deadbeef", "X-Slack-Request-Timestamp", "1"));

        String log = output.getAll();
        assertThat(log).isNotBlank();
        assertThat(log).doesNotContain("xoxb-test-token", SECRET);
        assertThat(Pattern.compile("xox[abpre]-[A-Za-z0-9-]{6,}").matcher(log).find()).as("a Slack token in the log").isFalse();
    }
}
