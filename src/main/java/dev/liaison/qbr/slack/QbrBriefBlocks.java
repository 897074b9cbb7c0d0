package dev.liaison.qbr.slack;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.slack.api.model.block.LayoutBlock;
import dev.liaison.client.ClientActions;
import dev.liaison.parsing.DatePhrases;
import dev.liaison.parsing.Money;
import dev.liaison.parsing.Plural;
import dev.liaison.qbr.HealthTrend;
import dev.liaison.qbr.QbrBrief;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * The QBR brief as one DM, after its chart: when the review is due, health now against 12 weeks ago,
 * touches by type, escalations with their time to resolve, hours by month against the budget, the
 * account plan's goals, open opportunities, and "Mark held". Every list is bounded, so the message stays far inside Slack's 50 blocks.
 */
final class QbrBriefBlocks {

    static final int ESCALATION_BLOCKS = 2;
    /** Blocks for the goals and for the opportunities. */
    static final int LIST_BLOCKS = 2;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);

    private QbrBriefBlocks() {
    }

    static String text(QbrBrief b) {
        return Mrkdwn.of("QBR brief: %s", SlackText.truncate(b.clientName(), 80)).markup();
    }

    static List<LayoutBlock> blocks(QbrBrief b, boolean chartUploaded) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(SlackText.truncate("QBR brief: " + b.clientName(), BlockKit.HEADER_TEXT)))));
        blocks.add(section(s -> s.blockId(ClientActions.qbrBlockId(b.clientId())).text(markdownText(
                SlackText.truncate(review(b).markup(), BlockKit.SECTION_TEXT)))));
        blocks.add(context(asContextElements(markdownText(chartUploaded
                ? ":chart_with_upwards_trend: The health chart is the image just above."
                : ":warning: The health chart could not be uploaded to Slack; press *Prepare brief* again later."))));

        blocks.add(divider());
        blocks.add(BlockKit.text(touches(b)));
        List<Mrkdwn> escalations = b.escalations().stream().map(e -> escalation(e, b)).toList();
        blocks.add(BlockKit.text(Mrkdwn.of("*Escalations, last 12 weeks* (%s)%s", String.valueOf(escalations.size()),
                escalations.isEmpty() ? Mrkdwn.of("\nNone.") : Mrkdwn.EMPTY)));
        blocks.addAll(BlockKit.lines(escalations, ESCALATION_BLOCKS, "escalations"));
        blocks.add(BlockKit.text(hours(b)));
        blocks.add(divider());
        List<Mrkdwn> goals = b.goals().stream().map(g -> Mrkdwn.of("• `%s` %s · %s%s", g.number(),
                SlackText.truncate(SlackText.oneLine(g.text()), 200), g.status(),
                g.by() == null ? "" : " · by " + g.by())).toList();
        blocks.add(BlockKit.text(Mrkdwn.of("*Account plan goals* (%s)%s", String.valueOf(goals.size()),
                goals.isEmpty() ? Mrkdwn.of("\nNone yet: add one with `/client goal`.") : Mrkdwn.EMPTY)));
        blocks.addAll(BlockKit.lines(goals, LIST_BLOCKS, "goals"));
        List<Mrkdwn> opportunities = b.opportunities().stream().map(o -> Mrkdwn.of("• `%s` %s · %s · %s%s", o.number(),
                SlackText.truncate(SlackText.oneLine(o.title()), 150),
                o.amountCents() == null ? "no amount" : Money.format(o.amountCents(), b.currency()), o.stage(),
                o.close() == null ? "" : " · closes " + o.close())).toList();
        blocks.add(BlockKit.text(Mrkdwn.of("*Open opportunities* (%s)%s", String.valueOf(opportunities.size()),
                opportunities.isEmpty() ? Mrkdwn.of("\nNone open.") : Mrkdwn.EMPTY)));
        blocks.addAll(BlockKit.lines(opportunities, LIST_BLOCKS, "opportunities"));

        blocks.add(actions(a -> a.blockId(ClientActions.qbrButtonsBlockId(b.clientId())).elements(asElements(
                button(x -> x.actionId(ClientActions.QBR_HELD).text(plainText("Mark held")).style("primary")
                        .value(b.clientId())),
                button(x -> x.actionId(ClientActions.OPEN_STATUS).text(plainText("Open status")).value(b.clientId()))))));
        return blocks;
    }

    private static Mrkdwn review(QbrBrief b) {
        Mrkdwn when = b.next() == null ? Mrkdwn.of("No reviews are scheduled for %s (`qbr off`).",
                SlackText.truncate(b.clientName(), 80))
                : b.next().neverHeld() ? Mrkdwn.of("*Review:* never held, due now · every %s",
                Plural.count(b.qbrWeeks(), "week"))
                : Mrkdwn.of("*Review:* %s %s (%s) · every %s", b.next().daysLeft() < 0 ? ":warning: overdue, was due"
                : "due", b.next().date().format(DAY), DatePhrases.describe(b.next().date(), b.today()),
                Plural.count(b.qbrWeeks(), "week"));
        HealthTrend.Point first = b.health().get(0);
        Mrkdwn health = b.health().size() == 1
                ? Mrkdwn.of("*Health:* %s (%s) now; no weekly scores kept yet", String.valueOf(b.healthNow()),
                b.bandNow().label())
                : Mrkdwn.of("*Health:* %s (%s) now, %s in %s (%s)", String.valueOf(b.healthNow()), b.bandNow().label(),
                String.valueOf(first.score()), first.label(), change(b.healthNow() - first.score()));
        return Mrkdwn.join("\n", List.of(when, health, Mrkdwn.of("*Owner:* %s", Mrkdwn.user(b.ownerId()))));
    }

    private static String change(int delta) {
        return delta == 0 ? "no change" : (delta > 0 ? "+" : "−") + Math.abs(delta);
    }

    private static Mrkdwn touches(QbrBrief b) {
        if (b.touches().isEmpty()) {
            return Mrkdwn.of("*Touches, last 12 weeks* (0)\nNo touches logged.");
        }
        List<Mrkdwn> counts = b.touches().stream().map(t -> Mrkdwn.of("%s %s", t.type().label(),
                String.valueOf(t.count()))).toList();
        return Mrkdwn.of("*Touches, last 12 weeks* (%s)\n%s", String.valueOf(b.touchTotal()), Mrkdwn.join(" · ", counts));
    }

    private static Mrkdwn escalation(QbrBrief.EscalationLine e, QbrBrief b) {
        Mrkdwn opened = Mrkdwn.of("opened %s", e.openedAt().atZone(b.zone()).toLocalDate().format(DAY));
        return Mrkdwn.of("• `%s` %s — %s · %s · %s", e.number(), e.severity(),
                SlackText.truncate(SlackText.oneLine(e.summary()), 150), opened,
                e.open() ? Mrkdwn.of(":warning: still open") : Mrkdwn.of("resolved in %s", duration(e.toResolve())));
    }

    /** "35m", "5h 20m", "2d 4h": wall-clock time, to the minute under a day and to the hour past it. */
    static String duration(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return minutes + "m";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + "h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + "m");
        }
        long hours = minutes / 60;
        return hours / 24 + "d" + (hours % 24 == 0 ? "" : " " + hours % 24 + "h");
    }

    private static Mrkdwn hours(QbrBrief b) {
        Double budget = b.budgetHours() == null || b.budgetHours() <= 0 ? null : b.budgetHours();
        List<Mrkdwn> months = b.hours().stream().map(m -> {
            String name = m.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + m.month().getYear();
            String used = hours(m.hours()) + " h";
            return budget == null ? Mrkdwn.of("%s · %s", name, used) : Mrkdwn.of("%s · %s of %s h (%s%%)", name, used,
                    hours(budget), String.valueOf(Math.round(100 * m.hours() / budget)));
        }).toList();
        return Mrkdwn.of("*Hours by month*%s\n%s", budget == null ? Mrkdwn.of(" (no monthly budget)") : Mrkdwn.EMPTY,
                Mrkdwn.join("\n", months));
    }

    private static String hours(double h) {
        return h == Math.rint(h) ? String.valueOf((long) h) : String.format(Locale.ROOT, "%.1f", h);
    }
}
