package dev.liaison.client.slack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.time.format.DateTimeFormatter;

import com.slack.api.model.block.LayoutBlock;
import dev.liaison.growth.Goal;
import dev.liaison.growth.GrowthActions;
import dev.liaison.growth.Opportunity;
import dev.liaison.growth.Pipeline;
import dev.liaison.growth.Stage;
import dev.liaison.parsing.DatePhrases;
import dev.liaison.parsing.Money;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.button;

/** Pure renderers of opportunities, the pipeline and account-plan goals, on every client surface. */
final class GrowthBlocks {

    /** Opportunities on a card one by one with their Edit button; the rest are counted. */
    static final int CARD_OPPORTUNITIES = 5;
    static final int CARD_GOALS = 5;
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private GrowthBlocks() {
    }

    /** "`O-3` Website redesign · €12,500 · proposal · closes Dec 20", the client named when {@code clientName} is given. */
    static Mrkdwn line(Opportunity o, String clientName, Currency currency, LocalDate today) {
        StringBuilder text = new StringBuilder("`").append(o.number()).append("` *")
                .append(SlackText.user(SlackText.oneLine(o.title()), 150)).append('*');
        if (clientName != null) {
            text.append(" · ").append(SlackText.user(clientName, 80));
        }
        text.append(" · ").append(o.amountCents() == null ? "no amount" : Money.format(o.amountCents(), currency));
        text.append(" · ").append(o.stage().label());
        if (o.stage().open()) {
            text.append(" (").append(o.stage().weightPercent()).append(" %)");
        }
        if (o.closeDate() != null) {
            text.append(o.closeDatePassed(today) ? " · :warning: close date passed (" + o.closeDate().format(SHORT_DATE) + ")"
                    : " · closes " + DatePhrases.describe(o.closeDate(), today));
        }
        return Mrkdwn.escapedAlready(text.toString());
    }

    /** "Weighted pipeline $4,000 of $10,000 open · lead 1 · proposal 2 · negotiation 0". */
    static Mrkdwn summary(Pipeline.Summary pipeline, Currency currency) {
        StringBuilder text = new StringBuilder("Weighted pipeline *").append(Money.format(pipeline.weightedCents(), currency))
                .append("* of ").append(Money.format(pipeline.amountCents(), currency)).append(" open");
        for (Stage stage : List.of(Stage.LEAD, Stage.PROPOSAL, Stage.NEGOTIATION)) {
            Pipeline.StageTotal total = pipeline.byStage().get(stage);
            text.append(" · ").append(stage.label()).append(' ').append(total.count());
            if (total.count() > 0) {
                text.append(" (").append(Money.format(total.weightedCents(), currency)).append(')');
            }
        }
        return Mrkdwn.escapedAlready(text.toString());
    }

    /** /client opps: a header, the pipeline's figures, then one line per open opportunity within a message's limits. */
    static List<LayoutBlock> list(Mrkdwn title, Pipeline.Summary pipeline, Map<String, String> clientNames,
                                  Currency currency, LocalDate today, Mrkdwn empty) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(SlackText.truncate(title.markup() + " (" + pipeline.openCount() + ")",
                BlockKit.HEADER_TEXT)))));
        if (pipeline.open().isEmpty()) {
            blocks.add(BlockKit.text(empty));
            return blocks;
        }
        blocks.add(context(asContextElements(markdownText(summary(pipeline, currency).markup()))));
        List<Mrkdwn> lines = pipeline.open().stream()
                .map(o -> Mrkdwn.of("• %s", line(o, clientNames.getOrDefault(o.clientId(), "a former client"), currency, today)))
                .toList();
        blocks.addAll(BlockKit.lines(lines, BlockKit.MESSAGE_BLOCKS - blocks.size() - 1, BlockKit.MESSAGE_CHARS,
                "opportunities"));
        blocks.add(context(asContextElements(markdownText(
                "Move one with `/client opp O-12 stage won`; add one with `/client opp &lt;client&gt; &lt;title&gt; &lt;amount&gt;`."))));
        return blocks;
    }

    /** The card's opportunities, each with Edit, the weighted total in the title; then "Add opportunity" lives in the card's actions. */
    static List<LayoutBlock> cardOpportunities(List<Opportunity> open, Currency currency, LocalDate today,
                                               boolean withActions) {
        List<LayoutBlock> blocks = new ArrayList<>();
        long weighted = open.stream().mapToLong(Pipeline::weighted).sum();
        if (open.isEmpty()) {
            // a card stays short: no opportunities, no section ("Add opportunity" is in the card's buttons)
            return blocks;
        }
        String title = "*Open opportunities* (" + open.size() + ") · weighted " + Money.format(weighted, currency);
        if (!withActions) {
            StringBuilder text = new StringBuilder(title);
            open.stream().limit(CARD_OPPORTUNITIES).forEach(o -> text.append("\n• ").append(line(o, null, currency, today).markup()));
            if (open.size() > CARD_OPPORTUNITIES) {
                text.append("\n_…and ").append(open.size() - CARD_OPPORTUNITIES).append(" more_");
            }
            blocks.add(BlockKit.text(Mrkdwn.escapedAlready(text.toString())));
            return blocks;
        }
        blocks.add(BlockKit.text(Mrkdwn.escapedAlready(title)));
        open.stream().limit(CARD_OPPORTUNITIES).forEach(o -> blocks.add(section(s -> s
                .text(markdownText(line(o, null, currency, today).markup()))
                .accessory(button(b -> b.actionId(GrowthActions.EDIT_OPPORTUNITY).text(plainText("Edit")).value(o.number()))))));
        if (open.size() > CARD_OPPORTUNITIES) {
            blocks.add(context(asContextElements(markdownText("_…and " + (open.size() - CARD_OPPORTUNITIES)
                    + " more: `/client opps` lists them all_"))));
        }
        return blocks;
    }

    static Mrkdwn goalLine(Goal g, LocalDate today) {
        String status = g.status() == Goal.Status.OPEN ? "" : " · _" + g.status().label() + "_";
        String by = g.byDate() == null ? "" : g.byDate().isBefore(today) && g.status() == Goal.Status.OPEN
                ? " · :warning: was due " + g.byDate().format(SHORT_DATE) : " · by " + DatePhrases.describe(g.byDate(), today);
        return Mrkdwn.escapedAlready("`" + g.number() + "` " + SlackText.user(SlackText.oneLine(g.text()), 200) + by + status);
    }

    /** The card's account plan: its open goals (none: no block). */
    static List<LayoutBlock> cardGoals(List<Goal> open, LocalDate today) {
        if (open.isEmpty()) {
            return List.of();
        }
        StringBuilder text = new StringBuilder("*Account plan* (" + open.size() + " open)");
        open.stream().limit(CARD_GOALS).forEach(g -> text.append("\n• ").append(goalLine(g, today).markup()));
        if (open.size() > CARD_GOALS) {
            text.append("\n_…and ").append(open.size() - CARD_GOALS).append(" more_");
        }
        return List.of(BlockKit.text(Mrkdwn.escapedAlready(text.toString())));
    }

    /** /client goals: every goal of a client with its status, open ones first. */
    static List<LayoutBlock> goals(String clientName, List<Goal> goals, LocalDate today) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(SlackText.truncate("Account plan of " + clientName, BlockKit.HEADER_TEXT)))));
        if (goals.isEmpty()) {
            blocks.add(BlockKit.text(Mrkdwn.of("_No goals yet. Set one with `/client goal %s Launch the EU store by Mar 31`._",
                    clientName)));
            return blocks;
        }
        List<Mrkdwn> lines = goals.stream().sorted(java.util.Comparator.comparing((Goal g) -> g.status() != Goal.Status.OPEN))
                .map(g -> Mrkdwn.of("• %s", goalLine(g, today))).toList();
        blocks.addAll(BlockKit.lines(lines, BlockKit.MESSAGE_BLOCKS - blocks.size(), BlockKit.MESSAGE_CHARS, "goals"));
        return blocks;
    }
}
