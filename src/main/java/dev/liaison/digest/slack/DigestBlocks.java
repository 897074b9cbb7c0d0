package dev.liaison.digest.slack;

import dev.liaison.parsing.Plural;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.BlockCompositions;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.block.element.OverflowMenuElement;
import dev.liaison.budget.BudgetWords;
import dev.liaison.client.ClientActions;
import dev.liaison.digest.Digest;
import dev.liaison.digest.Nudge;
import dev.liaison.parsing.DatePhrases;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;
import dev.liaison.task.TaskActions;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.button;

/** Pure renderers of the daily digest and the check-in nudge: one item a block, each with its action. */
final class DigestBlocks {

    /** Items per section: four sections of this many stay well inside 50 blocks. */
    static final int PER_SECTION = 9;
    static final int NUDGE_ITEMS = 40;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);

    private DigestBlocks() {
    }

    static String digestText(Digest d) {
        return "Your Liaison digest: " + Plural.count(d.dueCheckIns().size(), "check-in") + " due, "
                + Plural.count(d.tasks().size(), "task") + ", " + Plural.count(d.escalations().size(), "escalation")
                + ", " + Plural.count(d.renewals().size(), "renewal");
    }

    static List<LayoutBlock> digest(Digest d) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Your day, " + d.date().format(DAY)))));
        addSection(blocks, ":rotating_light: Open escalations", d.escalations(), e -> item(
                "*" + SlackText.user(e.clientName(), 80) + "* · " + e.severity() + " — "
                        + SlackText.user(SlackText.oneLine(e.summary()), 200),
                ClientActions.OPEN_STATUS, "Open status", e.clientId()));
        addSection(blocks, ":bell: Check-ins due", d.dueCheckIns(), DigestBlocks::dueClient);
        addSection(blocks, ":white_check_mark: Tasks due", d.tasks(), t -> item(
                "`" + t.number() + "` " + SlackText.user(SlackText.oneLine(t.title()), 200) + " — *"
                        + SlackText.user(t.clientName(), 80) + "* · "
                        + (t.overdue() ? ":warning: overdue, was due " + DatePhrases.describe(t.due(), d.date()) : "due today"),
                TaskActions.DONE, "Mark done", t.number()));
        // growth items come after who is out and before renewals
        addSection(blocks, ":memo: Client updates due", d.updatesDue(), u -> item(
                "*" + SlackText.user(u.clientName(), 80) + "* · " + (u.neverPosted() ? "no update posted yet"
                        : u.daysOverdue() == 0 ? "due today" : "due " + Plural.count(u.daysOverdue(), "day") + " ago"),
                ClientActions.UPDATE, "Draft update", u.clientId()));
        addSection(blocks, ":chart_with_upwards_trend: Over budget at this pace", d.overruns(), o -> item(
                "*" + SlackText.user(o.clientName(), 80) + "* · " + BudgetWords.overrun(o.projectedPercent(),
                        o.runsOut(), o.usedHours(), o.budgetHours()),
                ClientActions.OPEN_STATUS, "Open status", o.clientId()));
        addSection(blocks, ":spiral_calendar_pad: Renewals in the next 60 days", d.renewals(), r -> item(
                "*" + SlackText.user(r.clientName(), 80) + "* renews " + r.renewal() + " ("
                        + (r.daysLeft() == 0 ? "today" : "in " + Plural.count(r.daysLeft(), "day")) + ")",
                ClientActions.OPEN_STATUS, "Open status", r.clientId()));
        if (d.oversight() != null && !d.oversight().isEmpty()) {
            addOversight(blocks, d.oversight());
        }
        blocks.add(context(asContextElements(markdownText(
                "Change when this arrives with `/liaison me digest &lt;HH:MM&gt;` or turn it `off`."))));
        return blocks;
    }

    /** A lead's team or a head's agency, after their own sections: each list in at most two blocks. */
    private static void addOversight(List<LayoutBlock> blocks, Digest.Oversight o) {
        String where = o.agency() ? "in the agency" : "on your team";
        addLines(blocks, ":red_circle: At risk " + where, o.atRisk().stream().map(a -> Mrkdwn.of("• *%s* · %s%s · %s",
                SlackText.truncate(a.name(), 80), a.health(), a.driver().isEmpty() ? "" : " — " + a.driver(),
                Mrkdwn.user(a.ownerId()))).toList(), "clients");
        addLines(blocks, ":rotating_light: Open escalations " + where, o.escalations().stream().map(e -> Mrkdwn.of(
                "• *%s* · %s — %s · %s", SlackText.truncate(e.clientName(), 80), e.severity(),
                SlackText.truncate(SlackText.oneLine(e.summary()), 150), Mrkdwn.user(e.ownerId()))).toList(), "escalations");
        addLines(blocks, ":palm_tree: Out tomorrow " + where, o.outTomorrow().stream().map(p -> Mrkdwn.of("• %s · %s",
                Mrkdwn.user(p.userId()), Plural.count(p.clients(), "client"))).toList(), "people");
        addLines(blocks, ":warning: Not covered tomorrow", o.uncovered().stream().map(u -> Mrkdwn.of("• *%s* of %s",
                SlackText.truncate(u.clientName(), 80), Mrkdwn.user(u.absentId()))).toList(), "clients");
    }

    private static void addLines(List<LayoutBlock> blocks, String title, List<Mrkdwn> lines, String noun) {
        if (lines.isEmpty()) {
            return;
        }
        blocks.add(divider());
        blocks.add(BlockKit.text(Mrkdwn.of("*%s* (%s)", Mrkdwn.of(title), lines.size())));
        blocks.addAll(BlockKit.lines(lines, 2, noun));
    }

    static String nudgeText(Nudge n) {
        // the fallback text is mrkdwn too (notifications, and pings): the client's name is escaped
        return n.clients().size() == 1 ? Mrkdwn.of("Time to check in with %s", n.clients().get(0).name()).markup()
                : n.clients().size() + " clients are due for a check-in";
    }

    static List<LayoutBlock> nudge(Nudge n) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(":wave: " + (n.clients().size() == 1
                ? "One client is due for a check-in:" : n.clients().size() + " clients are due for a check-in:")))));
        n.clients().stream().limit(NUDGE_ITEMS).forEach(c -> blocks.add(dueClient(c)));
        if (n.clients().size() > NUDGE_ITEMS) {
            blocks.add(context(asContextElements(markdownText("…and " + (n.clients().size() - NUDGE_ITEMS)
                    + " more. See them all with `/client list`."))));
        }
        blocks.add(context(asContextElements(markdownText(
                "Log a check-in or snooze from each client's menu. Nudges come once a day, in your working hours."))));
        return blocks;
    }

    private static LayoutBlock dueClient(Digest.DueClient c) {
        String when = c.neverTouched() ? "never touched" : c.daysOverdue() == 0 ? "due today"
                : c.daysOverdue() + (c.daysOverdue() == 1 ? " day" : " days") + " overdue";
        return section(s -> s.text(markdownText("*" + SlackText.user(c.name(), 80) + "* · " + when + " · health "
                + c.health() + " (" + c.band() + ")")).accessory(checkInMenu(c.clientId())));
    }

    private static LayoutBlock item(String text, String actionId, String label, String value) {
        return section(s -> s.text(markdownText(SlackText.truncate(text, BlockKit.SECTION_TEXT)))
                .accessory(button(b -> b.actionId(actionId).text(plainText(label)).value(value))));
    }

    private static <T> void addSection(List<LayoutBlock> blocks, String title, List<T> items, Function<T, LayoutBlock> row) {
        if (items.isEmpty()) {
            return;
        }
        blocks.add(divider());
        blocks.add(section(s -> s.text(markdownText("*" + title + "* (" + items.size() + ")"))));
        items.stream().limit(PER_SECTION).forEach(i -> blocks.add(row.apply(i)));
        if (items.size() > PER_SECTION) {
            blocks.add(context(asContextElements(markdownText("…and " + (items.size() - PER_SECTION) + " more"))));
        }
    }


    /** The client's check-in menu on a due client ({@link ClientActions#checkInMenu}). */
    private static OverflowMenuElement checkInMenu(String clientId) {
        return BlockElements.overflowMenu(o -> o.actionId(ClientActions.CHECKIN_MENU)
                .options(ClientActions.checkInMenu(clientId).stream().map(c -> BlockCompositions.option(BlockCompositions.plainText(
                                c.label()), c.value())).toList()));
    }
}
