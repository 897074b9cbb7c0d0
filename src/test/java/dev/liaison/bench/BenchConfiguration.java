package dev.liaison.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
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

    /** Every command the driver sends is one round trip to the database. */
    static final class RoundTrips implements CommandListener {

        private final Map<String, LongAdder> byCommand = new ConcurrentHashMap<>();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            byCommand.computeIfAbsent(event.getCommandName(), c -> new LongAdder()).increment();
        }

        void reset() {
            byCommand.clear();
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
