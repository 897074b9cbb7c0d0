package dev.liaison.slack;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.liaison.LiaisonApplication;
import dev.liaison.parsing.NastyInput;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.Fixtures;
import dev.liaison.support.SignedSlack;
import dev.liaison.support.TestDatabase;
import dev.liaison.support.TestInstances;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import static dev.liaison.support.SignedSlack.date;
import static dev.liaison.support.SignedSlack.selected;
import static dev.liaison.support.SignedSlack.typed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every handler, through the real endpoint with signed requests, fed generated input: any text to
 * every command, any value to every button and form, and Slack payloads with fields missing or of
 * the wrong type. It never answers 5xx or a stack trace, always answers something, and never stores
 * a record a card could not show. The number of cases tried is printed at the end.
 */
class HandlerInputProperties {

    static final String SECRET = "handler0input0properties0secret0";
    static final String TEAM = "TFUZZ" + Long.toString(System.nanoTime(), 36).toUpperCase();
    static final String AM = "UFUZZAM1";
    static final List<String> COMMANDS = List.of("/client", "/ooo", "/escalate", "/liaison");
    static final AtomicInteger CASES = new AtomicInteger();

    static FakeSlackWebApi slackApi;
    static ConfigurableApplicationContext app;
    static SignedSlack slack;
    static MongoTemplate mongo;
    static ListenerRegistry registry;

    @BeforeContainer
    static void start() throws Exception {
        slackApi = new FakeSlackWebApi();
        slackApi.member(TEAM, AM, "Fuzz Amsel", "Asia/Kathmandu").member(TEAM, "UFUZZAM2", "Fuzz Other", "Pacific/Auckland");
        Path data = TestInstances.freshDataDir("fuzz-");
        Map<String, String> properties = new LinkedHashMap<>(TestInstances.properties(data, Map.of(
                "server.port", "0", "management.server.port", "0",
                "slack.bot-token", "xoxb-test-token", "slack.signing-secret", SECRET,
                "slack.api-url", slackApi.apiUrl(), "liaison.escalation-channel", "C0FUZZESC",
                "logging.level.dev.liaison", "WARN")));
        properties.putAll(TestDatabase.at(HandlerInputProperties.class, data).properties());
        app = new SpringApplicationBuilder(LiaisonApplication.class).run(TestInstances.arguments(properties));
        slack = new SignedSlack("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")
                + "/slack/events", SECRET, Clock.systemUTC());
        mongo = app.getBean(MongoTemplate.class);
        registry = app.getBean(ListenerRegistry.class);
        for (String text : List.of("add Fuzz Target tier enterprise owner <@UFUZZAM2|o>", "add Other Target",
                "task fuzz target Prepare the QBR", "log fuzz target call All good")) {
            assertThat(slack.command(TEAM, AM, "/client", text, slackApi.responseUrl("seed")).statusCode()).isEqualTo(200);
        }
    }

    @AfterContainer
    static void stop() {
        System.out.println("HandlerInputProperties: " + CASES.get() + " generated requests answered without a 5xx");
        if (app != null) {
            app.close();
        }
        TestDatabase.dropAll(HandlerInputProperties.class);
        if (slackApi != null) {
            slackApi.close();
        }
    }

    // ---- properties

    @Property(tries = 300)
    void everyCommandAnswersAnyTextPlainly(@ForAll("commands") String command, @ForAll("text") String text) {
        int modals = slackApi.calls("views.open").size();
        HttpResponse<String> response = slack.command(TEAM, AM, command, text, slackApi.responseUrl("fuzz"));
        assertAnsweredPlainly(response, command + " " + text);
        if (slackApi.calls("views.open").size() == modals) {
            assertThat(response.body()).as("an answer, not an empty ack, unless a form opened").isNotBlank();
        }
        assertNoBrokenRecords();
    }

    @Property(tries = 150)
    void everyButtonTakesAnyValue(@ForAll("actions") String actionId, @ForAll("text") String value) {
        assertAnsweredPlainly(slack.buttonClick(TEAM, AM, actionId, value, slackApi.responseUrl("fuzz-click")),
                actionId + " " + value);
        assertNoBrokenRecords();
    }

    @Property(tries = 150)
    void everyFormTakesAnyValues(@ForAll("views") String callbackId, @ForAll("text") String typed,
                                 @ForAll("dates") String day, @ForAll("text") String metadata) {
        Map<String, JsonObject> values = new HashMap<>();
        for (String field : List.of("name", "note", "summary", "title", "cadence", "retainer", "hours", "duration",
                "alias", "channel")) {
            values.put(field, typed(typed));
        }
        for (String field : List.of("renewal", "due", "date")) {
            values.put(field, date(day));
        }
        for (String field : List.of("tier", "type", "sentiment", "severity", "status", "client")) {
            values.put(field, selected(typed));
        }
        HttpResponse<String> response = slack.viewSubmission(TEAM, AM, callbackId, metadata, values);
        assertAnsweredPlainly(response, callbackId + " " + typed);
        assertNoBrokenRecords();
    }

    @Property(tries = 200)
    void payloadsWithMissingOrWrongTypedFieldsNeverFailTheServer(@ForAll("payloads") String payload) {
        HttpResponse<String> response = slack.post("application/x-www-form-urlencoded",
                "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8), Map.of());
        assertAnsweredPlainly(response, payload);
        assertNoBrokenRecords();
    }

    // ---- checks

    private static void assertAnsweredPlainly(HttpResponse<String> response, String input) {
        CASES.incrementAndGet();
        assertThat(response.statusCode()).as("HTTP status for %s: %s", input, response.body()).isLessThan(500);
        assertThat(response.body()).as("for %s", input).doesNotContain("Exception", "\tat ", "java.", "dev.liaison.")
                .as("an unexpected failure for %s", input).doesNotContain("Something went wrong on my side");
    }

    /** What the status card, the list and the digest rely on: every record of the workspace is whole. */
    private static void assertNoBrokenRecords() {
        // jqwik runs no JUnit Jupiter extension: StrictSlackExtension's check, made here per try
        assertThat(slackApi.takeRefusals()).as("calls Slack would have refused").isEmpty();
        for (Document client : mongo.getCollection("clients").find(new Document("teamId", TEAM))) {
            assertThat(client.getString("name")).as("client %s", client).isNotBlank();
            assertThat(client.getString("ownerId")).as("client %s", client).isNotBlank();
            assertThat(client.get("tier")).as("client %s", client).isNotNull();
            assertThat(client.getInteger("cadenceDays")).as("client %s", client).isPositive();
        }
        for (Document task : mongo.getCollection("tasks").find(new Document("teamId", TEAM))) {
            assertThat(task.getString("title")).as("task %s", task).isNotBlank();
            assertThat(task.getString("clientId")).as("task %s", task).isNotBlank();
        }
        for (Document touch : mongo.getCollection("interactions").find(new Document("teamId", TEAM))) {
            assertThat(touch.getString("clientId")).as("touch %s", touch).isNotBlank();
            assertThat(touch.get("type")).as("touch %s", touch).isNotNull();
        }
    }

    // ---- generators

    @Provide
    Arbitrary<String> commands() {
        return Arbitraries.of(COMMANDS);
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> verb = Arbitraries.of("", "status ", "add ", "set ", "log ", "task ", "done ", "list ",
                "help", "me digest ", "me hours ", "team ", "capacity ", "config working-hours ",
                "config escalation-channel ", "import", "until ", "back", "list", "fuzz target ", "\"Fuzz Target\" ",
                "set fuzz target renewal ", "set fuzz target owner ", "log fuzz target call ",
                "task fuzz target x due ", "fuzz target p1 ");
        return Arbitraries.frequencyOf(
                Tuple.of(8, Combinators.combine(verb, NastyInput.strings()).as((v, s) -> v + s)),
                Tuple.of(2, Combinators.combine(verb, Arbitraries.of("2026-02-30", "2026-13-01", "0000-00-00",
                        "Feb 30", "+99999d", "-1d", "yesterday to 1999-01-01", "<@U123|x", "<@>", "<#C1|", "\"unbalanced",
                        "“curly", "<!channel>", "<@UFUZZAM2|o> <@UFUZZAM2|o>")).as((v, s) -> v + s)),
                Tuple.of(1, NastyInput.huge()));
    }

    @Provide
    Arbitrary<String> dates() {
        return Arbitraries.of("2026-02-30", "2026-12-01", "1900-01-01", "9999-12-31", "", "not a date", "2026-13-45");
    }

    @Provide
    Arbitrary<String> actions() {
        return Arbitraries.of(registry.actions().stream().map(a -> a.replace("\\Q", "").replace("\\E", "")).toList());
    }

    @Provide
    Arbitrary<String> views() {
        return Arbitraries.of(List.copyOf(registry.views()));
    }

    @Provide
    Arbitrary<String> payloads() {
        List<JsonObject> shapes = new ArrayList<>();
        for (String fixture : List.of("slack/docs_message_button_click.json", "slack/modal_inputs_datepicker_select_text.json",
                "slack/message_action_docs.json")) {
            JsonObject shape = Fixtures.json(fixture).getAsJsonObject().deepCopy();
            shape.getAsJsonObject("team").addProperty("id", TEAM);
            shape.getAsJsonObject("user").addProperty("id", AM);
            shapes.add(shape);
        }
        Arbitrary<String> mutated = Combinators.combine(Arbitraries.of(shapes),
                Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.of(0, 1, 2, 3, 4, 5, 6).list().ofMinSize(4).ofMaxSize(4))
                .as(HandlerInputProperties::mutate);
        return Arbitraries.frequencyOf(
                Tuple.of(8, mutated),
                Tuple.of(1, mutated.map(json -> json.substring(0, json.length() / 2))),
                Tuple.of(1, NastyInput.strings()));
    }

    /** The shape with a few fields removed or replaced by a value of another type. */
    private static String mutate(JsonObject shape, List<Integer> picks, List<Integer> kinds) {
        JsonObject copy = shape.deepCopy();
        List<Object[]> slots = new ArrayList<>();
        collect(copy, slots);
        for (int i = 0; i < picks.size(); i++) {
            Object[] slot = slots.get(picks.get(i) % slots.size());
            JsonObject parent = (JsonObject) slot[0];
            String key = (String) slot[1];
            JsonElement replacement = switch (kinds.get(i % kinds.size())) {
                case 0 -> null;
                case 1 -> new JsonPrimitive(12345);
                case 2 -> new JsonPrimitive("\u0000😀<@U1>");
                case 3 -> new JsonArray();
                case 4 -> new JsonObject();
                case 5 -> JsonNull.INSTANCE;
                default -> new JsonPrimitive(true);
            };
            if (replacement == null) {
                parent.remove(key);
            } else {
                parent.add(key, replacement);
            }
        }
        return copy.toString();
    }

    private static void collect(JsonElement element, List<Object[]> slots) {
        if (element.isJsonObject()) {
            for (var entry : element.getAsJsonObject().entrySet()) {
                slots.add(new Object[] {element.getAsJsonObject(), entry.getKey()});
                collect(entry.getValue(), slots);
            }
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> collect(e, slots));
        }
    }
}
