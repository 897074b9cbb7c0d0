package dev.liaison.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class CommandTokenizerProperties {

    private static final String QUOTES = "\"“”";

    @Provide
    Arbitrary<String> nasty() {
        return NastyInput.strings();
    }

    @Provide
    Arbitrary<String> huge() {
        return NastyInput.huge();
    }

    /** Words with no whitespace that do not start with a quote; quotes later in the word are fine (literal). */
    @Provide
    Arbitrary<String> plainWord() {
        return Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12)),
                        Tuple.of(2, Arbitraries.strings().withChars("ab'\"“”<@>|1.$😀")
                                .ofMinLength(1).ofMaxLength(8)))
                .map(CommandTokenizerProperties::withoutWhitespace)
                .filter(w -> !w.isEmpty() && QUOTES.indexOf(w.charAt(0)) < 0);
    }

    @Provide
    Arbitrary<String> separator() {
        return Arbitraries.of(" ", "\t", "\n", "\r\n", "\u00A0", "\u2007", "\u202F", "\u3000", "\u0085")
                .list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> quotedContent() {
        return Arbitraries.strings().all().ofMaxLength(20)
                .map(s -> s.replaceAll("[\"“”]", ""));
    }

    @Property
    void tokensAreInOrderDisjointInsideTheTextAndOnlyWhitespaceIsLeftOut(@ForAll("nasty") String text) {
        checkInvariants(text);
    }

    @Property(tries = 30)
    void hugeInputIsHandled(@ForAll("huge") String text) {
        checkInvariants(text);
        String larger = text.repeat(NastyInput.SCALE);
        NastyInput.withinBudget("CommandTokenizer.tokenize", () -> CommandTokenizer.tokenize(larger));
    }

    @Property
    void joiningWhitespaceFreeWordsReproducesTheWords(@ForAll List<@From("plainWord") String> words,
                                                      @ForAll("separator") String separator,
                                                      @ForAll("separator") String padding) {
        String text = padding + String.join(separator, words) + padding;
        List<Token> tokens = CommandTokenizer.tokenize(text);
        assertThat(tokens).extracting(Token::text).containsExactlyElementsOf(words);
        assertThat(tokens).noneMatch(Token::quoted);
    }

    @Property
    void quotedSpansAreOneTokenWithTheirContentVerbatim(@ForAll("plainWord") String before,
                                                        @ForAll("quotedContent") String content,
                                                        @ForAll("plainWord") String after,
                                                        @ForAll("separator") String separator,
                                                        @ForAll("quoteChar") char open,
                                                        @ForAll("quoteChar") char close) {
        String quoted = open + content + close;
        String text = before + separator + quoted + separator + after;
        List<Token> tokens = CommandTokenizer.tokenize(text);
        int start = before.length() + separator.length();
        assertThat(tokens).containsExactly(
                new Token(before, false, 0, before.length()),
                new Token(content, true, start, start + quoted.length()),
                new Token(after, false, text.length() - after.length(), text.length()));
        assertThat(CommandTokenizer.rest(text, tokens.get(1))).isEqualTo(quoted + separator + after);
    }

    @Property
    void anUnbalancedQuoteRunsToTheEnd(@ForAll("plainWord") String before,
                                       @ForAll("quotedContent") String content,
                                       @ForAll("quoteChar") char open) {
        String text = before + " " + open + content;
        List<Token> tokens = CommandTokenizer.tokenize(text);
        assertThat(tokens).hasSize(2);
        assertThat(tokens.get(1).quoted()).isTrue();
        assertThat(tokens.get(1).text()).isEqualTo(stripEnd(content));
    }

    @Provide
    Arbitrary<Character> quoteChar() {
        return Arbitraries.of('"', '“', '”');
    }

    private static void checkInvariants(String text) {
        List<Token> tokens = CommandTokenizer.tokenize(text);
        int previousEnd = 0;
        for (Token token : tokens) {
            assertThat(token.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(token.end()).isGreaterThan(token.start()).isLessThanOrEqualTo(text.length());
            assertOnlyWhitespace(text.substring(previousEnd, token.start()));
            String raw = text.substring(token.start(), token.end());
            if (token.quoted()) {
                assertThat(QUOTES.indexOf(raw.charAt(0))).isNotNegative();
                assertThat(raw.substring(1)).startsWith(token.text());
            } else {
                assertThat(raw).isEqualTo(token.text()).isNotEmpty();
            }
            assertThat(CommandTokenizer.rest(text, token)).startsWith(raw.substring(0, 1));
            previousEnd = token.end();
        }
        assertOnlyWhitespace(text.substring(previousEnd));
    }

    private static void assertOnlyWhitespace(String gap) {
        for (char c : gap.toCharArray()) {
            assertThat(TextBits.isSpace(c)).as("char U+%04X left out of tokens", (int) c).isTrue();
        }
    }

    private static String withoutWhitespace(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (!TextBits.isSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && TextBits.isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
