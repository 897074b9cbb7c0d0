package dev.liaison.ooo;

import java.time.Duration;

import dev.liaison.store.JobLocks;
import dev.liaison.store.LockedJob;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Quartz job liaison/ooo-watch (every 15 minutes): prompts ahead of absences, hands back after them. */
public class OooWatchJob extends LockedJob {

    public OooWatchJob(OooService ooo, JobLocks locks) {
        super(locks, "ooo-watch", Duration.ofMinutes(14), ooo::watch,
                () -> "no absence starts within a day or has ended, and no cover plan is waiting to go out");
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail oooWatchJob() {
            return LockedJob.detail(OooWatchJob.class, "ooo-watch", "Reallocation prompts before absences, hand-back after them");
        }

        @Bean
        Trigger oooWatchTrigger(JobDetail oooWatchJob, @Value("${liaison.jobs.ooo-watch:0 0/15 * * * ?}") String cron) {
            return LockedJob.trigger(oooWatchJob, cron);
        }
    }
}
