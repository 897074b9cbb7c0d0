package dev.liaison.digest;

import java.time.Duration;

import dev.liaison.store.JobLocks;
import dev.liaison.store.LockedJob;

/** Quartz job liaison/checkin-nudges (hourly). */
public class CheckinNudgesJob extends LockedJob {

    public CheckinNudgesJob(NudgeService nudges, JobLocks locks) {
        super(locks, "checkin-nudges", Duration.ofMinutes(55), nudges::runDue,
                () -> "no one in working hours has a client due beyond today's digest, or they were nudged today");
    }
}
