package dev.liaison.warmup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard Liaison warms its request path before it says it is ready (README "Start-up and readiness").
 *
 * @param requests    signed requests sent through the real pipeline; 0 turns the warm-up off
 * @param concurrency how many are in flight at once, as real traffic overlaps
 * @param timeLimit   the warm-up stops here whatever is left: readiness never waits longer
 */
@ConfigurationProperties("liaison.warm-up")
public record WarmUpSettings(
        @DefaultValue("300") int requests,
        @DefaultValue("4") int concurrency,
        @DefaultValue("20s") Duration timeLimit) {

    public WarmUpSettings {
        if (requests < 0 || concurrency < 1 || timeLimit.isNegative()) {
            throw new IllegalArgumentException("liaison.warm-up: requests must be 0 or more, concurrency 1 or more,"
                    + " the time limit not negative");
        }
    }
}
