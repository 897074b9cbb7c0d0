package dev.liaison.digest.report.slack;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.TeamReports;
import dev.liaison.digest.report.AgencyReport;
import dev.liaison.digest.report.ReportMessages;
import dev.liaison.digest.report.WeeklyReport;
import dev.liaison.digest.report.WeeklyReportService;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * /client report [team|@lead]: the report as it stands, in the ack, and its chart and the team's
 * clients as a CSV in the caller's DM (uploaded after the ack: Slack gives the ack 3 seconds).
 */
@Component
class ReportCommand implements TeamReports {

    static final String NO_TEAM = "You don't lead a team and have no lead yet, so there is no team report to show. "
            + "A head of accounts sets teams with `/liaison team @lead @member…`.";
    static final String NOT_YOURS = "You can see your own team's report, or your lead's; heads of accounts see any team's.";

    private final WeeklyReportService reports;
    private final ReportMessages messages;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "report-csv");
        thread.setDaemon(true);
        return thread;
    });

    ReportCommand(WeeklyReportService reports, ReportMessages messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @Override
    public Answer report(String teamId, String callerId, String leadId) {
        if (leadId == null && reports.isHead(teamId, callerId)) {
            return agency(teamId, callerId);
        }
        Optional<String> lead = reports.teamFor(teamId, callerId, leadId);
        if (lead.isEmpty()) {
            return new Answer(Mrkdwn.of(leadId == null ? NO_TEAM : NOT_YOURS), List.of());
        }
        WeeklyReport report = reports.current(teamId, lead.get());
        // times in the CSV are the caller's: the file lands in their DM, for them to read
        byte[] csv = reports.csv(report, reports.zoneOf(teamId, callerId));
        String filename = "clients-of-" + reports.displayName(teamId, lead.get()).replaceAll("[^A-Za-z0-9]+", "-")
                .toLowerCase() + "-" + report.week() + ".csv";
        background.submit(() -> {
            messages.uploadChart(report, reports.chart(report), callerId);
            messages.uploadCsv(teamId, callerId, filename, csv,
                    "The clients of <@" + lead.get() + ">'s team, as of " + report.week() + ".");
        });
        return new Answer(ReportBlocks.text(report), ReportBlocks.blocks(report,
                "The chart and a CSV of the team's clients are in your DM with Liaison."));
    }

    /** A head's /client report: the agency team by team, its chart and every client as CSV in their DM. */
    private Answer agency(String teamId, String headId) {
        AgencyReport report = reports.currentAgency(teamId, headId);
        WeeklyReport whole = report.whole();
        byte[] csv = reports.csv(whole, reports.zoneOf(teamId, headId));
        String filename = "clients-of-the-agency-" + whole.week() + ".csv";
        background.submit(() -> {
            messages.uploadChart(whole, reports.chart(whole), headId);
            messages.uploadCsv(teamId, headId, filename, csv, "Every client of the agency, as of " + whole.week() + ".");
        });
        return new Answer(ReportBlocks.text(report), ReportBlocks.blocks(report));
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }
}
