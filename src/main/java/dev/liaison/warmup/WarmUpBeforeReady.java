package dev.liaison.warmup;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Keeps readiness DOWN until the request path is warm. Spring says ACCEPTING_TRAFFIC right after the
 * ApplicationReadyEvent's listeners return; this one runs last among them (after the demo data, the
 * indexes), says REFUSING_TRAFFIC, sends real signed requests through Tomcat, Bolt, our handlers, the card
 * renderer and the database driver (class loading, JIT, lazy caches), and only then says ACCEPTING_TRAFFIC.
 * A failure is one log line and readiness anyway: a slow first request is better than no replica.
 * With {@code liaison.exit-when-warm} the process then exits 0 (the AppCDS training run).
 */
@Component
class WarmUpBeforeReady implements ApplicationListener<ApplicationReadyEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(WarmUpBeforeReady.class);

    private final WarmUpSettings settings;
    private final WarmUpTargets targets;
    private final WarmUpRequests requests;
    private final MeterRegistry meters;
    private final boolean exitWhenWarm;

    WarmUpBeforeReady(WarmUpSettings settings, WarmUpTargets targets, WarmUpRequests requests, MeterRegistry meters,
                      @Value("${liaison.exit-when-warm:false}") boolean exitWhenWarm) {
        this.settings = settings;
        this.targets = targets;
        this.requests = requests;
        this.meters = meters;
        this.exitWhenWarm = exitWhenWarm;
    }

    /**
     * Last of the ready listeners: an @EventListener without @Order ties with this, so the ones whose work the
     * warm-up reads (the demo agency, the indexes, resealed tokens) say @Order(0).
     */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        // Boot's readiness is REFUSING until it publishes ACCEPTING after these listeners; said here all the same,
        // so the state is explicit in the availability events while the warm-up runs
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        warmUp();
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        if (exitWhenWarm) {
            log.info("Warm-up done and liaison.exit-when-warm is set: exiting");
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    /** Never throws: whatever happens, readiness follows. */
    void warmUp() {
        if (settings.requests() == 0) {
            log.info("Warm-up off (liaison.warm-up.requests=0): ready without it");
            return;
        }
        long start = System.nanoTime();
        AtomicInteger answered = new AtomicInteger();
        AtomicReference<String> failure = new AtomicReference<>();
        WarmUpPlan plan = null;
        try {
            plan = targets.plan();
            send(plan, answered, failure, start + settings.timeLimit().toNanos());
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e.getClass().getSimpleName() + " while planning");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String outcome = failure.get() == null ? "warm" : "failed";
        Timer.builder("liaison.warm-up").description("the warm-up before readiness: how long it took")
                .tag("outcome", outcome).register(meters).record(took);
        Counter.builder("liaison.warm-up.requests").description("warm-up requests answered 200")
                .register(meters).increment(answered.get());
        if (failure.get() == null) {
            log.info("Warm-up: {} requests answered 200 in {} ms over {}; {}; ready", answered.get(), took.toMillis(),
                    requests.route(), plan.why());
        } else {
            // one line, no body, no secret: what failed and that we go ready anyway
            log.warn("Warm-up stopped after {} requests answered 200 in {} ms: {}; ready anyway", answered.get(),
                    took.toMillis(), failure.get());
        }
    }

    private void send(WarmUpPlan plan, AtomicInteger answered, AtomicReference<String> failure, long deadline) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(settings.concurrency(), r -> {
            Thread thread = new Thread(r, "warm-up");
            thread.setDaemon(true);
            return thread;
        });
        List<String> commands = plan.commands();
        Runnable worker = () -> {
            while (failure.get() == null && System.nanoTime() < deadline) {
                int i = next.getAndIncrement();
                if (i >= settings.requests()) {
                    return;
                }
                try {
                    int status = plan.commandsToSend()
                            ? requests.slashCommand(plan.teamId(), plan.userId(), commands.get(i % commands.size()))
                            : requests.urlVerification();
                    if (status == 200) {
                        answered.incrementAndGet();
                    } else {
                        failure.compareAndSet(null, "a request was answered " + status);
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, "a request failed: " + e.getClass().getSimpleName());
                }
            }
        };
        for (int i = 0; i < settings.concurrency(); i++) {
            workers.execute(worker);
        }
        workers.shutdown();
        try {
            // each request has a timeout of its own; this bounds the whole even if one hangs
            if (!workers.awaitTermination(settings.timeLimit().toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                failure.compareAndSet(null, "requests still unanswered after the time limit");
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, "interrupted");
            workers.shutdownNow();
        }
        if (failure.get() == null && System.nanoTime() >= deadline && answered.get() < settings.requests()) {
            log.info("Warm-up reached its time limit of {} s after {} requests", settings.timeLimit().toSeconds(),
                    answered.get());
        }
    }
}
