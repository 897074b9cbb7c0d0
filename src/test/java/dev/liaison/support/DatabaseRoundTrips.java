package dev.liaison.support;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * Every command the MongoDB driver sends, with the thread that sent it: one entry is one database round
 * trip. Tests count those a Slack request made on the server's request threads (Tomcat's
 * {@code http-nio-…} threads), so a job or an outbox worker in the background does not count.
 */
public final class DatabaseRoundTrips implements CommandListener {

    /** One round trip: the command (find, update, …), the collection it named, the thread that sent it. */
    public record Trip(String command, String collection, String thread) {
        @Override
        public String toString() {
            return command + " " + collection;
        }
    }

    // a queue, not a copy-on-write list: every command of the shared test context lands here, and copying the
    // whole list on each would make the suite quadratic
    private final Queue<Trip> trips = new ConcurrentLinkedQueue<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String collection = event.getCommand().isString(event.getCommandName())
                ? event.getCommand().getString(event.getCommandName()).getValue() : "";
        trips.add(new Trip(event.getCommandName(), collection, Thread.currentThread().getName()));
    }

    public void clear() {
        trips.clear();
    }

    /** The round trips the calling thread made since {@link #clear()} (a test calling a service itself). */
    public List<Trip> ofThisThread() {
        String thread = Thread.currentThread().getName();
        return trips.stream().filter(t -> t.thread().equals(thread)).toList();
    }

    /** The round trips made while serving HTTP requests since {@link #clear()}. */
    public List<Trip> ofRequests() {
        return trips.stream().filter(t -> t.thread().startsWith("http-nio")).toList();
    }
}
