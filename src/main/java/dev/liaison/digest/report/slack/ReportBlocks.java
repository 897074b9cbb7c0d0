package dev.liaison.digest.report.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.slack.api.model.block.LayoutBlock;
import dev.liaison.digest.report.WeeklyReport;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

/** The weekly report as Block Kit: a pure renderer, within a message's limits for any team size. */
final class ReportBlocks {

    /** Lines per list before "…and N more": the report stays a glance, the CSV has the rest. */
    static final int LIST_LINES = 15;

    private ReportBlocks() {
    }

    static Mrkdwn text(WeeklyReport report) {
        return Mrkdwn.of("Weekly account report, %s. %s", report.week(), report.summary()).truncate(BlockKit.MESSAGE_TEXT);
    }

    static List<LayoutBlock> blocks(WeeklyReport report) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Weekly account report · " + report.week()))));
        WeeklyReport.Bands b = report.bands();
        blocks.add(section(s -> s.fields(List.of(
                markdownText("*Healthy*\n" + b.healthy() + change(b.healthy(), report.lastWeek() == null ? null : report.lastWeek().healthy())),
                markdownText("*Watch*\n" + b.watch() + change(b.watch(), report.lastWeek() == null ? null : report.lastWeek().watch())),
                markdownText("*At risk*\n" + b.atRisk() + change(b.atRisk(), report.lastWeek() == null ? null : report.lastWeek().atRisk())),
                markdownText("*Clients*\n" + b.total())))));
        blocks.add(context(c -> c.elements(List.of(markdownText(SlackText.truncate(
                ":bar_chart: Chart above. " + SlackText.escape(report.summary()), BlockKit.SECTION_TEXT))))));

        if (!report.movedToAtRisk().isEmpty()) {
            blocks.add(divider());
            blocks.add(BlockKit.text(Mrkdwn.of("*Moved into at risk (%s)*", report.movedToAtRisk().size())));
            blocks.addAll(BlockKit.lines(report.movedToAtRisk().stream().map(m -> Mrkdwn.of("• *%s* · %s · %s · %s",
                    SlackText.truncate(m.name(), 100), m.score(), m.driver(), Mrkdwn.user(m.ownerId()))).toList(),
                    1, LIST_LINES * 200, "clients"));
        }

        blocks.add(divider());
        blocks.add(BlockKit.text(Mrkdwn.of("*Touches this week against due check-ins*")));
        blocks.addAll(BlockKit.lines(report.touches().stream().map(a -> Mrkdwn.of("• %s · %s touch%s · %s due · %s client%s",
                Mrkdwn.user(a.userId()), a.touches(), a.touches() == 1 ? "" : "es", a.dueCheckIns(), a.clients(),
                a.clients() == 1 ? "" : "s")).toList(), 2, LIST_LINES * 200, "people"));

        WeeklyReport.Escalations e = report.escalations();
        blocks.add(divider());
        blocks.add(BlockKit.text(Mrkdwn.of("*Escalations*  opened %s · resolved %s · still open %s%s", e.opened(),
                e.resolved(), e.stillOpen(), e.medianHoursToResolve() == null ? ""
                : " · median time to resolve " + String.format(Locale.ROOT, "%.1f h", e.medianHoursToResolve()))));

        if (!report.renewals().isEmpty()) {
            blocks.add(divider());
            blocks.add(BlockKit.text(Mrkdwn.of("*Renewals in the next 60 days (%s)*", report.renewals().size())));
            blocks.addAll(BlockKit.lines(report.renewals().stream().map(r -> Mrkdwn.of("• *%s* · %s (%s days) · %s",
                    SlackText.truncate(r.name(), 100), r.date(), r.daysLeft(), Mrkdwn.user(r.ownerId()))).toList(),
                    1, LIST_LINES * 200, "renewals"));
        }
        if (!report.overBudget().isEmpty()) {
            blocks.add(divider());
            blocks.add(BlockKit.text(Mrkdwn.of("*Over 90 %% of budget hours this month (%s)*", report.overBudget().size())));
            blocks.addAll(BlockKit.lines(report.overBudget().stream().map(o -> Mrkdwn.of("• *%s* · %s (%s %%) · %s",
                    SlackText.truncate(o.name(), 100), String.format(Locale.ROOT, "%.1f of %.1f h", o.usedHours(),
                    o.budgetHours()), o.percent(), Mrkdwn.user(o.ownerId()))).toList(), 1, LIST_LINES * 200, "clients"));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "`/client report` shows this at any time, with a CSV of the team's clients.")))));
        return blocks;
    }

    private static String change(int now, Integer before) {
        if (before == null) {
            return "";
        }
        int delta = now - before;
        return delta == 0 ? " (=)" : " (" + (delta > 0 ? "+" : "") + delta + ")";
    }
}
