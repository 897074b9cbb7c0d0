package dev.liaison.support;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * Counts the database commands (round trips) one thread sends while it is counted: a test measures
 * what one call costs, and the app's background work (the delivery queue polling) is left out.
 */
public final class DatabaseCommands implements CommandListener {

    private volatile Thread counted;
    private final Map<String, LongAdder> byCommand = new ConcurrentHashMap<>();

    /** Starts counting afresh, for the calling thread only. */
    public void countThisThread() {
        byCommand.clear();
        counted = Thread.currentThread();
    }

    /** Stops counting; the counts stay readable. */
    public void stop() {
        counted = null;
    }

    public long total() {
        return byCommand.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public Map<String, Long> byCommand() {
        Map<String, Long> out = new TreeMap<>();
        byCommand.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (Thread.currentThread() == counted) {
            byCommand.computeIfAbsent(event.getCommandName(), c -> new LongAdder()).increment();
        }
    }
}
