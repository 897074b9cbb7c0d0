package dev.liaison.digest;

import java.time.Duration;

import dev.liaison.store.JobLocks;
import dev.liaison.store.JobSchedules;
import dev.liaison.store.LockedJob;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Quartz job liaison/daily-digest (every minute): the service decides who is due. Each person is
 * claimed on their own, so the lock only saves duplicate reads: it is short, and after a crash
 * another instance carries on at the next minute rather than when a long lock runs out.
 */
public class DailyDigestJob extends LockedJob {

    static final String NAME = "daily-digest";

    /** Under the one-minute schedule: a crashed run's lock is gone by the next fire but one. */
    public static final Duration LOCK_AT_MOST_FOR = Duration.ofSeconds(50);

    public DailyDigestJob(DigestService digests, JobLocks locks) {
        super(locks, NAME, LOCK_AT_MOST_FOR, digests::runDue, digests::whyNoDigest);
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail dailyDigestJob() {
            return LockedJob.detail(DailyDigestJob.class, NAME,
                    "Each person's daily digest DM, at their digest time on working days");
        }

        @Bean
        Trigger dailyDigestTrigger(JobDetail dailyDigestJob, JobSchedules schedules) {
            return LockedJob.trigger(dailyDigestJob, schedules.dailyDigest());
        }
    }
}
