package dev.liaison.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import dev.liaison.parsing.Plural;
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
    private final Clock clock;

    JobLocks(MongoTemplate mongo, MeterRegistry meters, Clock clock) {
        this.executor = new DefaultLockingTaskExecutor(new MongoLockProvider(mongo.getDb()));
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * What one run of a job did, in words for whoever ran it: "2 messages queued", or "0 messages —
     * today's digest was already sent". {@code sequence} counts this instance's runs of the job.
     */
    public record JobRun(String job, long sequence, int messages, String summary) {
    }

    private final ConcurrentHashMap<String, JobRun> lastRuns = new ConcurrentHashMap<>();

    /** The last run of a job on this instance, if any. */
    public Optional<JobRun> lastRun(String job) {
        return Optional.ofNullable(lastRuns.get(job));
    }

    /** Waits (at most {@code timeout}) for a run of the job on this instance later than {@code afterSequence}. */
    public Optional<JobRun> awaitRun(String job, long afterSequence, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lastRuns) {
            while (true) {
                JobRun run = lastRuns.get(job);
                if (run != null && run.sequence() > afterSequence) {
                    return Optional.of(run);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                TimeUnit.NANOSECONDS.timedWait(lastRuns, left);
            }
        }
    }

    /** Runs the job unless another instance holds its lock; returns what it did, or -1 when skipped. */
    public int run(String job, Duration lockAtMostFor, IntSupplier work) {
        return run(job, lockAtMostFor, work, () -> "nothing was due");
    }

    /**
     * As {@link #run(String, Duration, IntSupplier)}; when the run queues nothing, {@code whyNothing}
     * says why (asked only then), in the log and in {@link #lastRun}, so "Run now" never answers silence.
     * A null {@code whyNothing} (a scheduled run) keeps a run that queued nothing out of the INFO log.
     */
    public int run(String job, Duration lockAtMostFor, IntSupplier work, Supplier<String> whyNothing) {
        Timer.Sample sample = Timer.start(meters);
        int[] result = {-1};
        try {
            executor.executeWithLock((Runnable) () -> result[0] = work.getAsInt(),
                    new LockConfiguration(clock.instant(), job, lockAtMostFor, Duration.ZERO));
        } finally {
            sample.stop(Timer.builder("liaison.job.duration").tag("job", job).register(meters));
        }
        String summary;
        if (result[0] < 0) {
            summary = "skipped: another instance is running it";
            log.debug("Skipped {}: another instance is running it", job);
        } else {
            if (result[0] == 0 && whyNothing == null) {
                summary = "0 messages";
                log.debug("{} done: {}", job, summary);
            } else {
                summary = result[0] == 0 ? "0 messages — " + whyNothing.get()
                        : Plural.count(result[0], "message") + " queued";
                log.info("{} done: {}", job, summary);
            }
        }
        synchronized (lastRuns) {
            lastRuns.compute(job, (k, last) -> new JobRun(job, last == null ? 1 : last.sequence() + 1,
                    Math.max(0, result[0]), summary));
            lastRuns.notifyAll();
        }
        return result[0];
    }
}
