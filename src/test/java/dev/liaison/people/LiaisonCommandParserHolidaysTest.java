package dev.liaison.people;

import dev.liaison.parsing.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The holiday words of /liaison: the parser reads the code as typed; HolidayRegions checks it. */
class LiaisonCommandParserHolidaysTest {

    @Test
    void aPersonSetsACodeOrGoesBackToTheDefault() {
        assertThat(LiaisonCommandParser.parse("me holidays gb-eng")).isEqualTo(new LiaisonCommand.SetHolidays("gb-eng"));
        assertThat(LiaisonCommandParser.parse("me HOLIDAYS off")).isEqualTo(new LiaisonCommand.SetHolidays(null));
        assertThat(LiaisonCommandParser.parse("me holidays none")).isEqualTo(new LiaisonCommand.SetHolidays(null));
    }

    @Test
    void theWorkspaceDefaultIsSetOrTurnedOffAndConfigAloneShowsTheSettings() {
        assertThat(LiaisonCommandParser.parse("config holidays us-ny")).isEqualTo(new LiaisonCommand.ConfigHolidays("us-ny"));
        assertThat(LiaisonCommandParser.parse("config holidays Off")).isEqualTo(new LiaisonCommand.ConfigHolidays(null));
        assertThat(LiaisonCommandParser.parse("config")).isEqualTo(new LiaisonCommand.ShowConfig());
    }

    @Test
    void noCodeOrTwoCodesAreAnsweredWithTheShape() {
        assertThatThrownBy(() -> LiaisonCommandParser.parse("me holidays")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("`/liaison me holidays gb-eng`");
        assertThatThrownBy(() -> LiaisonCommandParser.parse("config holidays gb-eng us-ny"))
                .hasMessageContaining("`/liaison config holidays gb-eng`");
        assertThatThrownBy(() -> LiaisonCommandParser.parse("me vacation")).hasMessageContaining("`holidays`");
    }
}
