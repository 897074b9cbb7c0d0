package dev.liaison.digest.report.slack;

import dev.liaison.parsing.Plural;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.slack.api.model.block.LayoutBlock;
import dev.liaison.client.BudgetWords;
import dev.liaison.digest.report.AgencyReport;
import dev.liaison.digest.report.WeeklyReport;
import dev.liaison.parsing.Money;
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

    /** The report as posted in the lead's DM, just below its chart. */
    static List<LayoutBlock> blocks(WeeklyReport report) {
        return blocks(report, "Chart above.");
    }

    /** @param whereTheChartIs where the reader finds the chart, e.g. "Chart above." */
    static List<LayoutBlock> blocks(WeeklyReport report, String whereTheChartIs) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Weekly account report · " + report.week()))));
        WeeklyReport.Bands b = report.bands();
        blocks.add(section(s -> s.fields(List.of(
                markdownText("*Healthy*\n" + b.healthy() + change(b.healthy(), report.lastWeek() == null ? null : report.lastWeek().healthy())),
                markdownText("*Watch*\n" + b.watch() + change(b.watch(), report.lastWeek() == null ? null : report.lastWeek().watch())),
                markdownText("*At risk*\n" + b.atRisk() + change(b.atRisk(), report.lastWeek() == null ? null : report.lastWeek().atRisk())),
                markdownText("*Clients*\n" + b.total())))));
        blocks.add(context(c -> c.elements(List.of(markdownText(SlackText.truncate(
                ":bar_chart: " + whereTheChartIs + " " + SlackText.escape(report.summary()), BlockKit.SECTION_TEXT))))));

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

        addGrowth(blocks, report.growth());

        if (!report.renewals().isEmpty()) {
            blocks.add(divider());
            blocks.add(BlockKit.text(Mrkdwn.of("*Renewals in the next 60 days (%s)*", report.renewals().size())));
            blocks.addAll(BlockKit.lines(report.renewals().stream().map(r -> Mrkdwn.of("• *%s* · %s (%s) · %s",
                    SlackText.truncate(r.name(), 100), r.date(), Plural.count(r.daysLeft(), "day"), Mrkdwn.user(r.ownerId()))).toList(),
                    1, LIST_LINES * 200, "renewals"));
        }
        if (!report.overBudget().isEmpty()) {
            blocks.add(divider());
            blocks.add(BlockKit.text(Mrkdwn.of("*Over 90 %% of budget hours this month (%s)*", report.overBudget().size())));
            blocks.addAll(BlockKit.lines(report.overBudget().stream().map(o -> Mrkdwn.of("• *%s* · %s (%s %%) · %s",
                    SlackText.truncate(o.name(), 100), String.format(Locale.ROOT, "%.1f of %.1f h", o.usedHours(),
                    o.budgetHours()), o.percent(), Mrkdwn.user(o.ownerId()))).toList(), 1, LIST_LINES * 200, "clients"));
        }
        if (!report.overPace().isEmpty()) {
            blocks.add(divider());
            blocks.add(BlockKit.text(Mrkdwn.of("*Heading over budget at this month's pace (%s)*", report.overPace().size())));
            blocks.addAll(BlockKit.lines(report.overPace().stream().map(p -> Mrkdwn.of("• *%s* · %s · %s",
                    SlackText.truncate(p.name(), 100), BudgetWords.overrun(p.projectedPercent(), p.runsOut(),
                            p.usedHours(), p.budgetHours()), Mrkdwn.user(p.ownerId()))).toList(), 1, LIST_LINES * 200,
                    "clients"));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "`/client report` shows this at any time, with a CSV of the team's clients.")))));
        return blocks;
    }

    /** The team's weighted pipeline, then what was won and lost in the 7 days up to the report (after escalations, before renewals). */
    private static void addGrowth(List<LayoutBlock> blocks, WeeklyReport.Growth g) {
        blocks.add(divider());
        blocks.add(BlockKit.text(pipelineLine(g)));
        List<Mrkdwn> settled = new ArrayList<>();
        g.won().forEach(o -> settled.add(Mrkdwn.of(":tada: won · %s", settledLine(o, g))));
        g.lost().forEach(o -> settled.add(Mrkdwn.of(":heavy_multiplication_x: lost · %s", settledLine(o, g))));
        if (!settled.isEmpty()) {
            blocks.addAll(BlockKit.lines(settled, 1, LIST_LINES * 200, "opportunities"));
        }
    }

    static Mrkdwn pipelineLine(WeeklyReport.Growth g) {
        return Mrkdwn.of("*Pipeline*  weighted %s of %s open (%s) · won this week %s (%s) · lost %s (%s)",
                Money.format(g.weightedCents(), g.currency()), Money.format(g.openCents(), g.currency()), g.open(),
                Money.format(g.wonCents(), g.currency()), g.won().size(), Money.format(g.lostCents(), g.currency()),
                g.lost().size());
    }

    private static Mrkdwn settledLine(WeeklyReport.Settled o, WeeklyReport.Growth g) {
        return Mrkdwn.of("`%s` *%s* · %s · %s · %s", o.number(), SlackText.truncate(SlackText.oneLine(o.title()), 100),
                SlackText.truncate(o.clientName(), 80), o.amountCents() == null ? "no amount"
                        : Money.format(o.amountCents(), g.currency()), Mrkdwn.user(o.ownerId()));
    }

    /** Teams shown in full before "…and N more teams"; with the header and totals, well inside 50 blocks. */
    static final int TEAM_SECTIONS = 20;
    /** Characters per team section: 20 of them stay inside a message's ~12,000. */
    static final int TEAM_SECTION_CHARS = 450;
    static final int MOVED_PER_TEAM = 3;

    static Mrkdwn text(AgencyReport report) {
        return Mrkdwn.of("Weekly agency report, %s. %s", report.whole().week(), report.summary())
                .truncate(BlockKit.MESSAGE_TEXT);
    }

    /** A head's report: the agency's totals, then each team as its lead sees it, then the people with no lead. */
    static List<LayoutBlock> blocks(AgencyReport report) {
        WeeklyReport whole = report.whole();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Weekly agency report · " + whole.week()))));
        blocks.add(bandFields(whole));
        blocks.add(context(c -> c.elements(List.of(markdownText(SlackText.truncate(
                ":bar_chart: Chart in your DM. " + SlackText.escape(report.summary()), BlockKit.SECTION_TEXT))))));
        List<Mrkdwn> sections = new ArrayList<>();
        for (WeeklyReport team : report.teams()) {
            sections.add(teamSection(Mrkdwn.of("*Team of %s*", Mrkdwn.user(team.leadId())), team));
        }
        if (report.unled() != null) {
            List<String> people = report.unled().touches().stream()
                    .filter(a -> a.clients() > 0).map(WeeklyReport.AmWeek::userId).toList(); // who owns clients, not every head
            Mrkdwn who = Mrkdwn.users(people.stream().limit(MOVED_PER_TEAM * 2L).toList());
            sections.add(teamSection(Mrkdwn.of("*No lead* (%s%s)", who, people.size() > MOVED_PER_TEAM * 2
                    ? " and " + (people.size() - MOVED_PER_TEAM * 2) + " more" : ""), report.unled()));
        }
        for (Mrkdwn section : sections.subList(0, Math.min(TEAM_SECTIONS, sections.size()))) {
            blocks.add(divider());
            blocks.add(BlockKit.text(section.truncate(TEAM_SECTION_CHARS)));
        }
        if (sections.size() > TEAM_SECTIONS) {
            blocks.add(BlockKit.text(Mrkdwn.of("_…and %s more teams_", sections.size() - TEAM_SECTIONS)));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "`/client report @lead` shows one team in full; `/client report` shows this, with a CSV of every client.")))));
        return blocks;
    }

    /** One team in a few lines: its bands and change, touches against due check-ins, escalations, who moved into at risk and why. */
    private static Mrkdwn teamSection(Mrkdwn title, WeeklyReport team) {
        WeeklyReport.Bands b = team.bands();
        WeeklyReport.Bands before = team.lastWeek();
        int touches = team.touches().stream().mapToInt(WeeklyReport.AmWeek::touches).sum();
        int due = team.touches().stream().mapToInt(WeeklyReport.AmWeek::dueCheckIns).sum();
        WeeklyReport.Escalations e = team.escalations();
        Mrkdwn text = Mrkdwn.of("%s · %s client%s: %s healthy · %s watch · %s at risk%s\n%s touch%s · %s check-in%s due · "
                        + "escalations opened %s, still open %s\n%s", title, b.total(), b.total() == 1 ? "" : "s", b.healthy(),
                b.watch(), b.atRisk(), change(b.atRisk(), before == null ? null : before.atRisk()), touches,
                touches == 1 ? "" : "es", due, due == 1 ? "" : "s", e.opened(), e.stillOpen(),
                Mrkdwn.of("pipeline %s weighted · won %s · lost %s", Money.format(team.growth().weightedCents(),
                        team.growth().currency()), Money.format(team.growth().wonCents(), team.growth().currency()),
                        Money.format(team.growth().lostCents(), team.growth().currency())));
        List<WeeklyReport.Moved> moved = team.movedToAtRisk();
        if (!moved.isEmpty()) {
            text = text.append(Mrkdwn.of("\nMoved into at risk:"));
            for (WeeklyReport.Moved m : moved.subList(0, Math.min(MOVED_PER_TEAM, moved.size()))) {
                text = text.append(Mrkdwn.of("\n• *%s* · %s · %s · %s", SlackText.truncate(m.name(), 60), m.score(),
                        SlackText.truncate(m.driver(), 80), Mrkdwn.user(m.ownerId())));
            }
            if (moved.size() > MOVED_PER_TEAM) {
                text = text.append(Mrkdwn.of("\n_…and %s more_", moved.size() - MOVED_PER_TEAM));
            }
        }
        return text;
    }

    private static LayoutBlock bandFields(WeeklyReport report) {
        WeeklyReport.Bands b = report.bands();
        WeeklyReport.Bands last = report.lastWeek();
        return section(s -> s.fields(List.of(
                markdownText("*Healthy*\n" + b.healthy() + change(b.healthy(), last == null ? null : last.healthy())),
                markdownText("*Watch*\n" + b.watch() + change(b.watch(), last == null ? null : last.watch())),
                markdownText("*At risk*\n" + b.atRisk() + change(b.atRisk(), last == null ? null : last.atRisk())),
                markdownText("*Clients*\n" + b.total()))));
    }

    private static String change(int now, Integer before) {
        if (before == null) {
            return "";
        }
        int delta = now - before;
        return delta == 0 ? " (=)" : " (" + (delta > 0 ? "+" : "") + delta + ")";
    }
}
