package dev.liaison.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import dev.liaison.support.MutableClock;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/** What the benchmark adds to the app: a clock it can set, and a count of database round trips. */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchConfiguration {

    @Bean
    @Primary
    MutableClock benchClock() {
        return new MutableClock(Dataset.NOW);
    }

    @Bean
    RoundTrips roundTrips() {
        return new RoundTrips();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer countRoundTrips(RoundTrips roundTrips) {
        return settings -> settings.addCommandListener(roundTrips);
    }

    /**
     * Every command the driver sends is one round trip to the database; also the slowest of each kind
     * and those that failed (a read over the driver's timeout names itself here).
     */
    static final class RoundTrips implements CommandListener {

        private final Map<String, LongAdder> byCommand = new ConcurrentHashMap<>();
        private final Map<String, Long> slowestMs = new ConcurrentHashMap<>();
        private final Map<String, String> failed = new ConcurrentHashMap<>();
        /** "find clients": the command and its collection, by request, for naming a failed one. */
        private final Map<Integer, String> inFlight = new ConcurrentHashMap<>();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            byCommand.computeIfAbsent(event.getCommandName(), c -> new LongAdder()).increment();
            var target = event.getCommand().get(event.getCommandName());
            inFlight.put(event.getRequestId(), event.getCommandName()
                    + (target != null && target.isString() ? " " + target.asString().getValue() : ""));
        }

        @Override
        public void commandSucceeded(CommandSucceededEvent event) {
            inFlight.remove(event.getRequestId());
            slowestMs.merge(event.getCommandName(), event.getElapsedTime(TimeUnit.MILLISECONDS), Math::max);
        }

        @Override
        public void commandFailed(CommandFailedEvent event) {
            String command = inFlight.getOrDefault(event.getRequestId(), event.getCommandName());
            inFlight.remove(event.getRequestId());
            failed.merge(command + " after " + event.getElapsedTime(TimeUnit.MILLISECONDS) + " ms",
                    String.valueOf(event.getThrowable().getMessage()), (a, b) -> a);
        }

        void reset() {
            byCommand.clear();
            slowestMs.clear();
            failed.clear();
        }

        Map<String, Long> slowestMsByCommand() {
            return new TreeMap<>(slowestMs);
        }

        Map<String, String> failedCommands() {
            return new TreeMap<>(failed);
        }

        long total() {
            return byCommand.values().stream().mapToLong(LongAdder::sum).sum();
        }

        Map<String, Long> byCommand() {
            Map<String, Long> out = new TreeMap<>();
            byCommand.forEach((k, v) -> out.put(k, v.sum()));
            return out;
        }
    }
}
