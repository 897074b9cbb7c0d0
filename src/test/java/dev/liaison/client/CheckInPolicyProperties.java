package dev.liaison.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class CheckInPolicyProperties {

    static final Instant CREATED = Instant.parse("2020-01-01T00:00:00Z");

    @Property(tries = 500)
    void aTouchMakesTheClientNotDueUntilTheCadenceHasPassed(
            @ForAll @LongRange(min = 0, max = 3_000_000_000L) long touchOffsetSeconds,
            @ForAll @IntRange(min = 1, max = 90) int cadenceDays,
            @ForAll @LongRange(min = 0, max = 1_000_000) long fractionPerMillion) {
        Instant touch = CREATED.plusSeconds(touchOffsetSeconds);
        Duration cadence = Duration.ofDays(cadenceDays);
        // A point strictly inside [t, t + cadence): not due.
        Duration inside = Duration.ofNanos(cadence.toNanos() / 1_000_000 * fractionPerMillion).minusNanos(1);
        if (inside.isNegative()) {
            inside = Duration.ZERO;
        }
        assertThat(CheckInPolicy.isDue(touch, CREATED, cadenceDays, touch.plus(inside))).isFalse();
        // From t + cadence on: due, and nextDue agrees with isDue.
        Instant due = CheckInPolicy.nextDue(touch, CREATED, cadenceDays);
        assertThat(due).isEqualTo(touch.plus(cadence));
        assertThat(CheckInPolicy.isDue(touch, CREATED, cadenceDays, due)).isTrue();
        assertThat(CheckInPolicy.isDue(touch, CREATED, cadenceDays, due.plus(inside))).isTrue();
    }

    @Property(tries = 300)
    void daysSinceIsNeverNegativeAndMatchesWholeDays(
            @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long offsetSeconds) {
        long days = CheckInPolicy.daysSince(CREATED, CREATED.plusSeconds(offsetSeconds));
        assertThat(days).isEqualTo(offsetSeconds <= 0 ? 0 : offsetSeconds / 86_400);
    }
}
