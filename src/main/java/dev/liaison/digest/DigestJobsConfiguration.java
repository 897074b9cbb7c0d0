package dev.liaison.digest;

import dev.liaison.store.LockedJob;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The schedules of the README's "Scheduled jobs" (Quartz cron, overridable for tests and operators);
 * each job can also be run at once through Actuator.
 */
@Configuration(proxyBeanMethods = false)
class DigestJobsConfiguration {

    @Bean
    JobDetail dailyDigestJob() {
        return LockedJob.detail(DailyDigestJob.class, "daily-digest",
                "Each person's daily digest DM, at their digest time on working days");
    }

    @Bean
    Trigger dailyDigestTrigger(JobDetail dailyDigestJob, @Value("${liaison.jobs.daily-digest:0 * * * * ?}") String cron) {
        return LockedJob.trigger(dailyDigestJob, cron);
    }

    @Bean
    JobDetail checkinNudgesJob() {
        return LockedJob.detail(CheckinNudgesJob.class, "checkin-nudges",
                "At most one check-in nudge DM per person per day, in working hours");
    }

    @Bean
    Trigger checkinNudgesTrigger(JobDetail checkinNudgesJob,
                                 @Value("${liaison.jobs.checkin-nudges:0 0 * * * ?}") String cron) {
        return LockedJob.trigger(checkinNudgesJob, cron);
    }
}
