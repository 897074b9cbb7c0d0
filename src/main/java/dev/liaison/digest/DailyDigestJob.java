package dev.liaison.digest;

import java.time.Duration;

import dev.liaison.store.JobLocks;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Quartz job liaison/daily-digest (every 15 minutes): thin, the service decides who is due. */
@DisallowConcurrentExecution
public class DailyDigestJob extends QuartzJobBean {

    private final DigestService digests;
    private final JobLocks locks;

    public DailyDigestJob(DigestService digests, JobLocks locks) {
        this.digests = digests;
        this.locks = locks;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        locks.run("daily-digest", Duration.ofMinutes(14), digests::runDue);
    }
}
