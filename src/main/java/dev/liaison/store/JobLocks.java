package dev.liaison.store;

import java.time.Duration;
import java.util.function.IntSupplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One run of a scheduled job at a time across all instances (ShedLock on the same MongoDB), timed
 * as the metric liaison.job.duration. The idempotency keys make a run safe to repeat; the lock
 * only saves the duplicate work.
 */
@Component
public class JobLocks {

    private static final Logger log = LoggerFactory.getLogger(JobLocks.class);

    private final LockingTaskExecutor executor;
    private final MeterRegistry meters;
    private final java.time.Clock clock;

    JobLocks(MongoTemplate mongo, MeterRegistry meters, java.time.Clock clock) {
        this.executor = new DefaultLockingTaskExecutor(new MongoLockProvider(mongo.getDb()));
        this.meters = meters;
        this.clock = clock;
    }

    /** Runs the job unless another instance holds its lock; returns what it did, or -1 when skipped. */
    public int run(String job, Duration lockAtMostFor, IntSupplier work) {
        Timer.Sample sample = Timer.start(meters);
        int[] result = {-1};
        try {
            executor.executeWithLock((Runnable) () -> result[0] = work.getAsInt(),
                    new LockConfiguration(clock.instant(), job, lockAtMostFor, Duration.ZERO));
        } finally {
            sample.stop(Timer.builder("liaison.job.duration").tag("job", job).register(meters));
        }
        if (result[0] < 0) {
            log.debug("Skipped {}: another instance is running it", job);
        } else {
            log.info("{} done: {} message(s) queued", job, result[0]);
        }
        return result[0];
    }
}
