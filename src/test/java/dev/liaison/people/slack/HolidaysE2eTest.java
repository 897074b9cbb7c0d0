package dev.liaison.people.slack;

import java.time.LocalDate;

import com.google.gson.JsonParser;
import dev.liaison.people.HolidayCalendar;
import dev.liaison.people.PeopleService;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** /liaison me holidays and /liaison config holidays, through signed requests, and what they store. */
class HolidaysE2eTest extends LiaisonE2eTest {

    private static final LocalDate BOXING_DAY_TAKEN = LocalDate.of(2026, 12, 28);
    private static final LocalDate EPIPHANY = LocalDate.of(2027, 1, 6);

    @Autowired
    PeopleService people;
    @Autowired
    HolidayCalendar holidays;

    String team;
    String am;

    @BeforeEach
    void workspace() {
        team = newTeam();
        am = "UAM" + team.substring(1, 7);
        SLACK.member(team, am, "Amelia Marsh", "Europe/London").member(team, HEAD_OF_ACCOUNTS, "Hana Head", "Europe/London");
    }

    @Test
    void aPersonChoosesTheirHolidaysAndSeesThem() {
        assertThat(answer(am, "me holidays GB-ENG")).contains(":white_check_mark:", "England, United Kingdom (`gb-eng`)");

        assertThat(people.find(team, am).orElseThrow().holidayCode()).isEqualTo("gb-eng");
        assertThat(holidays.isHoliday(team, am, BOXING_DAY_TAKEN)).isTrue();
        assertThat(answer(am, "me")).contains("Public holidays: England, United Kingdom (`gb-eng`)");
    }

    @Test
    void aWrongCodeIsAnsweredWithCloseOnesAndChangesNothing() {
        answer(am, "me holidays fr");

        assertThat(answer(am, "me holidays gb-en")).contains("I don't know the holidays of `gb-en`", "`gb-eng`");
        assertThat(answer(am, "me holidays england")).contains("I don't know the holidays of `england`");
        assertThat(answer(am, "me holidays")).contains("`/liaison me holidays gb-eng`");

        assertThat(people.find(team, am).orElseThrow().holidayCode()).isEqualTo("fr");
    }

    @Test
    void theWorkspaceDefaultIsSetByAHeadOfAccountsAndAppliesToWhoeverChoseNone() {
        assertThat(answer(am, "config holidays de-by")).contains("Only a head of accounts");
        assertThat(holidays.workspaceCode(team)).isEmpty();

        assertThat(answer(HEAD_OF_ACCOUNTS, "config holidays de-by")).contains("Bavaria, Germany (`de-by`)");

        assertThat(holidays.isHoliday(team, am, EPIPHANY)).isTrue();
        assertThat(answer(am, "me")).contains("Public holidays: the workspace's: Bavaria, Germany (`de-by`)");
        assertThat(answer(am, "config")).contains("*Workspace settings*", "Public holidays: Bavaria, Germany (`de-by`)",
                "Working hours (p2/p3 deadlines)");

        // their own code wins over the default; off goes back to it
        answer(am, "me holidays gb-eng");
        assertThat(holidays.isHoliday(team, am, EPIPHANY)).isFalse();
        assertThat(answer(am, "me holidays off")).contains("the workspace's public holidays: Bavaria, Germany");
        assertThat(holidays.isHoliday(team, am, EPIPHANY)).isTrue();

        assertThat(answer(HEAD_OF_ACCOUNTS, "config holidays off")).contains("No public holidays for the workspace");
        assertThat(holidays.isHoliday(team, am, EPIPHANY)).isFalse();
        assertThat(answer(am, "config")).contains("Public holidays: none");
    }

    @Test
    void helpNamesTheHolidayCommands() {
        // the help is escaped like everything shown: < and > arrive as &lt; and &gt;
        assertThat(answer(am, "help")).contains("/liaison me holidays &lt;country&gt;[-&lt;region&gt;]|off",
                "/liaison config holidays &lt;country&gt;[-&lt;region&gt;]|off", "your digest time, working hours and public holidays");
    }

    private String answer(String who, String text) {
        return visible(JsonParser.parseString(slack().command(team, who, "/liaison", text,
                SLACK.responseUrl("cmd")).body()).getAsJsonObject());
    }
}
