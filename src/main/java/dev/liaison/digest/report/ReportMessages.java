package dev.liaison.digest.report;

/** How a weekly report reaches its lead: the chart uploaded to their DM, the report queued there. */
public interface ReportMessages {

    /** Uploads the chart into someone's DM; returns false when Slack would not take it (the job retries next run). */
    boolean uploadChart(WeeklyReport report, byte[] png, String userId);

    /** Queues the report message under its idempotency key; false when it was queued already. */
    boolean queueReport(WeeklyReport report, String key);

    /** Queues a head's agency-wide report to them under its idempotency key; false when it was queued already. */
    boolean queueAgencyReport(AgencyReport report, String key);

    /** Uploads the team's clients as CSV into someone's DM. */
    boolean uploadCsv(String teamId, String userId, String filename, byte[] csv, String comment);
}
