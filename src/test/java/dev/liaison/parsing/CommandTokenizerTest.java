package dev.liaison.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CommandTokenizerTest {

    private static List<String> texts(String text) {
        return CommandTokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void nullAndBlankGiveNoTokens() {
        assertThat(CommandTokenizer.tokenize(null)).isEmpty();
        assertThat(CommandTokenizer.tokenize("")).isEmpty();
        assertThat(CommandTokenizer.tokenize(" \t\n\u00A0\u2007\u202F\u3000")).isEmpty();
    }

    @Test
    void splitsOnAnyUnicodeWhitespace() {
        assertThat(texts("log  acme\t1h\nnotes\u00A0here\u202Fnow\u2007ok\u3000end\u0085x"))
                .containsExactly("log", "acme", "1h", "notes", "here", "now", "ok", "end", "x");
    }

    @Test
    void recordsOffsetsOfUnquotedTokens() {
        assertThat(CommandTokenizer.tokenize("  ab  cde "))
                .containsExactly(new Token("ab", false, 2, 4), new Token("cde", false, 6, 9));
    }

    @Test
    void straightQuotesMakeOneTokenAndKeepInnerSpacing() {
        assertThat(CommandTokenizer.tokenize("note \"Kickoff  call\" done")).containsExactly(
                new Token("note", false, 0, 4),
                new Token("Kickoff  call", true, 5, 20),
                new Token("done", false, 21, 25));
    }

    @Test
    void smartQuotesWorkInAnyCombination() {
        assertThat(CommandTokenizer.tokenize("“Acme Corp” x")).containsExactly(
                new Token("Acme Corp", true, 0, 11), new Token("x", false, 12, 13));
        assertThat(texts("“Acme Corp\" “Beta Inc” \"Gamma Ltd”")).containsExactly("Acme Corp", "Beta Inc", "Gamma Ltd");
        assertThat(CommandTokenizer.tokenize("“a b”")).allMatch(Token::quoted);
    }

    @Test
    void emptyQuotesGiveAnEmptyQuotedToken() {
        assertThat(CommandTokenizer.tokenize("a \"\" b")).containsExactly(
                new Token("a", false, 0, 1), new Token("", true, 2, 4), new Token("b", false, 5, 6));
        assertThat(CommandTokenizer.tokenize("“”")).containsExactly(new Token("", true, 0, 2));
    }

    @Test
    void unbalancedQuoteRunsToTheEndWithoutTrailingWhitespace() {
        assertThat(CommandTokenizer.tokenize("log \"Kickoff call with  Acme  \t")).containsExactly(
                new Token("log", false, 0, 3), new Token("Kickoff call with  Acme", true, 4, 28));
        assertThat(CommandTokenizer.tokenize("x \"")).containsExactly(
                new Token("x", false, 0, 1), new Token("", true, 2, 3));
    }

    @Test
    void anUnbalancedQuoteFollowedOnlyByWhitespaceIsAnEmptyQuotedToken() {
        assertThat(CommandTokenizer.tokenize("x \"   ")).containsExactly(
                new Token("x", false, 0, 1), new Token("", true, 2, 3));
    }

    @Test
    void quoteInTheMiddleOfAWordIsAnOrdinaryCharacter() {
        // Rule: quotes only open at the start of a word, so a stray inch mark never swallows the rest of the line.
        assertThat(CommandTokenizer.tokenize("ab\"cd ef")).containsExactly(
                new Token("ab\"cd", false, 0, 5), new Token("ef", false, 6, 8));
        assertThat(texts("a 27\" screen\" b")).containsExactly("a", "27\"", "screen\"", "b");
        assertThat(texts("say“hi” there")).containsExactly("say“hi”", "there");
    }

    @Test
    void closingQuoteEndsTheTokenEvenWithoutWhitespace() {
        assertThat(CommandTokenizer.tokenize("\"a b\"c")).containsExactly(
                new Token("a b", true, 0, 5), new Token("c", false, 5, 6));
        assertThat(CommandTokenizer.tokenize("\"a\"\"b\"")).containsExactly(
                new Token("a", true, 0, 3), new Token("b", true, 3, 6));
    }

    @Test
    void apostrophesAndSingleSmartQuotesAreNotQuotes() {
        assertThat(texts("O'Reilly 'two words' ‘x y’")).containsExactly("O'Reilly", "'two", "words'", "‘x", "y’");
        assertThat(CommandTokenizer.tokenize("O'Reilly")).noneMatch(Token::quoted);
    }

    @Test
    void keepsSlackMentionsAndEmojiIntact() {
        assertThat(texts("assign <@U123ABC|ann> <#C42|general> :tada: 👍🏽"))
                .containsExactly("assign", "<@U123ABC|ann>", "<#C42|general>", ":tada:", "👍🏽");
    }

    @Test
    void restReturnsTheLineVerbatimFromAToken() {
        String text = "log acme 1h  Called  them, said \"yes\"  ";
        List<Token> tokens = CommandTokenizer.tokenize(text);
        assertThat(CommandTokenizer.rest(text, tokens.get(3))).isEqualTo("Called  them, said \"yes\"");
        assertThat(CommandTokenizer.rest(text, tokens.get(0))).isEqualTo("log acme 1h  Called  them, said \"yes\"");
    }

    @Test
    void restFromAQuotedTokenIncludesItsQuotes() {
        String text = "note “Big  news” today\u00A0";
        Token quoted = CommandTokenizer.tokenize(text).get(1);
        assertThat(CommandTokenizer.rest(text, quoted)).isEqualTo("“Big  news” today");
    }

    @Test
    void restIsLenientWithNullsAndOutOfRangeTokens() {
        assertThat(CommandTokenizer.rest(null, new Token("x", false, 0, 1))).isEmpty();
        assertThat(CommandTokenizer.rest("abc", null)).isEmpty();
        assertThat(CommandTokenizer.rest("abc", new Token("x", false, 10, 11))).isEmpty();
    }
}
