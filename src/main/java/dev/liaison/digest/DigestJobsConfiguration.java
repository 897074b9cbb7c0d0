package dev.liaison.digest;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The schedules of PRODUCT.md "Scheduled work" (Quartz cron, overridable for tests and operators);
 * each job can also be run at once through Actuator.
 */
@Configuration(proxyBeanMethods = false)
class DigestJobsConfiguration {

    static final String GROUP = "liaison";

    @Bean
    JobDetail dailyDigestJob() {
        return JobBuilder.newJob(DailyDigestJob.class).withIdentity("daily-digest", GROUP)
                .withDescription("Each person's daily digest DM, at their digest time on working days")
                .storeDurably().build();
    }

    @Bean
    Trigger dailyDigestTrigger(JobDetail dailyDigestJob,
                               @Value("${liaison.jobs.daily-digest:0 0/15 * * * ?}") String cron) {
        return TriggerBuilder.newTrigger().forJob(dailyDigestJob).withIdentity("daily-digest", GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail checkinNudgesJob() {
        return JobBuilder.newJob(CheckinNudgesJob.class).withIdentity("checkin-nudges", GROUP)
                .withDescription("At most one check-in nudge DM per person per day, in working hours")
                .storeDurably().build();
    }

    @Bean
    Trigger checkinNudgesTrigger(JobDetail checkinNudgesJob,
                                 @Value("${liaison.jobs.checkin-nudges:0 0 * * * ?}") String cron) {
        return TriggerBuilder.newTrigger().forJob(checkinNudgesJob).withIdentity("checkin-nudges", GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
