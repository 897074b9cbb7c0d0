package dev.liaison.ooo.slack;

import dev.liaison.parsing.Plural;
import com.slack.api.model.block.element.BlockElement;
import dev.liaison.client.HealthBand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.slack.api.model.block.LayoutBlock;
import dev.liaison.ooo.Absence;
import dev.liaison.ooo.Coverage;
import dev.liaison.ooo.Plan;
import dev.liaison.ooo.CoverCandidates;
import dev.liaison.ooo.PlanRecord;
import com.slack.api.model.block.composition.OptionObject;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.composition.BlockCompositions.option;

/** Pure renderers of the out-of-office messages. */
final class OooBlocks {

    /** Two blocks an item (its line, then its select and Apply): 22 items keep a prompt within 50 blocks. */
    static final int ITEMS_SHOWN = 22;

    private OooBlocks() {
    }

    /** Where an absence came from, in a sentence: "said with /ooo", "from their Google calendar"… */
    static String said(String sourceLabel) {
        return switch (sourceLabel) {
            case "Slack status" -> "from their Slack status";
            case "Google" -> "from their Google calendar";
            case "Microsoft" -> "from their Microsoft 365 calendar";
            default -> "said with /ooo";
        };
    }

    static String period(String from, String to) {
        return from.equals(to) ? "on " + from : "from " + from + " to " + to;
    }

    private static String reason(Plan.Reason reason) {
        return switch (reason) {
            case BACKUP -> "their backup";
            case FAMILIAR -> "knows the client";
            case LOWEST_LOAD -> "lowest load";
            case FOLLOWS_CLIENT -> "covers the client";
            case NEEDS_DECISION -> "nobody fits";
        };
    }

    private static Mrkdwn item(PlanRecord.Item item) {
        Mrkdwn what = item.kind() == Plan.Kind.CLIENT ? Mrkdwn.of("*%s*", SlackText.truncate(item.label(), 80))
                : Mrkdwn.of("task %s", SlackText.truncate(item.label(), 150));
        if (item.chosenId() == null) {
            return Mrkdwn.of(":warning: %s%s — nobody fits: choose someone", what, health(item));
        }
        String suggestion = item.chosenId().equals(item.suggestedId()) ? " _(" + reason(item.reason()) + ")_" : " _(your choice)_";
        return Mrkdwn.of("%s%s → %s%s", what, health(item), Mrkdwn.user(item.chosenId()), Mrkdwn.of(suggestion));
    }

    /** " · 🟢 85 healthy" after a client, so the lead sees which clients matter most. */
    private static Mrkdwn health(PlanRecord.Item item) {
        if (item.health() == null) {
            return Mrkdwn.EMPTY;
        }
        HealthBand band = HealthBand.of(item.health());
        String dot = switch (band) {
            case HEALTHY -> ":large_green_circle:";
            case WATCH -> ":large_yellow_circle:";
            case AT_RISK -> ":red_circle:";
        };
        return Mrkdwn.of(" · " + dot + " %s %s", item.health(), band.label());
    }

    static Mrkdwn promptText(PlanRecord plan) {
        return Mrkdwn.of("Who covers for %s %s?", Mrkdwn.user(plan.absentId()), period(plan.from(), plan.to()));
    }

    static List<LayoutBlock> prompt(PlanRecord plan, List<CoverCandidates.Candidate> candidates) {
        List<LayoutBlock> blocks = new ArrayList<>();
        long clients = plan.items().stream().filter(i -> i.kind() == Plan.Kind.CLIENT).count();
        blocks.add(section(s -> s.text(markdownText(":palm_tree: <@" + plan.absentId() + "> is out "
                + period(plan.from(), plan.to()) + " (" + said(plan.sourceLabel()) + "). Here is who I suggest covers their " + Plural.count(clients, "client") + " and "
                + Plural.count(plan.items().size() - clients, "open task") + "; change anyone with the menus."))));
        if (plan.items().isEmpty()) {
            blocks.add(BlockKit.text(Mrkdwn.of("_They have no clients or open tasks: nothing to cover._")));
        }
        plan.items().stream().limit(ITEMS_SHOWN).forEach(item -> {
            blocks.add(section(s -> s.text(markdownText((item.applied() ? Mrkdwn.of(":white_check_mark: %s", item(item)) : item(item)).markup()))));
            if (!item.applied()) {
                blocks.add(actions(a -> a.blockId(OooActions.itemBlockId(plan.id(), item.itemId())).elements(asElements(
                        coverMenu(item, candidates),
                        button(b -> b.actionId(OooActions.ITEM_APPLY).text(plainText("Apply"))
                                .value(plan.id() + "|" + item.itemId()))))));
            }
        });
        if (plan.items().size() > ITEMS_SHOWN) {
            blocks.add(context(asContextElements(markdownText("…and " + (plan.items().size() - ITEMS_SHOWN)
                    + " more; Apply all uses the suggestions for them."))));
        }
        blocks.add(actions(a -> a.blockId("ooo_decide").elements(asElements(
                button(b -> b.actionId(OooActions.APPLY_ALL).text(plainText("Apply all")).style("primary").value(plan.id())),
                button(b -> b.actionId(OooActions.DECIDE_LATER).text(plainText("Decide later")).value(plan.id()))))));
        return blocks;
    }

    /** The item's menu: only people who may cover (never the absent person), the lead's choice shown as chosen. */
    private static BlockElement coverMenu(PlanRecord.Item item,
                                                                           List<CoverCandidates.Candidate> candidates) {
        List<OptionObject> options = candidates.stream().map(c -> option(plainText(
                SlackText.user(c.name(), BlockKit.BUTTON_TEXT)), c.userId())).toList(); // profile names escaped, as everywhere
        return staticSelect(s -> {
            s.actionId(OooActions.ITEM_COVER).placeholder(plainText("Choose cover")).options(options);
            options.stream().filter(o -> o.getValue().equals(item.chosenId())).findFirst().ifPresent(s::initialOption);
            return s;
        });
    }

    static List<LayoutBlock> decided(PlanRecord plan, String by) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(":white_check_mark: Cover for <@" + plan.absentId() + "> "
                + period(plan.from(), plan.to()) + " applied by <@" + by + ">."))));
        blocks.addAll(BlockKit.lines(plan.items().stream().map(i -> Mrkdwn.of("• %s", item(i))).toList(),
                BlockKit.MESSAGE_BLOCKS - 1, BlockKit.MESSAGE_CHARS, "items"));
        return blocks;
    }

    static List<LayoutBlock> deferred(PlanRecord plan, List<CoverCandidates.Candidate> candidates) {
        List<LayoutBlock> blocks = new ArrayList<>(prompt(plan, candidates));
        blocks.add(0, context(asContextElements(markdownText(
                ":hourglass: Decide later: this plan waits on your App Home and here; nothing is covered yet."))));
        return blocks;
    }

    static List<LayoutBlock> coverNotice(PlanRecord plan, List<PlanRecord.Item> items) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(":handshake: While <@" + plan.absentId() + "> is out "
                + period(plan.from(), plan.to()) + ", you cover:"))));
        blocks.addAll(BlockKit.lines(items.stream().map(i -> i.kind() == Plan.Kind.CLIENT
                ? Mrkdwn.of("• *%s*", SlackText.truncate(i.label(), 80)) : Mrkdwn.of("• task %s", SlackText.truncate(i.label(), 150))).toList(),
                BlockKit.MESSAGE_BLOCKS - 2, BlockKit.MESSAGE_CHARS, "items"));
        blocks.add(context(asContextElements(markdownText("Their check-in nudges come to you until they are back."))));
        return blocks;
    }

    static List<LayoutBlock> absentSummary(PlanRecord plan) {
        Map<String, List<PlanRecord.Item>> byCover = plan.items().stream().filter(i -> i.chosenId() != null)
                .collect(Collectors.groupingBy(PlanRecord.Item::chosenId, TreeMap::new, Collectors.toList()));
        List<Mrkdwn> lines = byCover.entrySet().stream().map(e -> Mrkdwn.of("• %s: %s", Mrkdwn.user(e.getKey()),
                Mrkdwn.join(", ", e.getValue().stream().map(i -> Mrkdwn.text(SlackText.truncate(i.label(), 60))).toList())))
                .toList();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(":palm_tree: You're covered " + period(plan.from(), plan.to())
                + ". Enjoy the time off — here is who has what:"))));
        blocks.addAll(BlockKit.lines(lines, BlockKit.MESSAGE_BLOCKS - 1, BlockKit.MESSAGE_CHARS, "people"));
        return blocks;
    }

    static List<LayoutBlock> handBack(PlanRecord plan, List<Coverage> returned) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(":wave: <@" + plan.absentId() + "> is back. Cover has ended"
                + (returned.isEmpty() ? "; no reassigned tasks were still open." : " and " + Plural.count(returned.size(), "reassigned task")
                + " went back to them:")))));
        if (!returned.isEmpty()) {
            blocks.addAll(BlockKit.lines(returned.stream().map(c -> Mrkdwn.of("• %s (was with %s)",
                    SlackText.truncate(c.label(), 150), Mrkdwn.user(c.coverId()))).toList(), 40, BlockKit.MESSAGE_CHARS, "tasks"));
            blocks.add(actions(a -> a.blockId("ooo_handback").elements(asElements(button(b -> b
                    .actionId(OooActions.KEEP).text(plainText("Keep them with the coverers")).value(plan.id()))))));
        }
        return blocks;
    }

    static List<LayoutBlock> whileYouWereOut(LocalDate from, LocalDate to, List<Mrkdwn> lines) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(":wave: Welcome back! While you were out ("
                + period(from.toString(), to.toString()) + "):"))));
        blocks.addAll(lines.isEmpty() ? List.of(BlockKit.text(Mrkdwn.of("_Nothing was logged on your clients._")))
                : BlockKit.lines(lines.stream().map(l -> Mrkdwn.of("• %s", l.truncate(300))).toList(),
                BlockKit.MESSAGE_BLOCKS - 1, BlockKit.MESSAGE_CHARS, "events"));
        return blocks;
    }

    static String list(List<Absence> absences, LocalDate today) {
        if (absences.isEmpty()) {
            return "Nobody is out now or in the next 14 days.";
        }
        return "*Out now and in the next 14 days*\n" + absences.stream().limit(50).map(a -> "• <@" + a.userId() + "> "
                + period(a.from(), a.to()) + (a.covers(today) ? " _(out now)_" : "") + " · " + a.sourceLabel()).collect(Collectors.joining("\n"))
                + (absences.size() > 50 ? "\n_…and " + (absences.size() - 50) + " more_" : "");
    }
}
