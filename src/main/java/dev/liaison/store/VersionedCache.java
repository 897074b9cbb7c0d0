package dev.liaison.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values read from the database, kept per workspace and key until the workspace's version sequence
 * {@code name} moves. Every write of what is cached calls {@link #changed} (on any instance; caches
 * with the same name share the version), and {@link Sequences#recent} reads the version at most every
 * {@link Sequences#RECHECK}: a change made through this instance is seen at once, one made by another
 * instance within 250 ms, and a warm request pays no round trip for what is cached.
 * <p>
 * Cache only immutable values (records, copies): the same instance is handed to every caller.
 */
public final class VersionedCache<V> {

    private record Entry<V>(long version, V value) {
    }

    private final Sequences sequences;
    private final String name;
    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

    public VersionedCache(Sequences sequences, String name) {
        this.sequences = sequences;
        this.name = name;
    }

    /** The value of {@code key} in the workspace: cached while the version stands, else {@code load}ed. */
    public V get(String teamId, String key, Supplier<V> load) {
        // the version is read before the value: a change landing during the load moves it, so the
        // value loaded here is never kept past that change
        long version = sequences.recent(teamId, name);
        String at = teamId + '\u0000' + key;
        Entry<V> entry = entries.get(at);
        if (entry != null && entry.version() == version) {
            return entry.value();
        }
        V value = load.get();
        entries.put(at, new Entry<>(version, value));
        return value;
    }

    /** What is cached under this name in the workspace was written: every instance reloads it. */
    public void changed(String teamId) {
        sequences.next(teamId, name);
    }
}
