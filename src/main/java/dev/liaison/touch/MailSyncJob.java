package dev.liaison.touch;

import java.time.Duration;

import dev.liaison.store.JobLocks;
import dev.liaison.store.JobSchedules;
import dev.liaison.store.LockedJob;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Quartz job liaison/mail-sync (every 15 minutes): e-mail with clients becomes touches. */
class MailSyncJob extends LockedJob {

    static final String NAME = "mail-sync";

    public MailSyncJob(MailSync mail, JobLocks locks) {
        super(locks, NAME, Duration.ofMinutes(14), mail::run,
                () -> "no new e-mail with a client (or no Google or Microsoft connection)");
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail mailSyncJob() {
            return LockedJob.detail(MailSyncJob.class, NAME, "E-mail with clients becomes touches");
        }

        @Bean
        Trigger mailSyncTrigger(JobDetail mailSyncJob, JobSchedules schedules) {
            return LockedJob.trigger(mailSyncJob, schedules.mailSync());
        }
    }
}
