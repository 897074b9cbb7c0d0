package dev.liaison.digest.report;

import java.time.Duration;

import dev.liaison.store.JobLocks;
import dev.liaison.store.LockedJob;

/** Quartz job liaison/weekly-report (every 15 minutes): the service decides whose Monday 08:00 has come. */
public class WeeklyReportJob extends LockedJob {

    public WeeklyReportJob(WeeklyReportService reports, JobLocks locks) {
        super(locks, "weekly-report", Duration.ofMinutes(14), reports::runDue,
                () -> "no lead's report is due (Monday 08:00 in their time zone), or this week's were already sent");
    }
}
