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
 * Quartz job liaison/checkin-nudges (hourly). Each person is claimed on their own, shared with the
 * digest, so the lock only saves duplicate reads and can be short.
 */
class CheckinNudgesJob extends LockedJob {

    static final String NAME = "checkin-nudges";

    public static final Duration LOCK_AT_MOST_FOR = Duration.ofSeconds(50);

    public CheckinNudgesJob(NudgeService nudges, JobLocks locks) {
        super(locks, NAME, LOCK_AT_MOST_FOR, nudges::runDue,
                () -> "no one in working hours has a client due beyond today's digest, or they were nudged today");
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail checkinNudgesJob() {
            return LockedJob.detail(CheckinNudgesJob.class, NAME,
                    "At most one check-in nudge DM per person per day, in working hours");
        }

        @Bean
        Trigger checkinNudgesTrigger(JobDetail checkinNudgesJob, JobSchedules schedules) {
            return LockedJob.trigger(checkinNudgesJob, schedules.checkinNudges());
        }
    }
}
