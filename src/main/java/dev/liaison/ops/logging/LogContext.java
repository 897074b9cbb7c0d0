package dev.liaison.ops.logging;

import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The names Liaison puts in the logging context (SLF4J's MDC), so every line logged while serving one
 * request or running one job carries them: plain logs ignore them, structured logs
 * (LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs or logstash) print each as a field.
 */
public final class LogContext {

    public static final String WORKSPACE = "workspace";
    public static final String JOB = "job";
    public static final String REQUEST_ID = "requestId";
    /** Only ids and names: nothing a stranger sends is copied into every line as it came. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private LogContext() {
    }

    /** Puts a value for the scope's lifetime and restores what was there before (scopes nest). */
    public static Scope put(String key, String value) {
        String previous = MDC.get(key);
        if (value == null || !SAFE.matcher(value).matches()) {
            return () -> { };
        }
        MDC.put(key, value);
        return () -> {
            if (previous == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, previous);
            }
        };
    }

    public static Scope workspace(String teamId) {
        return put(WORKSPACE, teamId);
    }

    static boolean safe(String value) {
        return value != null && SAFE.matcher(value).matches();
    }

    /** Ends a value's time in the context. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
