package dev.liaison.digest;

import java.time.Duration;

import dev.liaison.store.JobLocks;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Quartz job liaison/checkin-nudges (hourly). */
@DisallowConcurrentExecution
public class CheckinNudgesJob extends QuartzJobBean {

    private final NudgeService nudges;
    private final JobLocks locks;

    public CheckinNudgesJob(NudgeService nudges, JobLocks locks) {
        this.nudges = nudges;
        this.locks = locks;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        locks.run("checkin-nudges", Duration.ofMinutes(55), nudges::runDue);
    }
}
