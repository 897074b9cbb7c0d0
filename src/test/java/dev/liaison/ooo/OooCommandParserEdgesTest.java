package dev.liaison.ooo;

import java.time.LocalDate;

import dev.liaison.parsing.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Edges of the /ooo grammar found by mutation testing (docs/reliability.md, "Mutation score"). */
class OooCommandParserEdgesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void keywordsAreCaseInsensitiveAcrossTheWholeAlphabet() {
        assertThat(OooCommandParser.parse("BACK", TODAY)).isEqualTo(new OooCommand.Back(null));
        assertThat(OooCommandParser.parse("TODAY", TODAY))
                .isEqualTo(new OooCommand.Declare(TODAY, TODAY, null));
    }

    @Test
    void aLoneAtSignIsNotTakenForAnUnreadablePerson() {
        Throwable thrown = catchThrowable(() -> OooCommandParser.parse("friday @", TODAY));
        assertThat(thrown == null ? "" : thrown.getMessage()).doesNotContain("I can't tell who");
    }

    @Test
    void aStartExactlyHalfwayBetweenLastYearsAndNextYearsIsReadAsTheNextOne() {
        // On 31 Aug 2027, 1 Mar 2027 and 1 Mar 2028 are both 183 days away (2028 is a leap year). The range is
        // read with the next 1 Mar, which ends before it starts; the earlier one would make it a range already
        // running since March.
        LocalDate aug31 = LocalDate.of(2027, 8, 31);
        Throwable thrown = catchThrowable(() -> OooCommandParser.parse("Mar 1 to Sep 5", aug31));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        // one day later the previous 1 Mar is further away still: the same answer
        assertThat(catchThrowable(() -> OooCommandParser.parse("Mar 1 to Sep 5", aug31.plusDays(1))))
                .isInstanceOf(InvalidInputException.class);
        // one day earlier the previous 1 Mar is nearer: a range already running, starting today
        assertThat(OooCommandParser.parse("Mar 1 to Sep 5", aug31.minusDays(1)))
                .isEqualTo(new OooCommand.Declare(aug31.minusDays(1), LocalDate.of(2027, 9, 5), null));
    }
}
