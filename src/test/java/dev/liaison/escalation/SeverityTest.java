package dev.liaison.escalation;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Severities as users type them, and their windows (docs/escalations.md). */
class SeverityTest {

    @Test
    void theThreeSeveritiesAreReadWhateverTheCaseOrSpaces() {
        assertThat(Severity.parse("p1")).contains(Severity.P1);
        assertThat(Severity.parse(" P2 ")).contains(Severity.P2);
        assertThat(Severity.parse("p3")).contains(Severity.P3);
        assertThat(Severity.parse("p4")).isEmpty();
        assertThat(Severity.parse(null)).isEmpty();
        assertThat(Severity.P2.label()).isEqualTo("p2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"p9", "P0", "sev1", "severity-2", "p-2", " p1 "})
    void wordsShapedLikeASeverityAreRecognisedKnownOrNot(String word) {
        assertThat(Severity.looksLikeOne(word)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "p", "pp1", "urgent", "p1x", "1"})
    void otherWordsAreNot(String word) {
        assertThat(Severity.looksLikeOne(word)).isFalse();
    }

    @Test
    void windowsOnTheDefaultWorkingDay() {
        assertThat(Severity.P1.acknowledgeWithin()).isEqualTo(Duration.ofMinutes(15));
        assertThat(Severity.P1.resolveWithin()).isEqualTo(Duration.ofHours(4));
        assertThat(Severity.P2.acknowledgeWithin()).isEqualTo(Duration.ofHours(2));
        assertThat(Severity.P2.resolveWithin()).isEqualTo(Duration.ofHours(18));
        assertThat(Severity.P3.acknowledgeWithin()).isEqualTo(Duration.ofHours(9));
        assertThat(Severity.P3.resolveWithin()).isEqualTo(Duration.ofHours(45));
        assertThat(Severity.P1.aroundTheClock()).isTrue();
        assertThat(Severity.P3.aroundTheClock()).isFalse();
    }
}
