package dev.liaison.digest.report;

import java.time.Duration;

import dev.liaison.store.JobLocks;
import dev.liaison.store.JobSchedules;
import dev.liaison.store.LockedJob;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Quartz job liaison/weekly-report (every 15 minutes): the service decides whose Monday 08:00 has come. */
class WeeklyReportJob extends LockedJob {

    static final String NAME = "weekly-report";

    public WeeklyReportJob(WeeklyReportService reports, JobLocks locks) {
        super(locks, NAME, Duration.ofMinutes(14), reports::runDue,
                () -> "no lead's report is due (Monday 08:00 in their time zone), or this week's were already sent");
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail weeklyReportJob() {
            return LockedJob.detail(WeeklyReportJob.class, NAME,
                    "Each lead's weekly account report with its chart, Mondays 08:00 in the lead's time zone");
        }

        @Bean
        Trigger weeklyReportTrigger(JobDetail weeklyReportJob, JobSchedules schedules) {
            return LockedJob.trigger(weeklyReportJob, schedules.weeklyReport());
        }
    }
}
