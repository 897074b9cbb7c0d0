package dev.liaison.digest;

import java.time.Duration;

import dev.liaison.store.JobLocks;
import dev.liaison.store.LockedJob;

/** Quartz job liaison/daily-digest (every 15 minutes): the service decides who is due. */
public class DailyDigestJob extends LockedJob {

    public DailyDigestJob(DigestService digests, JobLocks locks) {
        super(locks, "daily-digest", Duration.ofMinutes(14), digests::runDue, digests::whyNoDigest);
    }
}
