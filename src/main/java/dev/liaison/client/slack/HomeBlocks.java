package dev.liaison.client.slack;
import com.slack.api.model.view.Views;
import dev.liaison.client.ClientActions;

import dev.liaison.parsing.Plural;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Currency;
import java.time.Instant;

import dev.liaison.growth.Pipeline;
import dev.liaison.parsing.Money;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.BlockCompositions;
import com.slack.api.model.view.View;
import dev.liaison.client.HealthBand;
import dev.liaison.client.TeamDirectory;
import dev.liaison.parsing.DatePhrases;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.overflowMenu;

/** Pure renderer of App Home: a person's clients, tasks and team; within 100 blocks whatever the portfolio. */
final class HomeBlocks {

    /** Clients shown one by one with their quick actions; the rest are counted. */
    static final int CLIENTS_SHOWN = 20;
    static final int TASK_BLOCKS = 3;
    /** Notices from other features at the top of the Home. */
    static final int NOTICES_SHOWN = 3;
    /** Tasks shown one by one with a Done button; more go in TASK_BLOCKS blocks of lines. */
    static final int TASKS_WITH_DONE = 10;

    record TaskLine(String number, String title, String clientName, LocalDate due) {
    }

    record Load(String userId, int clients, int capacity) {
    }

    /** Shown only to someone who leads a team. */
    record Lead(List<Load> loads, List<ClientBlocks.Row> atRisk, List<TeamDirectory.PendingReallocation> pending) {
    }

    /** A client someone covers while its owner is out. */
    record Covering(String clientName, String absentId, LocalDate until) {
    }

    /**
     * The pipelines on someone's Home: their own open opportunities, and for a lead their team's.
     *
     * @param team null for someone who leads nobody
     */
    record Pipelines(Pipeline.Summary mine, Pipeline.Summary team, Map<String, String> clientNames, Currency currency) {
        static final Pipelines NONE = new Pipelines(Pipeline.summarize(List.of(), Instant.EPOCH, Instant.EPOCH), null,
                Map.of(), Money.DEFAULT);
    }

    record Home(LocalDate today, List<ClientBlocks.Row> clients, List<TaskLine> tasks,
                List<TeamDirectory.Absence> out, Lead lead, List<Covering> covering, Pipelines pipelines,
                List<Mrkdwn> notices) {

        Home(LocalDate today, List<ClientBlocks.Row> clients, List<TaskLine> tasks, List<TeamDirectory.Absence> out,
             Lead lead, List<Covering> covering, Pipelines pipelines) {
            this(today, clients, tasks, out, lead, covering, pipelines, List.of());
        }

        Home(LocalDate today, List<ClientBlocks.Row> clients, List<TaskLine> tasks, List<TeamDirectory.Absence> out,
             Lead lead, List<Covering> covering, List<Mrkdwn> notices) {
            this(today, clients, tasks, out, lead, covering, Pipelines.NONE, notices);
        }

        Home(LocalDate today, List<ClientBlocks.Row> clients, List<TaskLine> tasks, List<TeamDirectory.Absence> out,
             Lead lead, List<Covering> covering) {
            this(today, clients, tasks, out, lead, covering, Pipelines.NONE, List.of());
        }

        Home(LocalDate today, List<ClientBlocks.Row> clients, List<TaskLine> tasks, List<TeamDirectory.Absence> out,
             Lead lead) {
            this(today, clients, tasks, out, lead, List.of());
        }
    }

    private HomeBlocks() {
    }

    /** Most urgent first: at risk, then watch, then healthy; due check-ins first within a band; lower score first. */
    static final Comparator<ClientBlocks.Row> URGENCY = Comparator
            .comparingInt((ClientBlocks.Row r) -> bandRank(r.health().band()))
            .thenComparing(r -> !r.due())
            .thenComparingInt(r -> r.health().score())
            .thenComparing(r -> r.client().name(), String.CASE_INSENSITIVE_ORDER);

    /** The Home of someone who may not use Liaison: the reason, and nothing else. */
    static View refused(String reason) {
        return View.builder().type("home").blocks(List.of(
                Blocks.section(s -> s.text(
                        BlockCompositions.markdownText(reason))))).build();
    }

    static View view(Home home) {
        return Views.view(v -> v.type("home").callbackId("liaison_home").blocks(blocks(home)));
    }

    static List<LayoutBlock> blocks(Home home) {
        List<LayoutBlock> blocks = new ArrayList<>();
        // what another feature needs this person to act on comes first (a broken calendar connection, for a head)
        home.notices().stream().limit(NOTICES_SHOWN).forEach(notice -> blocks.add(BlockKit.text(notice)));
        List<ClientBlocks.Row> rows = home.clients().stream().sorted(URGENCY).toList();
        blocks.add(header(h -> h.text(plainText("Your clients (" + rows.size() + ")"))));
        long due = rows.stream().filter(ClientBlocks.Row::due).count();
        long atRisk = rows.stream().filter(r -> r.health().band() == HealthBand.AT_RISK).count();
        blocks.add(context(asContextElements(markdownText(rows.isEmpty()
                ? "You don't own any clients yet."
                : due + " due for a check-in · " + atRisk + " at risk · most urgent first"))));
        blocks.add(actions(a -> a.blockId("home_actions").elements(asElements(
                button(b -> b.actionId(ClientActions.ADD_CLIENT).text(plainText("Add client")).style("primary"))))));
        rows.stream().limit(CLIENTS_SHOWN).forEach(r -> blocks.add(clientRow(r)));
        if (rows.size() > CLIENTS_SHOWN) {
            blocks.add(context(asContextElements(markdownText("_…and " + (rows.size() - CLIENTS_SHOWN)
                    + " more clients: `/client list` shows them all._"))));
        }

        if (!home.covering().isEmpty()) {
            blocks.add(header(h -> h.text(plainText("You're covering (" + home.covering().size() + ")"))));
            blocks.addAll(BlockKit.lines(home.covering().stream().map(c -> Mrkdwn.of("• *%s* for %s%s",
                    SlackText.truncate(c.clientName(), 80), Mrkdwn.user(c.absentId()), c.until() == null ? Mrkdwn.EMPTY
                            : Mrkdwn.of(" until %s", DatePhrases.describe(c.until(), home.today())))).toList(), 1, "clients"));
        }

        blocks.add(divider());
        blocks.add(header(h -> h.text(plainText("Your open tasks (" + home.tasks().size() + ")"))));
        if (home.tasks().isEmpty()) {
            blocks.add(BlockKit.text(Mrkdwn.of("_No open tasks. Nice._")));
        } else {
            // each of the first tasks with its Done button; the rest as lines
            home.tasks().stream().limit(TASKS_WITH_DONE).forEach(t -> blocks.add(section(s -> s
                    .text(markdownText(taskLine(t, home.today()).truncate(BlockKit.SECTION_TEXT).markup()))
                    .accessory(button(b -> b.actionId(ClientActions.TASK_DONE).text(plainText("Done")).value(t.number()))))));
            if (home.tasks().size() > TASKS_WITH_DONE) {
                blocks.addAll(BlockKit.lines(home.tasks().stream().skip(TASKS_WITH_DONE)
                        .map(t -> taskLine(t, home.today())).toList(), TASK_BLOCKS, "tasks"));
            }
        }

        pipeline(blocks, "My pipeline", home.pipelines().mine(), home, 3);

        if (!home.out().isEmpty()) {
            blocks.add(divider());
            blocks.add(header(h -> h.text(plainText("Out on your team"))));
            blocks.addAll(BlockKit.lines(home.out().stream().map(a -> absence(a, home.today())).toList(), 2, "people"));
        }

        if (home.lead() != null) {
            Lead lead = home.lead();
            blocks.add(divider());
            blocks.add(header(h -> h.text(plainText("Your team's load"))));
            blocks.addAll(BlockKit.lines(lead.loads().stream().map(HomeBlocks::load).toList(), 2, "people"));
            blocks.add(header(h -> h.text(plainText("At-risk clients of your team (" + lead.atRisk().size() + ")"))));
            blocks.addAll(lead.atRisk().isEmpty() ? List.of(BlockKit.text(Mrkdwn.of("_None at risk._")))
                    : BlockKit.lines(lead.atRisk().stream().sorted(URGENCY).map(ClientBlocks::row).toList(), 3, "clients"));
            blocks.add(header(h -> h.text(plainText("Pending reallocations (" + lead.pending().size() + ")"))));
            blocks.addAll(lead.pending().isEmpty() ? List.of(BlockKit.text(Mrkdwn.of("_Nothing waiting for you._")))
                    : BlockKit.lines(lead.pending().stream().map(p -> Mrkdwn.of("• %s from %s · %s to cover",
                    Mrkdwn.user(p.absentUserId()), DatePhrases.describe(p.from(), home.today()), Plural.count(p.items(), "item"))).toList(),
                    2, "plans"));
            if (home.pipelines().team() != null) {
                pipeline(blocks, "Your team's pipeline", home.pipelines().team(), home, 2);
            }
        }
        return blocks;
    }

    /** A pipeline: its weighted figures, then its open opportunities in at most {@code lineBlocks} blocks. */
    private static void pipeline(List<LayoutBlock> blocks, String title, Pipeline.Summary pipeline, Home home,
                                 int lineBlocks) {
        Currency currency = home.pipelines().currency();
        blocks.add(divider());
        blocks.add(header(h -> h.text(plainText(title + " (" + pipeline.openCount() + ")"))));
        if (pipeline.open().isEmpty()) {
            blocks.add(BlockKit.text(Mrkdwn.of("_No open opportunities. Add one with `/client opp &lt;client&gt; &lt;title&gt; &lt;amount&gt;`._")));
            return;
        }
        blocks.add(context(asContextElements(markdownText(GrowthBlocks.summary(pipeline, currency).markup()))));
        blocks.addAll(BlockKit.lines(pipeline.open().stream().map(o -> Mrkdwn.of("• %s", GrowthBlocks.line(o,
                home.pipelines().clientNames().getOrDefault(o.clientId(), "a former client"), currency, home.today())))
                .toList(), lineBlocks, "opportunities"));
    }

    private static LayoutBlock clientRow(ClientBlocks.Row r) {
        String id = r.client().id();
        return section(s -> s.text(markdownText(ClientBlocks.row(r).truncate(BlockKit.SECTION_TEXT).markup()))
                .accessory(overflowMenu(o -> o.actionId(ClientActions.HOME_CLIENT_MENU).options(List.of(
                        option(plainText("Log interaction"), "log:" + id),
                        option(plainText("Add task"), "task:" + id),
                        option(plainText("Edit client"), "edit:" + id))))));
    }

    private static Mrkdwn taskLine(TaskLine t, LocalDate today) {
        String due = t.due() == null ? "" : t.due().isBefore(today)
                ? " · :warning: overdue, was due " + DatePhrases.describe(t.due(), today)
                : " · due " + DatePhrases.describe(t.due(), today);
        return Mrkdwn.of("• `%s` %s — *%s*%s", t.number(), SlackText.truncate(SlackText.oneLine(t.title()), 200),
                SlackText.truncate(t.clientName(), 80), due);
    }

    private static Mrkdwn absence(TeamDirectory.Absence a, LocalDate today) {
        return Mrkdwn.of("• %s until %s%s", Mrkdwn.user(a.userId()), DatePhrases.describe(a.until(), today),
                a.coverers().isEmpty() ? Mrkdwn.of(" · :warning: not covered")
                        : Mrkdwn.of(" · covered by %s%s", Mrkdwn.users(a.coverers().stream().limit(5).toList()),
                        Mrkdwn.of(a.coverers().size() > 5 ? " and " + (a.coverers().size() - 5) + " more" : "")));
    }

    private static Mrkdwn load(Load l) {
        String flag = l.clients() > l.capacity() ? " :warning: over capacity" : l.clients() == l.capacity() ? " · full" : "";
        return Mrkdwn.of("• %s %s / %s%s", Mrkdwn.user(l.userId()), l.clients(), Plural.count(l.capacity(), "client"), Mrkdwn.of(flag));
    }

    private static int bandRank(HealthBand band) {
        return switch (band) {
            case AT_RISK -> 0;
            case WATCH -> 1;
            case HEALTHY -> 2;
        };
    }
}
