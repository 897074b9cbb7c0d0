package dev.liaison.calendar;

import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

class OutOfOfficeTitlesTest {

    @Example
    void titlesPeopleWrite() {
        assertThat(OutOfOfficeTitles.sayAway("OOO")).isTrue();
        assertThat(OutOfOfficeTitles.sayAway("Annual leave")).isTrue();
        assertThat(OutOfOfficeTitles.sayAway("PTO - Lisbon")).isTrue();
        assertThat(OutOfOfficeTitles.sayAway("Summer Vacation!")).isTrue();
        assertThat(OutOfOfficeTitles.sayAway("sick")).isTrue();
        assertThat(OutOfOfficeTitles.sayAway("Bank holidays")).isTrue();
        assertThat(OutOfOfficeTitles.sayAway("Company offsite")).isFalse();
        assertThat(OutOfOfficeTitles.sayAway("Leaven bakery visit")).isFalse();
        assertThat(OutOfOfficeTitles.sayAway("Sickbay tour")).isFalse();
        assertThat(OutOfOfficeTitles.sayAway("Holidayinn booking")).isFalse();
        assertThat(OutOfOfficeTitles.sayAway("")).isFalse();
        assertThat(OutOfOfficeTitles.sayAway(null)).isFalse();
    }

    @Provide
    Arbitrary<String> keyword() {
        return Arbitraries.of(OutOfOfficeTitles.WORDS);
    }

    @Provide
    Arbitrary<String> separator() {
        return Arbitraries.of(" ", " - ", ": ", "/", "(", ")", "!", " · ", "\t", ",");
    }

    @Property
    void aKeywordAsAWordInAnyCaseAnywhereSaysAway(@ForAll("keyword") String keyword, @ForAll("separator") String before,
                                                   @ForAll("separator") String after, @ForAll @AlphaChars @StringLength(max = 12) String left,
                                                   @ForAll @AlphaChars @StringLength(max = 12) String right, @ForAll boolean upper) {
        String word = upper ? keyword.toUpperCase(Locale.ROOT) : keyword;
        assertThat(OutOfOfficeTitles.sayAway(left + before + word + after + right)).isTrue();
    }

    @Property
    void aKeywordGluedToOtherLettersIsNotAWord(@ForAll("keyword") String keyword, @ForAll @AlphaChars @StringLength(min = 1, max = 8) String glued) {
        String title = glued + keyword + glued;
        boolean containsAWord = OutOfOfficeTitles.WORDS.contains(title.toLowerCase(Locale.ROOT));
        assertThat(OutOfOfficeTitles.sayAway(title)).isEqualTo(containsAWord);
    }

    @Property
    void neverThrows(@ForAll String anything) {
        OutOfOfficeTitles.sayAway(anything);
    }
}
