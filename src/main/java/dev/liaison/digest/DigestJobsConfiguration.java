package dev.liaison.digest;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The schedules of PRODUCT.md "Scheduled work"; each job can also be run at once through Actuator. */
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
    Trigger dailyDigestTrigger(JobDetail dailyDigestJob) {
        return TriggerBuilder.newTrigger().forJob(dailyDigestJob).withIdentity("daily-digest", GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule("0 0/15 * * * ?")
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
    Trigger checkinNudgesTrigger(JobDetail checkinNudgesJob) {
        return TriggerBuilder.newTrigger().forJob(checkinNudgesJob).withIdentity("checkin-nudges", GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule("0 0 * * * ?")
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
