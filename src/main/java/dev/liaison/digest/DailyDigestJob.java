package dev.liaison.digest;

import java.time.Duration;

import dev.liaison.store.JobLocks;
import dev.liaison.store.LockedJob;

/**
 * Quartz job liaison/daily-digest (every minute): the service decides who is due. Each person is
 * claimed on their own, so the lock only saves duplicate reads: it is short, and after a crash
 * another instance carries on at the next minute rather than when a long lock runs out.
 */
public class DailyDigestJob extends LockedJob {

    /** Under the one-minute schedule: a crashed run's lock is gone by the next fire but one. */
    public static final Duration LOCK_AT_MOST_FOR = Duration.ofSeconds(50);

    public DailyDigestJob(DigestService digests, JobLocks locks) {
        super(locks, "daily-digest", LOCK_AT_MOST_FOR, digests::runDue, digests::whyNoDigest);
    }
}
