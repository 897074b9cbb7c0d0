package dev.liaison.digest.report;

import dev.liaison.store.LockedJob;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** docs/jobs.md "weekly-report": Mondays 08:00 in each lead's zone, checked every 15 minutes. */
@Configuration(proxyBeanMethods = false)
class WeeklyReportJobConfiguration {

    @Bean
    JobDetail weeklyReportJob() {
        return LockedJob.detail(WeeklyReportJob.class, "weekly-report",
                "Each lead's weekly account report with its chart, Mondays 08:00 in the lead's time zone");
    }

    @Bean
    Trigger weeklyReportTrigger(JobDetail weeklyReportJob, @Value("${liaison.jobs.weekly-report:0 0/15 * * * ?}") String cron) {
        return LockedJob.trigger(weeklyReportJob, cron);
    }
}
