package dev.liaison.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckInPolicyTest {

    static final Instant CREATED = Instant.parse("2025-05-01T09:00:00Z");
    static final Instant TOUCH = Instant.parse("2025-06-01T15:30:00Z");

    @Test
    void neverTouchedIsDueFromCreation() {
        assertThat(CheckInPolicy.nextDue(null, CREATED, 14)).isEqualTo(CREATED);
        assertThat(CheckInPolicy.isDue(null, CREATED, 14, CREATED)).isTrue();
        assertThat(CheckInPolicy.isDue(null, CREATED, 14, CREATED.plusSeconds(1))).isTrue();
        // Only a clock running behind the creation time could see it not due yet.
        assertThat(CheckInPolicy.isDue(null, CREATED, 14, CREATED.minusMillis(1))).isFalse();
    }

    @Test
    void touchedIsDueAfterCadence() {
        assertThat(CheckInPolicy.nextDue(TOUCH, CREATED, 7)).isEqualTo(TOUCH.plus(Duration.ofDays(7)));
    }

    @Test
    void exactlyAtTheBoundaryIsDue() {
        Instant due = TOUCH.plus(Duration.ofDays(7));
        assertThat(CheckInPolicy.isDue(TOUCH, CREATED, 7, due)).isTrue();
        assertThat(CheckInPolicy.isDue(TOUCH, CREATED, 7, due.minusNanos(1))).isFalse();
    }

    @Test
    void lastTouchWinsOverCreation() {
        assertThat(CheckInPolicy.isDue(TOUCH, CREATED, 30, TOUCH.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void extremeInstantsDoNotOverflowIsDue() {
        assertThat(CheckInPolicy.isDue(Instant.MAX, CREATED, 30, Instant.MAX)).isFalse();
        assertThat(CheckInPolicy.isDue(Instant.MIN, CREATED, 30, Instant.MAX)).isTrue();
    }

    @Test
    void cadenceMustBePositive() {
        assertThatThrownBy(() -> CheckInPolicy.nextDue(TOUCH, CREATED, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckInPolicy.isDue(TOUCH, CREATED, -1, TOUCH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void daysSinceFloorsAndNeverGoesNegative() {
        assertThat(CheckInPolicy.daysSince(TOUCH, TOUCH)).isZero();
        assertThat(CheckInPolicy.daysSince(TOUCH, TOUCH.plus(Duration.ofHours(47)))).isEqualTo(1);
        assertThat(CheckInPolicy.daysSince(TOUCH, TOUCH.plus(Duration.ofDays(2)))).isEqualTo(2);
        assertThat(CheckInPolicy.daysSince(TOUCH, TOUCH.minus(Duration.ofDays(3)))).isZero();
    }

    @ParameterizedTest
    @CsvSource(value = {"enterprise,7", "Enterprise,7", " ENTERPRISE ,7", "growth,14", "standard,30", "Standard,30",
            "platinum,14", "'',14", "NULL,14"}, nullValues = "NULL")
    void defaultCadenceByTier(String tier, int days) {
        assertThat(CheckInPolicy.defaultCadenceDays(tier)).isEqualTo(days);
    }
}
