package dev.liaison.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Acme Corp|acme corp",
            "  ACME   corp.  |acme corp",
            "Acmé Córp|acme corp",
            "Smith & Co|smith and co",
            "Smith&Co|smith and co",
            "smith and co|smith and co",
            "AT&T|at and t",
            "O'Brien Media|obrien media",
            "O’Brien Media|obrien media",
            "A.C.M.E. Inc.|acme inc",
            "Acme, Inc.|acme inc",
            "Smith-Jones|smith jones",
            "smith_jones|smith jones",
            "Straße|strasse",
            "Ørsted|orsted",
            "Łódź Studio|lodz studio",
            "ＡＣＭＥ|acme",
            "Yahoo!|yahoo",
            "İstanbul Ajans|istanbul ajans",
    })
    void normalises(String in, String key) {
        assertThat(NameKey.of(in)).isEqualTo(key);
    }

    @Test
    void tabsNewlinesAndInvisibleCharacters() {
        assertThat(NameKey.of("Acme\t\nCorp")).isEqualTo("acme corp");
        assertThat(NameKey.of("Ac\u200Bme\u00A0Corp")).isEqualTo("acme corp");
    }

    @Test
    void otherScriptsAndEmojiSurvive() {
        assertThat(NameKey.of("株式会社トヨタ")).isEqualTo("株式会社トヨタ");
        assertThat(NameKey.of("ガンダム")).isEqualTo("ガンダム"); // dakuten kept, recomposed
        assertThat(NameKey.of("Яндекс")).isEqualTo("яндекс");
        assertThat(NameKey.of("شركة النور")).isEqualTo("شركة النور");
        assertThat(NameKey.of("🚀 Rocket")).isEqualTo("🚀 rocket");
        assertThat(NameKey.of("❤️ Studio")).isEqualTo(NameKey.of("❤ Studio"));
        assertThat(NameKey.of("👨‍👩‍👧")).isNotEmpty();
        assertThat(NameKey.of("한국")).isEqualTo("한국");
    }

    @Test
    void punctuationOnlyAndBlankAreEmpty() {
        assertThat(NameKey.of("...")).isEmpty();
        assertThat(NameKey.of(" - , _ ")).isEmpty();
        assertThat(NameKey.of("   ")).isEmpty();
        assertThat(NameKey.of("")).isEmpty();
        assertThat(NameKey.of(null)).isEmpty();
    }
}
