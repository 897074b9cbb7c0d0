package dev.liaison.digest.report.slack;

import dev.liaison.digest.report.ReportMessages;
import dev.liaison.digest.report.WeeklyReport;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The report through Slack: the chart and the CSV uploaded to the DM, the message through the delivery queue. */
@Component
class SlackReportMessages implements ReportMessages {

    private static final Logger log = LoggerFactory.getLogger(SlackReportMessages.class);

    private final Outbox outbox;
    private final SlackMessenger slack;

    SlackReportMessages(Outbox outbox, SlackMessenger slack) {
        this.outbox = outbox;
        this.slack = slack;
    }

    @Override
    public boolean uploadChart(WeeklyReport report, byte[] png, String userId) {
        try {
            slack.uploadFile(report.teamId(), userId, "weekly-report-" + report.week() + ".png",
                    "Weekly account report " + report.week(), png, report.summary(), null);
            return true;
        } catch (SlackMessenger.SlackUnavailable unavailable) {
            log.warn("Chart of {}'s weekly report not uploaded (retried next run): {}", report.leadId(),
                    unavailable.getMessage());
            return false;
        }
    }

    @Override
    public boolean queueReport(WeeklyReport report, String key) {
        return outbox.enqueue(key, report.teamId(), report.leadId(), "weekly-report", ReportBlocks.text(report).markup(),
                ReportBlocks.blocks(report));
    }

    @Override
    public boolean uploadCsv(String teamId, String userId, String filename, byte[] csv, String comment) {
        try {
            slack.uploadFile(teamId, userId, filename, filename, csv, null, comment);
            return true;
        } catch (SlackMessenger.SlackUnavailable unavailable) {
            log.warn("CSV for {} not uploaded: {}", userId, unavailable.getMessage());
            return false;
        }
    }
}
