package dev.liaison.client.slack;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.util.json.GsonFactory;
import dev.liaison.client.Client;
import dev.liaison.client.ClientFixtures;
import dev.liaison.client.ClientHealthInputs;
import dev.liaison.client.ClientStatus;
import dev.liaison.client.Health;
import dev.liaison.client.HealthBand;
import dev.liaison.client.HealthScore;
import dev.liaison.client.Sentiment;
import dev.liaison.client.TouchType;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.BlockKitLimits;
import dev.liaison.slack.Mrkdwn;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client renderers: a plain and a maximal status card, and portfolios of 0 and 2,000 clients,
 * stay within Block Kit limits, escape everything people typed, and count what they leave out.
 *
 * <p>Clients are built without reflection in this test: {@link ClientFixtures} calls the
 * package-private constructor, and whatever has no mutator yet (open escalations) is read the way
 * production reads it, through Spring Data's Mongo mapping of a stored document.
 */
class ClientBlocksTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** What users typed, in every text of the maximal client. */
    static final String PINGS = "<!channel> & <@U1> ";
    static final List<String> RAW_PINGS = List.of("<!channel>", "<!here>", "<!everyone>", "<@U1>", "<@U1|");

    // ------------------------------------------------------------------ building clients

    private static final MappingMongoConverter MONGO = mongoConverter();

    private static MappingMongoConverter mongoConverter() {
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }

    /** A client as stored: start from a fixture, change the stored document, read it back. */
    static Client client(String id, String name, Instant createdAt, Consumer<Document> changes) {
        Document stored = new Document();
        MONGO.write(ClientFixtures.client(name, createdAt), stored);
        stored.put("_id", id);
        changes.accept(stored);
        return MONGO.read(Client.class, stored);
    }

    static Object stored(Object value) {
        return MONGO.convertToMongoType(value);
    }

    static ClientBlocks.Card card(Client client) {
        return new ClientBlocks.Card(client, health(client), NOW, ZoneOffset.UTC);
    }

    static Health health(Client client) {
        return HealthScore.of(ClientHealthInputs.of(client, NOW, TODAY));
    }

    /** 80 characters of things that would ping, as a client name; escaped, it is longer than a header. */
    static final String EVIL_NAME = exactly(80, "<!channel>&<@U1>&");

    /**
     * Every list on the card as long as it gets and every text full of pings: 5 touches with 300-char
     * summaries, 500 open tasks with 300-char titles, 50 open escalations, 5 channels, aliases.
     */
    static Client maximal() {
        return client("c-max", EVIL_NAME, NOW.minus(Duration.ofDays(90)), doc -> {
            doc.put("backupId", "U0BACKUP1");
            doc.put("tier", "ENTERPRISE");
            doc.put("cadenceDays", 7);
            doc.put("aliases", IntStream.range(0, 6).mapToObj(i -> "<!here> alias " + i + " & <@U1>").toList());
            doc.put("channelIds", IntStream.range(0, 5).mapToObj(i -> "C0CHAN" + i).toList());
            doc.put("renewal", "2026-12-01");
            doc.put("retainerCents", 123_456_789L);
            doc.put("budgetHours", 10.0);
            doc.put("budgetMonth", "2026-11");
            doc.put("budgetMinutes", 600);
            doc.put("lastTouchAt", Date.from(NOW.minus(Duration.ofDays(20))));
            doc.put("touchCount", 5L);
            doc.put("recentTouches", stored(IntStream.range(0, 5).mapToObj(i -> new Client.TouchSummary(
                    NOW.minus(Duration.ofDays(20 + i)), TouchType.CALL, Sentiment.NEGATIVE,
                    exactly(300, "<!here> " + PINGS + "\n"), "U0OWNER1", 120, "outlook-calendar")).toList()));
            doc.put("openTasks", stored(IntStream.rangeClosed(1, 500).mapToObj(i -> new Client.OpenTask("T-" + i,
                    exactly(300, "task " + i + " " + PINGS), "U0SAM" + (i % 3),
                    i % 2 == 0 ? "2026-11-01" : null)).toList()));
            doc.put("openEscalations", stored(IntStream.rangeClosed(1, 50).mapToObj(i -> new Client.OpenEscalation(
                    "e" + i, "p" + (1 + i % 3), exactly(300, "escalation " + i + " <!everyone> " + PINGS),
                    NOW.minus(Duration.ofHours(i)), "https://agency.slack.com/archives/C0ESC/p" + i)).toList()));
        });
    }

    static String exactly(int length, String unit) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }

    // ------------------------------------------------------------------ reading blocks

    static final Gson SNAKE = GsonFactory.createSnakeCase();

    /** The JSON Slack would receive; no HTML escaping, so "<" here is exactly what Slack gets. */
    static String json(List<LayoutBlock> blocks) {
        return SNAKE.newBuilder().disableHtmlEscaping().create().toJson(blocks);
    }

    static List<String> texts(List<LayoutBlock> blocks) {
        List<String> texts = new ArrayList<>();
        for (LayoutBlock block : blocks) {
            if (block instanceof HeaderBlock header) {
                texts.add(header.getText().getText());
            } else if (block instanceof SectionBlock section) {
                if (section.getText() != null) {
                    texts.add(text(section.getText()));
                }
                if (section.getFields() != null) {
                    section.getFields().forEach(f -> texts.add(text(f)));
                }
            } else if (block instanceof ContextBlock context) {
                context.getElements().forEach(e -> {
                    if (e instanceof TextObject t) {
                        texts.add(text(t));
                    }
                });
            }
        }
        return texts;
    }

    static String text(TextObject text) {
        return text instanceof MarkdownTextObject m ? m.getText()
                : ((PlainTextObject) text).getText();
    }

    static String sectionStartingWith(List<LayoutBlock> blocks, String start) {
        return texts(blocks).stream().filter(t -> t.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no text starting with " + start));
    }

    static final Pattern BROKEN_ENTITY = Pattern.compile("&(?!amp;|lt;|gt;)");

    /** Nothing a person typed pings anyone, every escape is whole and nothing is escaped twice. */
    static void assertPingsNobody(List<LayoutBlock> blocks) {
        String json = json(blocks);
        assertThat(json).doesNotContain(RAW_PINGS.toArray(String[]::new));
        assertThat(json).doesNotContain("&amp;lt;", "&amp;gt;", "&amp;amp;");
        for (String text : texts(blocks)) {
            Matcher broken = BROKEN_ENTITY.matcher(text);
            assertThat(broken.find()).as("broken escape in %s", text).isFalse();
        }
    }

    static long lines(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).count();
    }

    // ------------------------------------------------------------------ status card

    @Test
    void aPlainNewClientsCardIsSmallAndWithinLimits() {
        Client acme = client("c1", "Acme", NOW.minus(Duration.ofDays(2)), doc -> {
        });
        List<LayoutBlock> blocks = ClientBlocks.statusCard(card(acme), true);

        assertThat(BlockKitLimits.violations(blocks, BlockKit.MESSAGE_BLOCKS)).isEmpty();
        assertThat(blocks).extracting(LayoutBlock::getType)
                .containsExactly("header", "section", "divider", "section", "section", "actions");
        assertThat(texts(blocks)).contains(
                "Acme",
                "*Owner*\n<@U0OWNER1>",
                "*Last touch*\nnever",
                "*Next check-in*\n:bell: due — 2 days overdue",
                "*Tier · cadence*\ngrowth · every 14 days",
                "*Renewal*\n—",
                "*Budget this month*\n0 h used",
                "*Retainer*\n—",
                "*Recent touches*\n_No touches logged yet. Log one with `/client log Acme call …`._",
                "*Open tasks*\n_None._");
        assertThat(sectionStartingWith(blocks, "*Health*"))
                .isEqualTo("*Health*\n:large_green_circle: *96* healthy — check-in 2 days overdue");
        assertThat(json(blocks)).doesNotContain("Open escalations", "Channels", "Also known as", "…and");
        // without actions (a shared card) there are no buttons
        assertThat(ClientBlocks.statusCard(card(acme), false)).extracting(LayoutBlock::getType)
                .doesNotContain("actions");
    }

    @Test
    void theKeyPartsOfASmallCardAsJson() {
        Client smith = client("c4", "Smith & Co", NOW.minus(Duration.ofDays(1)),
                doc -> doc.put("backupId", "U0BACKUP1"));
        JsonArray tree = SNAKE.toJsonTree(ClientBlocks.statusCard(card(smith), true)).getAsJsonArray();

        JsonObject actual = new JsonObject();
        actual.add("header", tree.get(0));
        actual.add("owner", tree.get(1).getAsJsonObject().getAsJsonArray("fields").get(0));
        JsonObject actions = tree.get(tree.size() - 1).getAsJsonObject();
        actual.add("actions_block_id", actions.get("block_id"));
        JsonArray actionIds = new JsonArray();
        JsonArray values = new JsonArray();
        for (JsonElement button : actions.getAsJsonArray("elements")) {
            actionIds.add(button.getAsJsonObject().get("action_id"));
            values.add(button.getAsJsonObject().get("value"));
        }
        actual.add("action_ids", actionIds);
        actual.add("button_values", values);

        JsonElement expected = JsonParser.parseString("""
                {
                  "header": {"type": "header", "text": {"type": "plain_text", "text": "Smith &amp; Co"}},
                  "owner": {"type": "mrkdwn", "text": "*Owner*\\n<@U0OWNER1>\\nbackup <@U0BACKUP1>"},
                  "actions_block_id": "client_actions",
                  "action_ids": ["client_log", "client_add_task", "client_escalate", "client_edit", "opportunity_add", "client_update", "client_share"],
                  "button_values": ["c4", "c4", "c4", "c4", "c4", "c4", "c4"]
                }
                """);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aMaximalCardStaysWithinLimitsAndPingsNobody() {
        Client max = maximal();
        assertThat(max.openTasks()).hasSize(500);
        assertThat(max.openEscalations()).hasSize(50);
        assertThat(max.recentTouches()).hasSize(5).allSatisfy(t -> assertThat(t.summary()).hasSize(300).contains("<!here>"));

        List<LayoutBlock> blocks = ClientBlocks.statusCard(card(max), true);

        assertThat(BlockKitLimits.violations(blocks, BlockKit.MESSAGE_BLOCKS)).isEmpty();
        assertPingsNobody(blocks);

        String header = ((HeaderBlock) blocks.get(0)).getText().getText();
        assertThat(header).hasSizeLessThanOrEqualTo(BlockKit.HEADER_TEXT)
                .startsWith("&lt;!channel&gt;&amp;&lt;@U1&gt;&amp;").endsWith("…");

        // with actions, each shown task is a section with its Done button; the rest are counted
        assertThat(sectionStartingWith(blocks, "*Open tasks*")).isEqualTo("*Open tasks* (500)");
        String cardJson = json(blocks);
        assertThat(cardJson.split("\"client_task_done\"", -1).length - 1).isEqualTo(ClientBlocks.TASKS_SHOWN);
        assertThat(cardJson).contains("_…and " + (500 - ClientBlocks.TASKS_SHOWN) + " more_");
        // the dated (overdue) tasks come first
        assertThat(sectionStartingWith(blocks, "`T-2` ")).contains(":warning: overdue, was due 22 days ago");
        assertThat(cardJson).doesNotContain("`T-1` ");
        String tasks = sectionStartingWith(ClientBlocks.statusCard(card(max), false), "*Open tasks*");
        assertThat(tasks).as("without actions (a shared card) they stay one list").startsWith("*Open tasks* (500)")
                .endsWith("\n_…and " + (500 - ClientBlocks.TASKS_SHOWN) + " more_");
        assertThat(lines(tasks, "• `T-")).isEqualTo(ClientBlocks.TASKS_SHOWN);

        String escalations = sectionStartingWith(blocks, "*Open escalations*");
        assertThat(escalations).startsWith("*Open escalations* (50)").endsWith("\n_…and 45 more_");
        assertThat(lines(escalations, "• :rotating_light: ")).isEqualTo(5);

        String touches = sectionStartingWith(blocks, "*Recent touches*");
        assertThat(lines(touches, "• ")).isEqualTo(5);
        assertThat(touches).contains("&lt;!here&gt; &lt;!channel&gt; &amp; &lt;@U1&gt;", "_(<@U0OWNER1>)_",
                "call from Outlook Calendar · :slightly_frowning_face: negative · 2h — ");

        assertThat(sectionStartingWith(blocks, "*Owner*")).isEqualTo("*Owner*\n<@U0OWNER1>\nbackup <@U0BACKUP1>");
        assertThat(sectionStartingWith(blocks, "*Channels*"))
                .isEqualTo("*Channels*\n<#C0CHAN0> <#C0CHAN1> <#C0CHAN2> <#C0CHAN3> <#C0CHAN4>");
        assertThat(sectionStartingWith(blocks, "*Also known as*")).contains("&lt;!here&gt; alias 5 &amp; &lt;@U1&gt;");
        assertThat(sectionStartingWith(blocks, "*Health*")).startsWith("*Health*\n:red_circle: *0* at risk — 50 open escalations");
        assertThat(sectionStartingWith(blocks, "*Renewal*")).isEqualTo("*Renewal*\n2026-12-01 (8 days left)");
        assertThat(sectionStartingWith(blocks, "*Budget this month*")).isEqualTo("*Budget this month*\n10 / 10 h (100%)");
        assertThat(sectionStartingWith(blocks, "*Retainer*")).isEqualTo("*Retainer*\n$1,234,567.89 / month");
        assertThat(sectionStartingWith(blocks, "Health: ")).contains("−", "escalations");

        // Slack also rejects messages whose blocks hold more than ~12,000 characters in total (msg_blocks_too_long)
        int total = texts(blocks).stream().mapToInt(String::length).sum();
        System.out.println("ClientBlocksTest: maximal card has " + blocks.size() + " blocks, " + total + " text chars");
        assertThat(total).isLessThan(12_000);
    }

    @Test
    void theSharedFixturesMaximalCardIsWithinLimitsToo() {
        List<LayoutBlock> blocks = ClientBlocks.statusCard(card(ClientFixtures.maximal(NOW)), true);
        assertThat(BlockKitLimits.violations(blocks, BlockKit.MESSAGE_BLOCKS)).isEmpty();
        assertThat(json(blocks)).doesNotContain("<!channel>", "<!here>", "<@U0VICTIM>");
        assertThat(json(blocks)).contains("_…and 492 more_");
    }

    @Test
    void aPausedClientSaysSoAndAQuietOneSaysNever() {
        Client paused = client("c2", "Initech", NOW.minus(Duration.ofDays(40)), doc -> doc.put("status", "PAUSED"));
        assertThat(paused.status()).isEqualTo(ClientStatus.PAUSED);
        List<LayoutBlock> blocks = ClientBlocks.statusCard(card(paused), true);
        assertThat(BlockKitLimits.violations(blocks, BlockKit.MESSAGE_BLOCKS)).isEmpty();
        assertThat(blocks.get(1)).isInstanceOf(ContextBlock.class);
        assertThat(texts(blocks)).contains(":pause_button: This client is *paused*: no check-ins are asked for.");
    }

    @Test
    void moreThanFiveChannelsSayHowManyMore() {
        Client many = client("c5", "Globex", NOW, doc ->
                doc.put("channelIds", IntStream.range(0, 7).mapToObj(i -> "C0CHAN" + i).toList()));
        String channels = sectionStartingWith(ClientBlocks.statusCard(card(many), true), "*Channels*");
        assertThat(channels.contains("<#C0CHAN6>") || channels.contains("2 more"))
                .as("channels field %s mentions the 6th and 7th channel", channels).isTrue();
    }

    // ------------------------------------------------------------------ portfolio

    @Test
    void aPortfolioOfTwoThousandClientsStaysWithinFiftyBlocksAndCountsTheRest() {
        List<ClientBlocks.Row> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int n = i;
            Client client = client("c" + i, "Client " + i + " " + PINGS, NOW.minus(Duration.ofDays(i % 60)),
                    doc -> doc.put("ownerId", "U0AM" + (n % 7)));
            rows.add(new ClientBlocks.Row(client, health(client), i % 2 == 0, i % 5 == 0 ? null : (long) (i % 60)));
        }
        long atRisk = rows.stream().filter(r -> r.health().band() == HealthBand.AT_RISK).count();

        List<LayoutBlock> blocks = ClientBlocks.portfolio(Mrkdwn.of("All clients"), rows, Mrkdwn.of("No clients yet."));

        assertThat(blocks).hasSizeLessThanOrEqualTo(BlockKit.MESSAGE_BLOCKS);
        assertThat(BlockKitLimits.violations(blocks, BlockKit.MESSAGE_BLOCKS)).isEmpty();
        assertPingsNobody(blocks);
        assertThat(((HeaderBlock) blocks.get(0)).getText().getText()).isEqualTo("All clients (2000)");
        assertThat(texts(blocks)).contains("1000 due for a check-in · " + atRisk + " at risk");

        // every shown row, in order, then one "…and N more clients" for the rest
        List<String> rowLines = texts(blocks).stream().flatMap(String::lines).filter(l -> l.contains(" *Client ")).toList();
        int shown = rowLines.size();
        assertThat(shown).isBetween(1, 1999);
        for (int i = 0; i < shown; i++) {
            assertThat(rowLines.get(i)).contains("*Client " + i + " &lt;!channel&gt; &amp; &lt;@U1&gt;");
        }
        String json = json(blocks);
        assertThat(json.split("more clients", -1)).hasSize(2);
        System.out.println("ClientBlocksTest: portfolio of 2000 shows " + shown + " rows in " + blocks.size()
                + " blocks, " + texts(blocks).stream().mapToInt(String::length).sum() + " text chars");
        String last = texts(blocks).get(texts(blocks).size() - 1);
        assertThat(last).endsWith("\n_…and " + (2000 - shown) + " more clients_");
        assertThat(rowLines.get(0)).contains("never touched", ":bell: *due*", "<@U0AM0>");
        assertThat(rowLines.get(1)).contains("1d since touch", "<@U0AM1>").doesNotContain(":bell:");
    }

    @Test
    void aPortfolioThatFitsHasNoMoreLine() {
        List<ClientBlocks.Row> rows = IntStream.range(0, 3).mapToObj(i -> {
            Client client = client("c" + i, "Client " + i, NOW, doc -> {
            });
            return new ClientBlocks.Row(client, health(client), false, 0L);
        }).toList();
        List<LayoutBlock> blocks = ClientBlocks.portfolio(Mrkdwn.of("Your clients"), rows, Mrkdwn.of("No clients yet."));
        assertThat(BlockKitLimits.violations(blocks, BlockKit.MESSAGE_BLOCKS)).isEmpty();
        assertThat(blocks).hasSize(3);
        assertThat(json(blocks)).doesNotContain("more clients");
        assertThat(texts(blocks).get(2).lines()).hasSize(3).allSatisfy(l -> assertThat(l).contains("touched today"));
    }

    @Test
    void anEmptyPortfolioShowsTheEmptyText() {
        List<LayoutBlock> blocks = ClientBlocks.portfolio(Mrkdwn.of("Your clients"), List.of(),
                Mrkdwn.of("You don't own any clients yet. Add one with `/client add`."));
        assertThat(BlockKitLimits.violations(blocks, BlockKit.MESSAGE_BLOCKS)).isEmpty();
        assertThat(blocks).extracting(LayoutBlock::getType).containsExactly("header", "section");
        assertThat(texts(blocks)).containsExactly("Your clients (0)",
                "You don't own any clients yet. Add one with `/client add`.");
        assertThat(blocks).noneMatch(b -> b instanceof ActionsBlock);
    }
}
