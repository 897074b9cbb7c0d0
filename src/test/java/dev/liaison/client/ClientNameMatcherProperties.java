package dev.liaison.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class ClientNameMatcherProperties {

    /** A fixed, realistic client book plus the names used in the properties below. */
    static final List<NameCandidate> BOOK = List.of(
            NameCandidate.of("acme", "Acme Corp", "Acme Corp", false),
            NameCandidate.of("acme", "Acme Corp", "Wile E", true),
            NameCandidate.of("acme-x", "Acme", "Acme", false),
            NameCandidate.of("globex", "Globex Corporation", "Globex Corporation", false),
            NameCandidate.of("globex", "Globex Corporation", "GX", true),
            NameCandidate.of("smith", "Smith & Co", "Smith & Co", false),
            NameCandidate.of("cafe", "Café Olé", "Café Olé", false),
            NameCandidate.of("toyota", "トヨタ自動車", "トヨタ自動車", false),
            NameCandidate.of("yandex", "Яндекс", "Яндекс", false),
            NameCandidate.of("rocket", "🚀 Rocket", "🚀 Rocket", false),
            NameCandidate.of("hooli", "Hooli", "Hooli", false),
            NameCandidate.of("hoola", "Hoola", "Hoola", false));

    static final ClientNameMatcher MATCHER = new ClientNameMatcher(BOOK);
    static final Set<String> IDS = BOOK.stream().map(NameCandidate::clientId).collect(Collectors.toSet());
    static final Set<String> DISPLAY_NAMES = BOOK.stream().map(NameCandidate::displayName).collect(Collectors.toSet());

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.strings().all().ofMaxLength(60)),
                Tuple.of(3, Arbitraries.strings().withChars("acmeorpglbxhi &.'-éÉ\u0301\t\n\u0000")
                        .ofMaxLength(30)),
                Tuple.of(3, Arbitraries.of("Acme Corp", "acme", "GX", "Smith & Co", "Café Olé", "hoolz",
                        "トヨタ", "🚀 rocket").flatMap(prefix -> Arbitraries.strings().all().ofMaxLength(20)
                        .map(rest -> prefix + rest))),
                Tuple.of(1, Arbitraries.strings().all().ofLength(10_000)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMaxLength(10_000)));
    }

    @Property(tries = 300)
    void matchNeverThrowsAndOnlyNamesKnownClients(@ForAll("anyText") String query) {
        NameMatch result = MATCHER.match(query);
        assertThat(result).isNotNull();
        if (result instanceof NameMatch.Found f) {
            assertThat(IDS).contains(f.clientId());
            assertThat(DISPLAY_NAMES).contains(f.displayName());
        } else if (result instanceof NameMatch.Ambiguous a) {
            assertSuggestions(a.suggestions());
            assertThat(a.suggestions()).hasSizeGreaterThanOrEqualTo(2);
        } else if (result instanceof NameMatch.NotFound n) {
            assertSuggestions(n.suggestions());
        }
    }

    private static void assertSuggestions(List<String> suggestions) {
        assertThat(suggestions).hasSizeLessThanOrEqualTo(3).doesNotHaveDuplicates();
        assertThat(DISPLAY_NAMES).containsAll(suggestions);
    }

    @Property(tries = 300)
    void longestAtStartConsumesAPrefixWithTheFoundKey(@ForAll("anyText") String text) {
        MATCHER.longestAtStart(text).ifPresent(s -> {
            assertThat(s.charsConsumed()).isBetween(0, text.length());
            String consumedKey = NameKey.of(text.substring(0, s.charsConsumed()));
            assertThat(BOOK).anySatisfy(c -> {
                assertThat(c.clientId()).isEqualTo(s.clientId());
                assertThat(c.displayName()).isEqualTo(s.displayName());
                assertThat(c.key()).isEqualTo(consumedKey);
            });
        });
    }

    @Provide
    Arbitrary<List<String>> clientNames() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzéüøßÅ&'.-")
                .ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> name = word.list().ofMinSize(1).ofMaxSize(3).map(ws -> String.join(" ", ws));
        // Unique, non-empty keys: the product enforces this when clients are created.
        return name.list().ofMinSize(1).ofMaxSize(40).map(names -> {
            Map<String, String> byKey = new LinkedHashMap<>();
            for (String n : names) {
                if (!NameKey.of(n).isEmpty()) {
                    byKey.putIfAbsent(NameKey.of(n), n);
                }
            }
            return (List<String>) new ArrayList<>(byKey.values());
        }).filter(l -> !l.isEmpty());
    }

    @Property(tries = 300)
    void anExactNameInAnyCasingIsAlwaysFoundExact(
            @ForAll("clientNames") List<String> names,
            @ForAll @IntRange(min = 0, max = 1000) int pick,
            @ForAll long casingSeed) {
        List<NameCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            candidates.add(NameCandidate.of("c" + i, names.get(i), names.get(i), false));
            // Aliases that may collide with other clients' names must not get in the way.
            candidates.add(NameCandidate.of("c" + i, names.get(i), names.get((i + 1) % names.size()), true));
        }
        ClientNameMatcher matcher = new ClientNameMatcher(candidates);
        int index = pick % names.size();
        String typed = recase(names.get(index), casingSeed);

        assertThat(matcher.match(typed)).isEqualTo(new NameMatch.Found("c" + index, names.get(index),
                NameMatch.Found.How.EXACT));
    }

    @Property(tries = 200)
    void everyIdReturnedExistsForRandomBooks(@ForAll("clientNames") List<String> names, @ForAll("anyText") String q) {
        List<NameCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            candidates.add(NameCandidate.of("c" + i, names.get(i), names.get(i), false));
        }
        Set<String> ids = new HashSet<>();
        candidates.forEach(c -> ids.add(c.clientId()));
        ClientNameMatcher matcher = new ClientNameMatcher(candidates);
        NameMatch result = matcher.match(q);
        if (result instanceof NameMatch.Found f) {
            assertThat(ids).contains(f.clientId());
        } else if (result instanceof NameMatch.Ambiguous a) {
            assertThat(names).containsAll(a.suggestions());
        } else if (result instanceof NameMatch.NotFound n) {
            assertThat(names).containsAll(n.suggestions());
            assertThat(n.suggestions()).hasSizeLessThanOrEqualTo(3);
        }
        matcher.longestAtStart(q).ifPresent(s -> assertThat(ids).contains(s.clientId()));
    }

    @Property(tries = 200)
    void aNameAtTheStartIsFoundWithTheRestIntact(
            @ForAll("clientNames") List<String> names,
            @ForAll @IntRange(min = 0, max = 1000) int pick,
            @ForAll("rest") String rest) {
        List<NameCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            candidates.add(NameCandidate.of("c" + i, names.get(i), names.get(i), false));
        }
        ClientNameMatcher matcher = new ClientNameMatcher(candidates);
        String name = names.get(pick % names.size());
        String text = name + " " + rest;

        ClientNameMatcher.StartMatch s = matcher.longestAtStart(text).orElseThrow();
        String consumedKey = NameKey.of(text.substring(0, s.charsConsumed()));
        assertThat(consumedKey).isEqualTo(NameKey.of(s.displayName()));
        // Another client's name may extend this one ("acme" + " corp"), never shorten it.
        assertThat(s.charsConsumed()).isGreaterThanOrEqualTo(name.strip().length() - trailingPunctuation(name));
    }

    @Provide
    Arbitrary<String> rest() {
        return Arbitraries.strings().withChars("abc xyz123").ofMaxLength(15);
    }

    private static int trailingPunctuation(String name) {
        String s = name.strip();
        int n = 0;
        for (int i = s.length() - 1; i >= 0 && !Character.isLetterOrDigit(s.charAt(i)); i--) {
            n++;
        }
        return n;
    }

    private static String recase(String s, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.appendCodePoint(random.nextBoolean()
                ? Character.toUpperCase(cp) : Character.toLowerCase(cp)));
        return random.nextBoolean() ? out.toString() : out.toString().toUpperCase(Locale.ROOT);
    }
}
