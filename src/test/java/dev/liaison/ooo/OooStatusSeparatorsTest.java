package dev.liaison.ooo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Several separators in a row are one break between words, so a negation still reaches its phrase. */
class OooStatusSeparatorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"back from   vacation", "Not -- OOO, just WFH", "no longer...on leave"})
    void aNegationAcrossSeveralSeparatorsStillNegates(String text) {
        assertThat(OooStatus.looksOutOfOffice(null, text)).as(text).isFalse();
    }
}
