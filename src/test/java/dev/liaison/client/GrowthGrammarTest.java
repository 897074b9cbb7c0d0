package dev.liaison.client;

import java.time.LocalDate;

import dev.liaison.growth.Goal;
import dev.liaison.growth.OpportunityChange;
import dev.liaison.growth.Stage;
import org.junit.jupiter.api.Test;

import static dev.liaison.client.ClientCommandParserTest.exact;
import static dev.liaison.client.ClientCommandParserTest.invalid;
import static dev.liaison.client.ClientCommandParserTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** /client opp, opps, goal and goals: what parses into which command, and what is answered with how to fix it. */
class GrowthGrammarTest {

    static final LocalDate DEC_20 = LocalDate.of(2026, 12, 20);

    @Test
    void anOpportunityHasATitleAndOptionallyAnAmountAStageAndACloseDateInAnyOrder() {
        assertThat(parse("opp acme corp Website redesign 12.5k stage proposal close Dec 20")).isEqualTo(
                new ClientCommand.AddOpportunity(exact("c2"), "acme corp", "Website redesign", 1_250_000L, Stage.PROPOSAL, DEC_20));
        assertThat(parse("opp acme close 2026-12-20 stage negotiation Website $5,000")).isEqualTo(
                new ClientCommand.AddOpportunity(exact("c1"), "acme", "Website", 500_000L, Stage.NEGOTIATION, DEC_20));
        assertThat(parse("opp acme SEO")).isEqualTo(new ClientCommand.AddOpportunity(exact("c1"), "acme", "SEO", null, null, null));
        assertThat(parse("opp acme SEO amount 3k")).isEqualTo(
                new ClientCommand.AddOpportunity(exact("c1"), "acme", "SEO", 300_000L, null, null));
    }

    @Test
    void aTitleEndingInANumberIsQuoted() {
        assertThat(parse("opp acme \"Phase 2\"")).isEqualTo(
                new ClientCommand.AddOpportunity(exact("c1"), "acme", "Phase 2", null, null, null));
        assertThat(parse("opp acme Phase 2")).isEqualTo(
                new ClientCommand.AddOpportunity(exact("c1"), "acme", "Phase", 200L, null, null));
    }

    @Test
    void aNumberedOpportunityChangesByKeywordOrByABareStage() {
        assertThat(parse("opp O-12 stage won")).isEqualTo(new ClientCommand.ChangeOpportunity("O-12", OpportunityChange.stage(Stage.WON)));
        assertThat(parse("opp o12 lost")).isEqualTo(new ClientCommand.ChangeOpportunity("O-12", OpportunityChange.stage(Stage.LOST)));
        assertThat(parse("opp O-3 close Dec 20 amount 4k")).isEqualTo(new ClientCommand.ChangeOpportunity("O-3",
                new OpportunityChange(null, DEC_20, false, 400_000L, false, null)));
        assertThat(parse("opp O-3 close none")).isEqualTo(new ClientCommand.ChangeOpportunity("O-3",
                new OpportunityChange(null, null, true, null, false, null)));
        assertThat(parse("opp O-3 title Website and app")).isEqualTo(new ClientCommand.ChangeOpportunity("O-3",
                new OpportunityChange(null, null, false, null, false, "Website and app")));
    }

    @Test
    void badOpportunitiesAreAnsweredWithHowToFixThem() {
        assertThat(invalid("opp")).contains("Which client?");
        assertThat(invalid("opp acme 12k")).contains("What is the opportunity?");
        assertThat(invalid("opp acme SEO stage maybe")).contains("`stage` is one of");
        assertThat(invalid("opp acme SEO close someday")).contains("is not a date");
        assertThat(invalid("opp acme SEO amount lots")).contains("as an amount");
        assertThat(invalid("opp O-3")).contains("What should change?");
        assertThat(invalid("opp O-3 colour red")).contains("I can't change `colour`");
        assertThat(invalid("opp O-3 close")).contains("`close` needs a value");
        assertThat(invalid("opp O-3 amount -5")).contains("can't be negative");
    }

    @Test
    void theListTakesMineAllAPersonOrAClient() {
        assertThat(parse("opps")).isEqualTo(new ClientCommand.ListOpportunities(ClientCommand.Scope.MINE, null, null, null));
        assertThat(parse("opps all")).isEqualTo(new ClientCommand.ListOpportunities(ClientCommand.Scope.ALL, null, null, null));
        assertThat(parse("opps <@U123|sam>")).isEqualTo(new ClientCommand.ListOpportunities(ClientCommand.Scope.PERSON, "U123", null, null));
        assertThat(parse("opps acme corp")).isEqualTo(new ClientCommand.ListOpportunities(null, null, exact("c2"), "acme corp"));
    }

    @Test
    void aGoalHasTextAndOptionallyAByDateAtTheEnd() {
        assertThat(parse("goal acme Launch the EU store by Mar 31")).isEqualTo(new ClientCommand.AddGoal(exact("c1"), "acme",
                "Launch the EU store", LocalDate.of(2027, 3, 31)));
        assertThat(parse("goal acme Grow by 20 % this year")).isEqualTo(new ClientCommand.AddGoal(exact("c1"), "acme",
                "Grow by 20 % this year", null));
        assertThat(parse("goal G-3 done")).isEqualTo(new ClientCommand.CloseGoal("G-3", Goal.Status.DONE));
        assertThat(parse("goal g3 dropped")).isEqualTo(new ClientCommand.CloseGoal("G-3", Goal.Status.DROPPED));
        assertThat(parse("goals acme")).isEqualTo(new ClientCommand.ListGoals(exact("c1"), "acme"));
        assertThat(invalid("goal G-3 maybe")).contains("`done` or `dropped`");
        assertThat(invalid("goal acme by friday")).contains("What is the goal?");
        assertThat(invalid("goals")).contains("Whose account plan?");
    }
}
