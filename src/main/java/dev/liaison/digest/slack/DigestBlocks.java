package dev.liaison.digest.slack;

import dev.liaison.parsing.Plural;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.BlockCompositions;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.model.block.element.OverflowMenuElement;
import dev.liaison.client.BudgetWords;
import dev.liaison.client.ClientActions;
import dev.liaison.digest.Digest;
import dev.liaison.digest.Nudge;
import dev.liaison.growth.GrowthActions;
import dev.liaison.parsing.DatePhrases;
import dev.liaison.parsing.Money;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;
import dev.liaison.task.TaskActions;

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

/** Pure renderers of the daily digest and the check-in nudge: one item a block, each with its action. */
final class DigestBlocks {

    /** Items per section: four sections of this many and the growth items stay inside 50 blocks. */
    static final int PER_SECTION = 7;
    /** Account-growth items (opportunities past their close date) one by one before "…and N more". */
    static final int GROWTH_ITEMS = 3;
    static final int NUDGE_ITEMS = 40;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH);

    private DigestBlocks() {
    }

    static String digestText(Digest d) {
        return "Your Liaison digest: " + Plural.count(d.dueCheckIns().size(), "check-in") + " due, "
                + Plural.count(d.tasks().size(), "task") + ", " + Plural.count(d.escalations().size(), "escalation")
                + ", " + Plural.count(d.renewals().size(), "renewal")
                + (d.qbrs().isEmpty() ? "" : ", " + Plural.count(d.qbrs().size(), "quarterly review"))
                + (d.opportunities().isEmpty() ? "" : ", " + Plural.count(d.opportunities().size(), "opportunity",
                "opportunities") + " past its close date")
                + (d.updatesDue().isEmpty() ? "" : ", " + Plural.count(d.updatesDue().size(), "client update") + " due")
                + (d.overruns().isEmpty() ? "" : ", " + Plural.count(d.overruns().size(), "client") + " over budget at this pace");
    }

    static List<LayoutBlock> digest(Digest d) {
        // every section shows fewer items rather than the message going past Slack's 50 blocks
        List<LayoutBlock> blocks = digest(d, PER_SECTION);
        for (int per = PER_SECTION - 1; per >= 1 && blocks.size() > BlockKit.MESSAGE_BLOCKS; per--) {
            blocks = digest(d, per);
        }
        return blocks;
    }

    /** The digest with at most {@code per} items in each section. */
    private static List<LayoutBlock> digest(Digest d, int per) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Your day, " + d.date().format(DAY)))));
        addSection(blocks, per, ":rotating_light: Open escalations", d.escalations(), e -> item(
                "*" + SlackText.user(e.clientName(), 80) + "* · " + e.severity() + " — "
                        + SlackText.user(SlackText.oneLine(e.summary()), 200),
                ClientActions.OPEN_STATUS, "Open status", e.clientId()));
        addSection(blocks, per, ":bell: Check-ins due", d.dueCheckIns(), DigestBlocks::dueClient);
        addSection(blocks, per, ":white_check_mark: Tasks due", d.tasks(), t -> item(
                "`" + t.number() + "` " + SlackText.user(SlackText.oneLine(t.title()), 200) + " — *"
                        + SlackText.user(t.clientName(), 80) + "* · "
                        + (t.overdue() ? ":warning: overdue, was due " + DatePhrases.describe(t.due(), d.date()) : "due today"),
                TaskActions.DONE, "Mark done", t.number()));
        // PRODUCT's order: escalations, overdue check-ins and tasks, who is out, then growth items, then renewals
        if (d.oversight() != null && !d.oversight().isEmpty()) {
            addOversight(blocks, d.oversight());
        }
        addSection(blocks, Math.min(per, GROWTH_ITEMS), ":moneybag: Opportunities past their close date", d.opportunities(), o -> item(
                "`" + o.number() + "` *" + SlackText.user(SlackText.oneLine(o.title()), 150) + "* · "
                        + SlackText.user(o.clientName(), 80) + " · "
                        + (o.amountCents() == null ? "no amount" : Money.format(o.amountCents(), d.currency())) + " · "
                        + o.stage() + " · was to close " + DatePhrases.describe(o.close(), d.date())
                        + ". Move the date or set won or lost.",
                GrowthActions.EDIT_OPPORTUNITY, "Update", o.number()));
        addRows(blocks, per, ":handshake: Quarterly business reviews", d.qbrs(), q -> qbr(q, d.date()));
        addSection(blocks, Math.min(per, GROWTH_ITEMS), ":memo: Client updates due", d.updatesDue(), u -> item(
                "*" + SlackText.user(u.clientName(), 80) + "* · " + (u.neverPosted() ? "no update posted yet"
                        : u.daysOverdue() == 0 ? "due today" : "due " + Plural.count(u.daysOverdue(), "day") + " ago"),
                ClientActions.UPDATE, "Draft update", u.clientId()));
        addSection(blocks, Math.min(per, GROWTH_ITEMS), ":chart_with_upwards_trend: Over budget at this pace", d.overruns(),
                o -> item("*" + SlackText.user(o.clientName(), 80) + "* · " + BudgetWords.overrun(o.projectedPercent(),
                        o.runsOut(), o.usedHours(), o.budgetHours()),
                ClientActions.OPEN_STATUS, "Open status", o.clientId()));
        addSection(blocks, per, ":spiral_calendar_pad: Renewals in the next 60 days", d.renewals(), r -> item(
                "*" + SlackText.user(r.clientName(), 80) + "* renews " + r.renewal() + " ("
                        + (r.daysLeft() == 0 ? "today" : "in " + Plural.count(r.daysLeft(), "day")) + ")",
                ClientActions.OPEN_STATUS, "Open status", r.clientId()));
        blocks.add(context(asContextElements(markdownText(
                "Change when this arrives with `/liaison me digest &lt;HH:MM&gt;` or turn it `off`."))));
        return blocks;
    }

    /** A review due soon: its line, then "Prepare brief" and "Mark held" (two blocks). */
    private static List<LayoutBlock> qbr(Digest.QbrLine q, LocalDate today) {
        String when = q.neverHeld() ? "never held, due now"
                : q.daysLeft() < 0 ? ":warning: overdue, was due " + DatePhrases.describe(q.due(), today)
                : "due " + q.due().format(SHORT_DAY) + " (" + DatePhrases.describe(q.due(), today) + ")";
        return List.of(
                section(s -> s.blockId(ClientActions.qbrBlockId(q.clientId())).text(markdownText(SlackText.truncate(
                        "*" + SlackText.user(q.clientName(), 80) + "* · quarterly business review " + when,
                        BlockKit.SECTION_TEXT)))),
                actions(a -> a.blockId(ClientActions.qbrButtonsBlockId(q.clientId())).elements(asElements(
                        button(b -> b.actionId(ClientActions.QBR_BRIEF).text(plainText("Prepare brief"))
                                .style("primary").value(q.clientId())),
                        button(b -> b.actionId(ClientActions.QBR_HELD).text(plainText("Mark held"))
                                .value(q.clientId()))))));
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
        String last = c.lastTouch() == null ? "" : " · last: " + SlackText.user(c.lastTouch(), 60);
        return section(s -> s.text(markdownText("*" + SlackText.user(c.name(), 80) + "* · " + when + last + " · health "
                + c.health() + " (" + c.band() + ")")).accessory(checkInMenu(c.clientId())));
    }

    private static LayoutBlock item(String text, String actionId, String label, String value) {
        return section(s -> s.text(markdownText(SlackText.truncate(text, BlockKit.SECTION_TEXT)))
                .accessory(button(b -> b.actionId(actionId).text(plainText(label)).value(value))));
    }

    private static <T> void addSection(List<LayoutBlock> blocks, int per, String title, List<T> items,
                                       Function<T, LayoutBlock> row) {
        addRows(blocks, per, title, items, i -> List.of(row.apply(i)));
    }

    /** A titled section of at most {@code per} items, each drawn as one or more blocks, then "…and N more". */
    private static <T> void addRows(List<LayoutBlock> blocks, int per, String title, List<T> items,
                                    Function<T, List<LayoutBlock>> rows) {
        if (items.isEmpty()) {
            return;
        }
        blocks.add(divider());
        blocks.add(section(s -> s.text(markdownText("*" + title + "* (" + items.size() + ")"))));
        items.stream().limit(per).forEach(i -> blocks.addAll(rows.apply(i)));
        if (items.size() > per) {
            blocks.add(context(asContextElements(markdownText("…and " + (items.size() - per) + " more"))));
        }
    }


    /** The client's check-in menu on a due client ({@link ClientActions#checkInMenu}). */
    private static OverflowMenuElement checkInMenu(String clientId) {
        return BlockElements.overflowMenu(o -> o.actionId(ClientActions.CHECKIN_MENU)
                .options(ClientActions.checkInMenu(clientId).stream().map(c -> BlockCompositions.option(BlockCompositions.plainText(
                                c.label()), c.value())).toList()));
    }
}
