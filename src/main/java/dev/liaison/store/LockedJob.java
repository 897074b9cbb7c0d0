package dev.liaison.store;

import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * A scheduled job of group "liaison": thin, it runs one service call under its ShedLock lock.
 * Subclasses only say which call, and declare themselves one way: a nested {@code Schedule} configuration
 * with a {@link #detail} bean and a {@link #trigger} bean whose cron is their component of {@link JobSchedules}.
 */
@DisallowConcurrentExecution
public abstract class LockedJob extends QuartzJobBean {

    public static final String GROUP = "liaison";

    private final JobLocks locks;
    private final String name;
    private final Duration lockAtMostFor;
    private final IntSupplier work;
    private final Supplier<String> whyNothing;

    protected LockedJob(JobLocks locks, String name, Duration lockAtMostFor, IntSupplier work) {
        this(locks, name, lockAtMostFor, work, () -> "nothing was due");
    }

    /** @param whyNothing what a run that queued nothing tells whoever ran it, e.g. "today's digest was already sent" */
    protected LockedJob(JobLocks locks, String name, Duration lockAtMostFor, IntSupplier work,
                        Supplier<String> whyNothing) {
        this.whyNothing = whyNothing;
        this.locks = locks;
        this.name = name;
        this.lockAtMostFor = lockAtMostFor;
        this.work = work;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        // a run on its own schedule that finds nothing is the usual case (some jobs fire every minute):
        // its reason is neither worked out nor logged; a run someone asked for (Run now, the Actuator) says why
        boolean scheduled = context.getTrigger() != null
                && context.getTrigger().getKey().equals(TriggerKey.triggerKey(name, GROUP));
        locks.run(name, lockAtMostFor, work, scheduled ? null : whyNothing);
    }

    public static JobDetail detail(Class<? extends LockedJob> job, String name, String description) {
        return JobBuilder.newJob(job).withIdentity(name, GROUP).withDescription(description).storeDurably().build();
    }

    /** A cron trigger (Quartz syntax, from {@link JobSchedules}) that runs a missed fire once. */
    public static Trigger trigger(JobDetail job, String cron) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity(job.getKey().getName(), GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
