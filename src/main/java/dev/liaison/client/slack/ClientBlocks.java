package dev.liaison.client.slack;

import dev.liaison.client.ClientActions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import dev.liaison.client.BudgetPace;
import dev.liaison.client.BudgetWords;
import dev.liaison.client.CheckInPolicy;
import dev.liaison.client.Client;
import dev.liaison.client.ClientField;
import dev.liaison.client.ClientFields;
import dev.liaison.client.ClientStatus;
import dev.liaison.client.CoverageLookup;
import dev.liaison.client.Health;
import dev.liaison.client.HealthBand;
import dev.liaison.client.NameMatch;
import dev.liaison.client.Sentiment;
import dev.liaison.growth.Goal;
import dev.liaison.growth.GrowthActions;
import dev.liaison.growth.Opportunity;
import dev.liaison.parsing.DatePhrases;
import dev.liaison.parsing.Money;
import dev.liaison.parsing.Durations;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;

/** Pure renderers of the client surfaces: domain values in, Block Kit out, always within limits. */
final class ClientBlocks {

    static final int TASKS_SHOWN = 8;
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    /**
     * Everything a card shows, computed by the listener for one viewer.
     *
     * @param cover who covers the client today while its owner is out; null when nobody needs to
     */
    record Card(Client client, Health health, Instant now, ZoneId zone, CoverageLookup.Cover cover,
                Growth growth, BudgetPace.Projection pace) {
        Card(Client client, Health health, Instant now, ZoneId zone, CoverageLookup.Cover cover, Growth growth) {
            this(client, health, now, zone, cover, growth, null);
        }

        Card(Client client, Health health, Instant now, ZoneId zone, CoverageLookup.Cover cover,
             BudgetPace.Projection pace) {
            this(client, health, now, zone, cover, Growth.NONE, pace);
        }

        Card(Client client, Health health, Instant now, ZoneId zone) {
            this(client, health, now, zone, null, Growth.NONE, null);
        }

        Card(Client client, Health health, Instant now, ZoneId zone, CoverageLookup.Cover cover) {
            this(client, health, now, zone, cover, Growth.NONE, null);
        }

        LocalDate today() {
            return LocalDate.ofInstant(now, zone);
        }
    }

    /** The account-growth part of a card: open opportunities and goals, amounts in the workspace's currency. */
    record Growth(List<Opportunity> opportunities, List<Goal> goals, Currency currency) {
        static final Growth NONE = new Growth(List.of(), List.of(), Money.DEFAULT);
    }

    /** One portfolio line. */
    record Row(Client client, Health health, boolean due, Long daysSinceTouch) {
    }

    private ClientBlocks() {
    }

    static String name(Client client) {
        return SlackText.user(client.name(), 80);
    }

    static List<LayoutBlock> statusCard(Card card, boolean withActions) {
        Client c = card.client();
        LocalDate today = card.today();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(SlackText.user(c.name(), BlockKit.HEADER_TEXT)))));
        if (c.status() != ClientStatus.ACTIVE) {
            blocks.add(context(asContextElements(markdownText(":pause_button: This client is *"
                    + c.status().label() + "*: no check-ins are asked for."))));
        }
        List<TextObject> fields = new ArrayList<>();
        fields.add(markdownText("*Owner*\n" + owner(c) + (card.cover() == null ? ""
                : "\n:palm_tree: out until " + card.cover().until() + ", covered by <@" + card.cover().coverId() + ">")));
        fields.add(markdownText("*Health*\n" + health(card.health())));
        fields.add(markdownText("*Last touch*\n" + lastTouch(c, card)));
        fields.add(markdownText("*Next check-in*\n" + nextCheckIn(c, card)));
        ClientField.CardContext at = new ClientField.CardContext(card.now(), today, card.growth().currency());
        for (ClientField<?> field : ClientFields.ALL) {
            field.cardLine(c, at).ifPresent(line -> fields.add(markdownText("*" + line.title() + "*\n" + line.text().markup())));
            if (field == ClientFields.HOURS && card.pace() != null) {
                fields.add(markdownText("*Budget pace*\n" + BudgetWords.pace(card.pace())));
            }
        }
        // a section holds at most 10 fields: the rest go on in another
        for (int from = 0; from < fields.size(); from += BlockKit.SECTION_FIELDS) {
            List<TextObject> part = fields.subList(from, Math.min(fields.size(), from + BlockKit.SECTION_FIELDS));
            blocks.add(section(s -> s.fields(part)));
        }
        if (card.health().deductions().size() > 1) {
            String why = card.health().deductions().stream()
                    .map(d -> "−" + d.points() + " " + d.reason())
                    .collect(Collectors.joining(" · "));
            blocks.add(context(asContextElements(markdownText("Health: " + SlackText.truncate(why, 2900)))));
        }

        blocks.add(divider());
        blocks.add(BlockKit.text(Mrkdwn.of("*Recent touches*\n%s", recentTouches(c, card))));
        if (withActions && !c.openTasks().isEmpty()) {
            blocks.addAll(openTasksWithDone(c, today));
        } else {
            blocks.add(BlockKit.text(openTasks(c, today)));
        }
        if (!c.openEscalations().isEmpty()) {
            blocks.add(BlockKit.text(openEscalations(c)));
        }
        blocks.addAll(GrowthBlocks.cardOpportunities(card.growth().opportunities(), card.growth().currency(), today,
                withActions));
        blocks.addAll(GrowthBlocks.cardGoals(card.growth().goals(), today));
        if (withActions) {
            blocks.add(actions(a -> a.blockId("client_actions").elements(asElements(
                    button(b -> b.actionId(ClientActions.LOG).text(plainText("Log interaction")).value(c.id())
                            .style("primary")),
                    button(b -> b.actionId(ClientActions.ADD_TASK).text(plainText("Add task")).value(c.id())),
                    button(b -> b.actionId(ClientActions.ESCALATE).text(plainText("Escalate")).value(c.id())),
                    button(b -> b.actionId(ClientActions.EDIT).text(plainText("Edit")).value(c.id())),
                    button(b -> b.actionId(GrowthActions.ADD_OPPORTUNITY).text(plainText("Add opportunity")).value(c.id())),
                    button(b -> b.actionId(ClientActions.UPDATE).text(plainText("Update")).value(c.id())),
                    button(b -> b.actionId(ClientActions.SHARE).text(plainText("Share in channel")).value(c.id())
                            .confirm(confirmationDialog(d -> d.title(plainText("Share this card?"))
                                    .text(plainText("Everyone in this channel will see it, health score included."
                                            + " Don't share into a channel the client is in."))
                                    .confirm(plainText("Share")).deny(plainText("Cancel")))))))));
        }
        return blocks;
    }

    private static String owner(Client c) {
        String owner = c.ownerId() == null ? "nobody" : "<@" + c.ownerId() + ">";
        return c.backupId() == null ? owner : owner + "\nbackup <@" + c.backupId() + ">";
    }

    static String health(Health health) {
        String text = bandEmoji(health.band()) + " *" + health.score() + "* " + health.band().label();
        return health.topDriver().map(d -> text + " — " + d.reason()).orElse(text);
    }

    static String bandEmoji(HealthBand band) {
        return switch (band) {
            case HEALTHY -> ":large_green_circle:";
            case WATCH -> ":large_yellow_circle:";
            case AT_RISK -> ":red_circle:";
        };
    }

    private static String lastTouch(Client c, Card card) {
        if (c.lastTouchAt() == null) {
            return "never";
        }
        LocalDate day = LocalDate.ofInstant(c.lastTouchAt(), card.zone());
        String type = c.recentTouches().isEmpty() ? "" : " (" + c.recentTouches().get(0).described() + ")";
        return DatePhrases.describe(day, card.today()) + type;
    }

    private static String nextCheckIn(Client c, Card card) {
        Instant due = CheckInPolicy.nextDue(c.lastTouchAt(), c.createdAt(), c.cadenceDays());
        LocalDate dueDay = LocalDate.ofInstant(due, card.zone());
        if (!card.now().isBefore(due)) {
            long overdue = CheckInPolicy.daysSince(due, card.now());
            return ":bell: due " + (overdue == 0 ? "now" : "— " + overdue + (overdue == 1 ? " day" : " days") + " overdue");
        }
        return "due " + DatePhrases.describe(dueDay, card.today());
    }

    private static Mrkdwn recentTouches(Client c, Card card) {
        if (c.recentTouches().isEmpty()) {
            return Mrkdwn.of("_No touches logged yet. Log one with `/client log %s call …`._", c.name());
        }
        return Mrkdwn.escapedAlready(c.recentTouches().stream().map(t -> {
            String day = LocalDate.ofInstant(t.at(), card.zone()).format(SHORT_DATE);
            String minutes = t.minutes() > 0 ? " · " + Durations.format(t.minutes()) : "";
            String mood = t.sentiment() == Sentiment.NEUTRAL ? "" : " · " + sentimentEmoji(t.sentiment());
            return "• " + day + " · " + t.described() + mood + minutes + " — "
                    + SlackText.user(SlackText.oneLine(t.summary()), 300) + " _(" + Mrkdwn.user(t.by()) + ")_";
        }).collect(Collectors.joining("\n")));
    }

    static String sentimentEmoji(Sentiment sentiment) {
        return switch (sentiment) {
            case POSITIVE -> ":slightly_smiling_face: positive";
            case NEGATIVE -> ":slightly_frowning_face: negative";
            case NEUTRAL -> "neutral";
        };
    }

    /** The open tasks one by one, each with its Done button (the first TASKS_SHOWN; the rest counted). */
    private static List<LayoutBlock> openTasksWithDone(Client c, LocalDate today) {
        List<Client.OpenTask> tasks = sortedTasks(c);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.text(Mrkdwn.of("*Open tasks* (%s)", tasks.size())));
        tasks.stream().limit(TASKS_SHOWN).forEach(t -> blocks.add(section(s -> s.text(markdownText(taskLine(t, today)))
                .accessory(button(b -> b.actionId(ClientActions.TASK_DONE).text(plainText("Done")).value(t.number()))))));
        if (tasks.size() > TASKS_SHOWN) {
            blocks.add(context(asContextElements(markdownText("_…and " + (tasks.size() - TASKS_SHOWN) + " more_"))));
        }
        return blocks;
    }

    private static List<Client.OpenTask> sortedTasks(Client c) {
        return c.openTasks().stream()
                .sorted(Comparator.comparing((Client.OpenTask t) -> t.due() == null ? "9999" : t.due()))
                .toList();
    }

    private static String taskLine(Client.OpenTask t, LocalDate today) {
        StringBuilder text = new StringBuilder("`").append(t.number()).append("` ")
                .append(SlackText.user(SlackText.oneLine(t.title()), 200));
        if (t.assigneeId() != null) {
            text.append(" — <@").append(t.assigneeId()).append(">");
        }
        if (t.dueDate() != null) {
            boolean overdue = t.dueDate().isBefore(today);
            text.append(overdue ? " · :warning: overdue, was due " : " · due ")
                    .append(DatePhrases.describe(t.dueDate(), today));
        }
        return text.toString();
    }

    private static Mrkdwn openTasks(Client c, LocalDate today) {
        List<Client.OpenTask> tasks = c.openTasks().stream()
                .sorted(Comparator.comparing((Client.OpenTask t) -> t.due() == null ? "9999" : t.due()))
                .toList();
        if (tasks.isEmpty()) {
            return Mrkdwn.of("*Open tasks*\n_None._");
        }
        StringBuilder text = new StringBuilder("*Open tasks* (" + tasks.size() + ")");
        tasks.stream().limit(TASKS_SHOWN).forEach(t -> {
            text.append("\n• `").append(t.number()).append("` ").append(SlackText.user(SlackText.oneLine(t.title()), 200));
            if (t.assigneeId() != null) {
                text.append(" — ").append(Mrkdwn.user(t.assigneeId()));
            }
            if (t.dueDate() != null) {
                boolean overdue = t.dueDate().isBefore(today);
                text.append(overdue ? " · :warning: overdue, was due " : " · due ")
                        .append(DatePhrases.describe(t.dueDate(), today));
            }
        });
        if (tasks.size() > TASKS_SHOWN) {
            text.append("\n_…and ").append(tasks.size() - TASKS_SHOWN).append(" more_");
        }
        return Mrkdwn.escapedAlready(text.toString());
    }

    private static Mrkdwn openEscalations(Client c) {
        StringBuilder text = new StringBuilder("*Open escalations* (" + c.openEscalations().size() + ")");
        c.openEscalations().stream().limit(5).forEach(e -> text.append("\n• :rotating_light: ")
                .append(e.severity()).append(" — ").append(SlackText.user(SlackText.oneLine(e.summary()), 200))
                .append(e.permalink() == null ? "" : " <" + e.permalink() + "|thread>"));
        if (c.openEscalations().size() > 5) {
            text.append("\n_…and ").append(c.openEscalations().size() - 5).append(" more_");
        }
        return Mrkdwn.escapedAlready(text.toString());
    }

    static List<LayoutBlock> portfolio(Mrkdwn title, List<Row> rows, Mrkdwn emptyText) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(SlackText.truncate(title.markup() + " (" + rows.size() + ")", BlockKit.HEADER_TEXT)))));
        if (rows.isEmpty()) {
            blocks.add(BlockKit.text(emptyText));
            return blocks;
        }
        long due = rows.stream().filter(Row::due).count();
        long atRisk = rows.stream().filter(r -> r.health().band() == HealthBand.AT_RISK).count();
        blocks.add(context(asContextElements(markdownText(due + " due for a check-in · " + atRisk + " at risk"))));
        List<Mrkdwn> lines = rows.stream().map(ClientBlocks::row).toList();
        blocks.addAll(BlockKit.lines(lines, BlockKit.MESSAGE_BLOCKS - blocks.size(), BlockKit.MESSAGE_CHARS, "clients"));
        return blocks;
    }

    static Mrkdwn row(Row r) {
        Client c = r.client();
        String since = r.daysSinceTouch() == null ? "never touched"
                : r.daysSinceTouch() == 0 ? "touched today" : r.daysSinceTouch() + "d since touch";
        String status = c.status() == ClientStatus.ACTIVE ? "" : " · _" + c.status().label() + "_";
        return Mrkdwn.of("%s *%s* · %s · %s%s · %s%s", Mrkdwn.of(bandEmoji(r.health().band())), Mrkdwn.escapedAlready(name(c)),
                r.health().score(), since, Mrkdwn.of(r.due() ? " · :bell: *due*" : ""), Mrkdwn.user(c.ownerId()),
                Mrkdwn.of(status));
    }

    /** "No client matches …; did you mean …?", or "… matches more than one client". */
    static String noMatch(NameMatch match, String typed) {
        String shown = "“" + SlackText.user(SlackText.oneLine(typed), 60) + "”";
        List<String> suggestions = match instanceof NameMatch.Ambiguous a ? a.suggestions()
                : ((NameMatch.NotFound) match).suggestions();
        String options = suggestions.stream().map(s -> "*" + SlackText.user(s, 80) + "*").collect(Collectors.joining(", "));
        if (match instanceof NameMatch.Ambiguous) {
            return shown + " matches more than one client: " + options + ". Which one? Quote the full name.";
        }
        return suggestions.isEmpty()
                ? "No client matches " + shown + ". See them all with `/client list all`."
                : "No client matches " + shown + "; did you mean " + options + "?";
    }
}
