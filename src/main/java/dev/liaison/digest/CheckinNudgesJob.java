package dev.liaison.digest;

import java.time.Duration;

import dev.liaison.store.JobLocks;
import dev.liaison.store.LockedJob;

/**
 * Quartz job liaison/checkin-nudges (hourly). Each person is claimed on their own, shared with the
 * digest, so the lock only saves duplicate reads and can be short.
 */
public class CheckinNudgesJob extends LockedJob {

    public static final Duration LOCK_AT_MOST_FOR = Duration.ofSeconds(50);

    public CheckinNudgesJob(NudgeService nudges, JobLocks locks) {
        super(locks, "checkin-nudges", LOCK_AT_MOST_FOR, nudges::runDue,
                () -> "no one in working hours has a client due beyond today's digest, or they were nudged today");
    }
}
