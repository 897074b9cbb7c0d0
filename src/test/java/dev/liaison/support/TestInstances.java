package dev.liaison.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.liaison.store.JobSchedules;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What every Liaison a test starts shares: no scheduled job fires on the wall clock (tests run the jobs
 * themselves, or press Run now), and the embedded database lives in a fresh directory of its own. The jobs
 * turned off are read from {@link JobSchedules}, the one list of scheduled jobs, so a new job is off in tests
 * as soon as it has a schedule ({@code JobsOffInTestsTest} fails for a trigger that does not).
 */
public final class TestInstances {

    /** A schedule that never comes: the trigger is there (Run now and the Actuator still fire it), its time is not. */
    public static final String NEVER = "0 0 0 1 1 ? 2099";

    private TestInstances() {
    }

    /** {@code liaison.jobs.<job>} = {@link #NEVER} for every job. */
    public static Map<String, String> jobsOff() {
        Map<String, String> off = new LinkedHashMap<>();
        for (RecordComponent job : JobSchedules.class.getRecordComponents()) {
            off.put("liaison.jobs." + kebab(job.getName()), NEVER);
        }
        return off;
    }

    /** For a {@code @DynamicPropertySource} of a test's own Spring context. */
    public static void jobsOff(DynamicPropertyRegistry registry) {
        jobsOff().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** Jobs off and the database in {@code dataDir}, with the test's own properties on top. */
    public static Map<String, String> properties(Path dataDir, Map<String, String> own) {
        Map<String, String> properties = new LinkedHashMap<>(jobsOff());
        properties.put("liaison.data-dir", dataDir.toString());
        properties.putAll(own);
        return properties;
    }

    /** The same as command-line arguments ({@code --key=value}), for SpringApplication or another JVM. */
    public static String[] arguments(Map<String, String> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** A new directory under target/ for one Liaison's embedded database (kept for a look after a failure). */
    public static Path freshDataDir(String prefix) {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** dailyDigest → daily-digest, as Spring binds liaison.jobs.daily-digest to the record. */
    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
