package dev.liaison.ooo;

import java.time.Duration;

import dev.liaison.store.JobLocks;
import dev.liaison.store.JobSchedules;
import dev.liaison.store.LockedJob;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Quartz job liaison/ooo-watch (every 15 minutes): prompts ahead of absences, hands back after them. */
class OooWatchJob extends LockedJob {

    static final String NAME = "ooo-watch";

    public OooWatchJob(OooService ooo, JobLocks locks) {
        super(locks, NAME, Duration.ofMinutes(14), ooo::watch,
                () -> "no absence starts within a day or has ended, and no cover plan is waiting to go out");
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail oooWatchJob() {
            return LockedJob.detail(OooWatchJob.class, NAME,
                    "Reallocation prompts before absences, hand-back after them");
        }

        @Bean
        Trigger oooWatchTrigger(JobDetail oooWatchJob, JobSchedules schedules) {
            return LockedJob.trigger(oooWatchJob, schedules.oooWatch());
        }
    }
}
