package dev.liaison.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

import dev.liaison.sandbox.SignedPoster;
import dev.liaison.support.SignedSlack;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open-loop load generator: requests leave on a fixed schedule whatever the answers do, and each
 * latency is measured from the request's <em>intended</em> send time, so a stall is charged to every
 * request it delayed (no coordinated omission). Requests are signed as Slack signs them, in advance,
 * so the sender does no crypto on the clock.
 */
final class OpenLoad {

    /** A signed request and how to tell its answer is the real one (not an error ack). */
    record Call(HttpRequest request, Predicate<String> answered) {
    }

    record Result(String name, int rps, int sent, long errors, double p50ms, double p90ms, double p99ms,
                  double p999ms, double maxMs, double meanMs) {
    }

    private final SignedPoster signer;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    OpenLoad(String eventsUrl, String signingSecret) {
        // the clock is unused: each request is signed at the instant it is scheduled for
        this.signer = new SignedPoster(() -> eventsUrl, signingSecret, Clock.systemUTC());
    }

    /** A slash command from Slack's documented form payload with our values, signed at {@code at}. */
    Call command(String teamId, String userId, String command, String text, Instant at, Predicate<String> answered) {
        HttpRequest request = signer.signedAt(at, "application/x-www-form-urlencoded",
                SignedSlack.commandForm(teamId, userId, command, text, "http://127.0.0.1:9/hooks/bench"));
        return new Call(request, answered);
    }

    /** One kind of request in a mixed schedule: its calls, sent in turn at {@code rps}. */
    record Stream(String name, List<Call> calls, int rps) {
    }

    /**
     * Several streams on one schedule, interleaved (each offset within its period), each with its own
     * histogram: a command and the floor measured in the same seconds see the same neighbours, so
     * their ratio does not depend on what else the machine did in either one's turn.
     */
    List<Result> run(List<Stream> streams, Duration duration) {
        List<long[]> events = new ArrayList<>();
        long origin = TimeUnit.MILLISECONDS.toNanos(20);
        for (int s = 0; s < streams.size(); s++) {
            Stream stream = streams.get(s);
            long period = TimeUnit.SECONDS.toNanos(1) / stream.rps();
            long offset = period * s / streams.size();
            int count = (int) (stream.rps() * duration.toMillis() / 1000);
            for (int i = 0; i < count; i++) {
                events.add(new long[] {origin + offset + i * period, s, i});
            }
        }
        events.sort(Comparator.comparingLong(e -> e[0]));
        List<Histogram> latencies = new ArrayList<>();
        List<AtomicLong> errors = new ArrayList<>();
        for (int s = 0; s < streams.size(); s++) {
            latencies.add(new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3));
            errors.add(new AtomicLong());
        }
        AtomicReference<String> firstError = new AtomicReference<>();
        List<CompletableFuture<?>> inFlight = new ArrayList<>(events.size());
        long start = System.nanoTime();
        for (long[] event : events) {
            long intended = start + event[0];
            long now;
            while ((now = System.nanoTime()) < intended) {
                LockSupport.parkNanos(intended - now);
            }
            int s = (int) event[1];
            Call call = streams.get(s).calls().get((int) (event[2] % streams.get(s).calls().size()));
            Histogram histogram = latencies.get(s);
            AtomicLong failed = errors.get(s);
            inFlight.add(http.sendAsync(call.request(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> {
                        long micros = Math.max(1, (System.nanoTime() - intended) / 1000);
                        histogram.recordValue(Math.min(micros, histogram.getHighestTrackableValue()));
                        if (failure != null || response.statusCode() != 200 || !call.answered().test(response.body())) {
                            if (failed.incrementAndGet() == 1) {
                                firstError.compareAndSet(null, failure != null ? failure.toString()
                                        : response.statusCode() + " " + response.body());
                            }
                        }
                    }));
        }
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            // failed requests are already counted as errors
        }
        if (firstError.get() != null) {
            BenchMain.log("errors, the first: " + firstError.get().substring(0, Math.min(300, firstError.get().length())));
        }
        List<Result> results = new ArrayList<>();
        for (int s = 0; s < streams.size(); s++) {
            Histogram h = latencies.get(s);
            results.add(new Result(streams.get(s).name(), streams.get(s).rps(), (int) h.getTotalCount(),
                    errors.get(s).get(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)),
                    ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()),
                    h.getMean() / 1000.0));
        }
        return results;
    }

    /** Sends {@code rps} requests a second for {@code duration}, cycling through the calls. */
    Result run(String name, List<Call> calls, int rps, Duration duration) {
        Histogram latencies = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        int total = (int) (rps * duration.toMillis() / 1000);
        long period = TimeUnit.SECONDS.toNanos(1) / rps;
        List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        for (int i = 0; i < total; i++) {
            long intended = start + i * period;
            long now;
            while ((now = System.nanoTime()) < intended) {
                LockSupport.parkNanos(intended - now);
            }
            Call call = calls.get(i % calls.size());
            inFlight.add(http.sendAsync(call.request(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> {
                        long micros = Math.max(1, (System.nanoTime() - intended) / 1000);
                        latencies.recordValue(Math.min(micros, latencies.getHighestTrackableValue()));
                        if (failure != null || response.statusCode() != 200 || !call.answered().test(response.body())) {
                            if (errors.incrementAndGet() == 1) {
                                firstError.set(failure != null ? failure.toString()
                                        : response.statusCode() + " " + response.body());
                            }
                        }
                    }));
        }
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            // failed requests are already counted as errors
        }
        if (firstError.get() != null) {
            BenchMain.log(name + ": " + errors.get() + " errors, the first: "
                    + firstError.get().substring(0, Math.min(300, firstError.get().length())));
        }
        return new Result(name, rps, total, errors.get(), ms(latencies.getValueAtPercentile(50)),
                ms(latencies.getValueAtPercentile(90)), ms(latencies.getValueAtPercentile(99)),
                ms(latencies.getValueAtPercentile(99.9)), ms(latencies.getMaxValue()), latencies.getMean() / 1000.0);
    }

    /**
     * One request at a time for {@code duration} (at most {@code max}): the service time of a command
     * with nothing queued, which still means something when a rate saturates the server.
     */
    Result serial(String name, List<Call> calls, Duration duration, int max) {
        Histogram latencies = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        long errors = 0;
        long end = System.nanoTime() + duration.toNanos();
        int sent = 0;
        while (sent < max && System.nanoTime() < end) {
            Call call = calls.get(sent++ % calls.size());
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(call.request(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || !call.answered().test(response.body())) {
                    errors++;
                }
            } catch (Exception e) {
                errors++;
            }
            latencies.recordValue(Math.min(Math.max(1, (System.nanoTime() - start) / 1000), latencies.getHighestTrackableValue()));
        }
        return new Result(name, 0, sent, errors, ms(latencies.getValueAtPercentile(50)),
                ms(latencies.getValueAtPercentile(90)), ms(latencies.getValueAtPercentile(99)),
                ms(latencies.getValueAtPercentile(99.9)), ms(latencies.getMaxValue()), latencies.getMean() / 1000.0);
    }

    /** Waits until the server is idle again (a floor request answers quickly), at most {@code max}. */
    void drain(Call floor, Duration max) {
        long end = System.nanoTime() + max.toNanos();
        int quick = 0;
        while (quick < 5 && System.nanoTime() < end) {
            long start = System.nanoTime();
            try {
                http.send(floor.request(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                // still busy
            }
            quick = System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(20) ? quick + 1 : 0;
        }
    }

    private static double ms(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }
}
