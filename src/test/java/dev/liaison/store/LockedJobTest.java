package dev.liaison.store;

import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.notNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A job on its own schedule that finds nothing works out no reason (the digest's reads every person's
 * day; the job fires every minute); a run someone asked for, through its one-off trigger, says why.
 */
class LockedJobTest {

    private final JobLocks locks = mock(JobLocks.class);

    static final class SampleJob extends LockedJob {
        SampleJob(JobLocks locks) {
            super(locks, "sample-job", Duration.ofSeconds(50), () -> 0, () -> "a reason that costs reads");
        }
    }

    @Test
    void aScheduledRunAsksForNoReason() throws Exception {
        new SampleJob(locks).executeInternal(firedBy(TriggerKey.triggerKey("sample-job", LockedJob.GROUP)));
        verify(locks).run(eq("sample-job"), eq(Duration.ofSeconds(50)), any(IntSupplier.class), isNull());
    }

    @Test
    void aRunOnDemandSaysWhyItSentNothing() throws Exception {
        // Quartz's triggerJob (Run now, the Actuator) fires through a one-off trigger of its own name
        new SampleJob(locks).executeInternal(firedBy(TriggerKey.triggerKey("MT_3a9f0c", "DEFAULT")));
        verify(locks).run(eq("sample-job"), eq(Duration.ofSeconds(50)), any(IntSupplier.class),
                (Supplier<String>) notNull());
    }

    private static JobExecutionContext firedBy(TriggerKey key) {
        Trigger trigger = mock(Trigger.class);
        when(trigger.getKey()).thenReturn(key);
        JobExecutionContext context = mock(JobExecutionContext.class);
        when(context.getTrigger()).thenReturn(trigger);
        return context;
    }
}
