package dev.liaison.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClientNameMatcherTest {

    static List<NameCandidate> client(String id, String name, String... aliases) {
        List<NameCandidate> out = new ArrayList<>();
        out.add(NameCandidate.of(id, name, name, false));
        for (String alias : aliases) {
            out.add(NameCandidate.of(id, name, alias, true));
        }
        return out;
    }

    @SafeVarargs
    static ClientNameMatcher matcher(List<NameCandidate>... clients) {
        List<NameCandidate> all = new ArrayList<>();
        for (List<NameCandidate> c : clients) {
            all.addAll(c);
        }
        return new ClientNameMatcher(all);
    }

    static final ClientNameMatcher AGENCY = matcher(
            client("acme", "Acme Corp", "Wile E"),
            client("globex", "Globex Corporation", "GX"),
            client("initech", "Initech"),
            client("umb-h", "Umbrella Health"),
            client("umb-f", "Umbrella Foods"),
            client("smith", "Smith & Co"),
            client("cafe", "Café Olé"),
            client("hooli", "Hooli"),
            client("hoola", "Hoola"));

    static NameMatch.Found found(String id, String name, NameMatch.Found.How how) {
        return new NameMatch.Found(id, name, how);
    }

    @Nested
    class Match {
        @Test
        void exactIgnoresCaseSpacingAndPunctuation() {
            assertThat(AGENCY.match("ACME CORP")).isEqualTo(found("acme", "Acme Corp", NameMatch.Found.How.EXACT));
            assertThat(AGENCY.match("  acme   corp. ")).isEqualTo(found("acme", "Acme Corp", NameMatch.Found.How.EXACT));
        }

        @Test
        void exactIgnoresAccents() {
            assertThat(AGENCY.match("cafe ole")).isEqualTo(found("cafe", "Café Olé", NameMatch.Found.How.EXACT));
            assertThat(AGENCY.match("CAFÉ OLÉ")).isEqualTo(found("cafe", "Café Olé", NameMatch.Found.How.EXACT));
        }

        @Test
        void ampersandAndAndAreTheSame() {
            assertThat(AGENCY.match("smith and co")).isEqualTo(found("smith", "Smith & Co", NameMatch.Found.How.EXACT));
        }

        @Test
        void alias() {
            assertThat(AGENCY.match("wile e")).isEqualTo(found("acme", "Acme Corp", NameMatch.Found.How.ALIAS));
            assertThat(AGENCY.match("gx")).isEqualTo(found("globex", "Globex Corporation", NameMatch.Found.How.ALIAS));
        }

        @Test
        void nameBeatsAnotherClientsAlias() {
            ClientNameMatcher m = matcher(client("a", "Apex"), client("b", "Summit", "apex"));
            assertThat(m.match("APEX")).isEqualTo(found("a", "Apex", NameMatch.Found.How.EXACT));
        }

        @Test
        void uniquePrefix() {
            assertThat(AGENCY.match("glob")).isEqualTo(
                    found("globex", "Globex Corporation", NameMatch.Found.How.PREFIX));
            assertThat(AGENCY.match("Init")).isEqualTo(found("initech", "Initech", NameMatch.Found.How.PREFIX));
            assertThat(AGENCY.match("globex")).isEqualTo(
                    found("globex", "Globex Corporation", NameMatch.Found.How.PREFIX));
        }

        @Test
        void wholeWordPrefixBeatsPartOfAWord() {
            ClientNameMatcher m = matcher(client("a", "Acme Corp"), client("b", "Acmeco"));
            assertThat(m.match("acme")).isEqualTo(found("a", "Acme Corp", NameMatch.Found.How.PREFIX));
            assertThat(m.match("acm")).isEqualTo(new NameMatch.Ambiguous(List.of("Acmeco", "Acme Corp")));
        }

        @Test
        void ambiguousPrefixListsClosestCompletionsFirst() {
            assertThat(AGENCY.match("umbrella")).isEqualTo(
                    new NameMatch.Ambiguous(List.of("Umbrella Foods", "Umbrella Health")));
        }

        @Test
        void ambiguousPrefixCapsAtThree() {
            ClientNameMatcher m = matcher(client("1", "Blue Sky"), client("2", "Blue Sea"), client("3", "Blue Moon"),
                    client("4", "Blue"));
            assertThat(m.match("blu")).isEqualTo(new NameMatch.Ambiguous(List.of("Blue", "Blue Sea", "Blue Sky")));
        }

        @Test
        void typo() {
            assertThat(AGENCY.match("Initehc")).isEqualTo(found("initech", "Initech", NameMatch.Found.How.TYPO));
            assertThat(AGENCY.match("globx corporation")).isEqualTo(
                    found("globex", "Globex Corporation", NameMatch.Found.How.TYPO));
        }

        @Test
        void typoAgainstTheStartOfALongerName() {
            assertThat(AGENCY.match("acne")).isEqualTo(found("acme", "Acme Corp", NameMatch.Found.How.TYPO));
        }

        @Test
        void typoInAnAlias() {
            ClientNameMatcher m = matcher(client("a", "Acme Corp", "Roadrunner"));
            assertThat(m.match("roadruner")).isEqualTo(found("a", "Acme Corp", NameMatch.Found.How.TYPO));
        }

        @Test
        void ambiguousTypo() {
            assertThat(AGENCY.match("hoolz")).isEqualTo(new NameMatch.Ambiguous(List.of("Hoola", "Hooli")));
        }

        @Test
        void shortQueriesAreNotTypoMatched() {
            ClientNameMatcher m = matcher(client("a", "Acme"));
            assertThat(m.match("x")).isEqualTo(new NameMatch.NotFound(List.of()));
            assertThat(m.match("ac")).isEqualTo(found("a", "Acme", NameMatch.Found.How.PREFIX));
        }

        @Test
        void notFoundSuggestsClosestFirstCappedAtThree() {
            ClientNameMatcher m = matcher(client("1", "Northwest"), client("2", "Northwind"), client("3", "Northwing"),
                    client("4", "Northwend"), client("5", "Zephyr"));
            // Three edits from northwind/northwing/northwend, four from northwest: too far for a typo
            // (limit 2 at this length), close enough to suggest. Northwest sorts first by name but is farther.
            assertThat(m.match("nxrthwxnx")).isEqualTo(
                    new NameMatch.NotFound(List.of("Northwend", "Northwind", "Northwing")));
            // With the closest ones gone, the farther one is suggested.
            ClientNameMatcher m2 = matcher(client("1", "Northwest"), client("5", "Zephyr"));
            assertThat(m2.match("nxrthwxnx")).isEqualTo(new NameMatch.NotFound(List.of("Northwest")));
        }

        @Test
        void nothingCloseMeansNoSuggestions() {
            assertThat(AGENCY.match("zzzzzzzz")).isEqualTo(new NameMatch.NotFound(List.of()));
        }

        @Test
        void blankOrPunctuationOnlyQuery() {
            assertThat(AGENCY.match("")).isEqualTo(new NameMatch.NotFound(List.of()));
            assertThat(AGENCY.match("   ")).isEqualTo(new NameMatch.NotFound(List.of()));
            assertThat(AGENCY.match("...")).isEqualTo(new NameMatch.NotFound(List.of()));
            assertThat(AGENCY.match(null)).isEqualTo(new NameMatch.NotFound(List.of()));
        }

        @Test
        void duplicateNamesAreAmbiguous() {
            ClientNameMatcher m = matcher(client("1", "Acme"), client("2", "ACME"));
            assertThat(m.match("acme")).isEqualTo(new NameMatch.Ambiguous(List.of("ACME", "Acme")));
        }

        @Test
        void emptyCandidateKeysAreIgnored() {
            ClientNameMatcher m = matcher(client("1", "..."));
            assertThat(m.match("a")).isEqualTo(new NameMatch.NotFound(List.of()));
            assertThat(m.longestAtStart("... call")).isEmpty();
        }

        @Test
        void japaneseNames() {
            ClientNameMatcher m = matcher(client("t", "トヨタ自動車"), client("s", "ソニー"));
            assertThat(m.match("トヨタ自動車")).isEqualTo(found("t", "トヨタ自動車", NameMatch.Found.How.EXACT));
            assertThat(m.match("トヨタ")).isEqualTo(found("t", "トヨタ自動車", NameMatch.Found.How.PREFIX));
        }
    }

    @Nested
    class LongestAtStart {
        final ClientNameMatcher m = matcher(
                client("a", "Acme"),
                client("ac", "Acme Corp", "Roadrunner Inc"),
                client("s", "Smith & Co"),
                client("c", "Café Olé"),
                client("t", "トヨタ"));

        ClientNameMatcher.StartMatch start(String id, String name, int consumed) {
            return new ClientNameMatcher.StartMatch(id, name, consumed);
        }

        @Test
        void longestOverlappingNameWins() {
            String text = "Acme Corp call positive 1h kickoff";
            ClientNameMatcher.StartMatch s = m.longestAtStart(text).orElseThrow();
            assertThat(s).isEqualTo(start("ac", "Acme Corp", 9));
            assertThat(text.substring(s.charsConsumed())).isEqualTo(" call positive 1h kickoff");
            assertThat(m.longestAtStart("Acme call")).contains(start("a", "Acme", 4));
        }

        @Test
        void caseAccentsAndTrailingPunctuation() {
            assertThat(m.longestAtStart("ACMÉ corp. call")).contains(start("ac", "Acme Corp", 10));
            assertThat(m.longestAtStart("acme corp: call")).contains(start("ac", "Acme Corp", 10));
            assertThat(m.longestAtStart("cafe ole email")).contains(start("c", "Café Olé", 8));
            // Decomposed accents are longer than the name but must be consumed whole.
            assertThat(m.longestAtStart("Cafe\u0301 Ole\u0301 email")).contains(start("c", "Café Olé", 10));
        }

        @Test
        void ampersandSpelledEitherWay() {
            assertThat(m.longestAtStart("Smith & Co positive")).contains(start("s", "Smith & Co", 10));
            assertThat(m.longestAtStart("smith and co positive")).contains(start("s", "Smith & Co", 12));
            assertThat(m.longestAtStart("Smith&Co: call")).contains(start("s", "Smith & Co", 9));
        }

        @Test
        void textExactlyTheNameOrFollowedByNothing() {
            assertThat(m.longestAtStart("Acme Corp")).contains(start("ac", "Acme Corp", 9));
            assertThat(m.longestAtStart("Acme Corp   ")).contains(start("ac", "Acme Corp", 9));
            assertThat(m.longestAtStart("Acme")).contains(start("a", "Acme", 4));
        }

        @Test
        void aliases() {
            assertThat(m.longestAtStart("roadrunner inc. call")).contains(start("ac", "Acme Corp", 15));
        }

        @Test
        void onlyAtWordBoundariesAndOnlyExact() {
            assertThat(m.longestAtStart("Acmeco call")).isEmpty();
            assertThat(m.longestAtStart("Acne Corp call")).isEmpty();
            assertThat(m.longestAtStart("call Acme")).isEmpty();
            assertThat(m.longestAtStart("")).isEmpty();
            assertThat(m.longestAtStart(null)).isEmpty();
        }

        @Test
        void otherScripts() {
            assertThat(m.longestAtStart("トヨタ 電話")).contains(start("t", "トヨタ", 3));
        }

        @Test
        void ambiguousLongestMatchIsEmpty() {
            ClientNameMatcher dup = matcher(client("1", "Acme"), client("2", "ACME"));
            assertThat(dup.longestAtStart("acme call")).isEmpty();
            ClientNameMatcher aliasClash = matcher(client("1", "Acme"), client("2", "Summit", "acme"));
            assertThat(aliasClash.longestAtStart("acme call")).contains(start("1", "Acme", 4));
        }
    }

    @Test
    void typoAmongTenThousandCandidates() {
        Random random = new Random(42);
        String[] syllables = {"ba", "lo", "mi", "ne", "ru", "ta", "ko", "sa", "di", "fe", "gu", "ha", "pe", "wo"};
        List<NameCandidate> all = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int w = 0; w < 2; w++) {
                if (w > 0) {
                    name.append(' ');
                }
                int n = 2 + random.nextInt(3);
                for (int s = 0; s < n; s++) {
                    name.append(syllables[random.nextInt(syllables.length)]);
                }
            }
            String display = Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + i;
            all.add(NameCandidate.of("c" + i, display, display, false));
        }
        all.add(NameCandidate.of("target", "Zebulon Quixotic Partners", "Zebulon Quixotic Partners", false));
        all.add(NameCandidate.of("target", "Zebulon Quixotic Partners", "ZQP", true));
        ClientNameMatcher m = new ClientNameMatcher(all);

        assertThat(m.match("zebulon quixotik partners"))
                .isEqualTo(found("target", "Zebulon Quixotic Partners", NameMatch.Found.How.TYPO));
        assertThat(m.match("zebulon")).isEqualTo(found("target", "Zebulon Quixotic Partners", NameMatch.Found.How.PREFIX));
        assertThat(m.match("zqp")).isEqualTo(found("target", "Zebulon Quixotic Partners", NameMatch.Found.How.ALIAS));
        assertThat(m.match("Zebulun")).isEqualTo(found("target", "Zebulon Quixotic Partners", NameMatch.Found.How.TYPO));
    }
}
