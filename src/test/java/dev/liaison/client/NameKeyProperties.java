package dev.liaison.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NameKeyProperties {

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("aAéÉ&.,'’-_ \t\u0301\u3099ßİΣσς\u200D\u200B\uD83D\uDE80か").ofMaxLength(20),
                Arbitraries.strings().withCharRange('\u0000', '\u036F').ofMaxLength(20));
    }

    @Property(tries = 1000)
    void idempotent(@ForAll("names") String name) {
        String key = NameKey.of(name);
        assertThat(NameKey.of(key)).isEqualTo(key);
    }

    @Property(tries = 500)
    void keysAreTrimmedAndSingleSpaced(@ForAll("names") String name) {
        String key = NameKey.of(name);
        assertThat(key).isEqualTo(key.strip()).doesNotContain("  ", "&", "\t", "\n", ".", "'");
    }

    @Provide
    Arbitrary<String> letters() {
        // Letters people put in client names: Latin, Latin-1/Extended, Greek, Cyrillic, plus separators.
        return Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('\u00C0', '\u024F')
                .withCharRange('\u0370', '\u03FF').withCharRange('\u0400', '\u04FF').withChars(" &.-'")
                .ofMaxLength(30);
    }

    @Property(tries = 500)
    void caseInsensitive(@ForAll("letters") String name) {
        assertThat(NameKey.of(name.toUpperCase(Locale.ROOT))).isEqualTo(NameKey.of(name.toLowerCase(Locale.ROOT)));
        assertThat(NameKey.of(name.toUpperCase(Locale.ROOT))).isEqualTo(NameKey.of(name));
    }
}
