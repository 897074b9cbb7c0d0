package dev.liaison.client;

import java.time.LocalDate;

import dev.liaison.parsing.InvalidInputException;
import org.junit.jupiter.api.Test;

import static dev.liaison.client.ClientCommandParserTest.PARSER;
import static dev.liaison.client.ClientCommandParserTest.exact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The parser's entry points other than {@code parse} (forms, the CSV import and /escalate use them) and
 * {@code /client report}: found untested by mutation testing (docs/reliability.md, "Mutation score").
 */
class ClientCommandParserEntryPointsTest {

    @Test
    void reportIsTheTeamOrOneLead() {
        assertThat(PARSER.parse("report")).isEqualTo(new ClientCommand.Report(null));
        assertThat(PARSER.parse("report TEAM")).isEqualTo(new ClientCommand.Report(null));
        assertThat(PARSER.parse("report <@U07LEAD|lee>")).isEqualTo(new ClientCommand.Report("U07LEAD"));
        assertThatThrownBy(() -> PARSER.parse("report team <@U07LEAD>")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("`/client report` takes `team` or a team lead");
        assertThatThrownBy(() -> PARSER.parse("report sales")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PARSER.parse("report \"team\" extra")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aLeadingClientIsQuotedTheLongestKnownNameOrTheFirstWord() {
        var quoted = PARSER.client("\"Acme Corp\" the site is down", "missing");
        assertThat(quoted).isEqualTo(new ClientCommandParser.Leading(exact("c2"), "Acme Corp", "the site is down"));
        var longest = PARSER.client("  acme corp site down ", "missing");
        assertThat(longest).isEqualTo(new ClientCommandParser.Leading(exact("c2"), "acme corp", "site down"));
        var alias = PARSER.client("AC site down", "missing");
        assertThat(alias.match()).isEqualTo(ClientCommandParserTest.found("c2", NameMatch.Found.How.ALIAS));
        var unknown = PARSER.client("zebra site down", "missing");
        assertThat(unknown.typed()).isEqualTo("zebra");
        assertThat(unknown.rest()).isEqualTo("site down");
        assertThat(unknown.match()).isInstanceOf(NameMatch.NotFound.class);
        assertThatThrownBy(() -> PARSER.client(null, "Which client?")).hasMessage("Which client?");
        assertThatThrownBy(() -> PARSER.client("   ", "Which client?")).hasMessage("Which client?");
    }

    @Test
    void aClientNameFromAFormIsCheckedLikeAdd() {
        assertThat(PARSER.clientName("  Globex  ")).isEqualTo("Globex");
        assertThatThrownBy(() -> PARSER.clientName(null)).hasMessage("What is the client called?");
        assertThatThrownBy(() -> PARSER.clientName(" ")).hasMessage("What is the client called?");
        assertThatThrownBy(() -> PARSER.clientName("x".repeat(81))).hasMessageContaining("at most 80");
        assertThatThrownBy(() -> PARSER.clientName("!!!")).hasMessageContaining("at least one letter or digit");
    }

    @Test
    void aFieldValueFromAFormIsReadLikeSet() {
        assertThat(PARSER.fieldValue(ClientFields.CADENCE, " 2w ")).isEqualTo(ClientFields.CADENCE.of(14));
        assertThat(PARSER.fieldValue(ClientFields.RENEWAL, "2026-12-05"))
                .isEqualTo(ClientFields.RENEWAL.of(LocalDate.of(2026, 12, 5)));
        assertThatThrownBy(() -> PARSER.fieldValue(ClientFields.CADENCE, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("`cadence` needs a value");
        assertThatThrownBy(() -> PARSER.fieldValue(ClientFields.CADENCE, "14d weekly"))
                .isInstanceOf(InvalidInputException.class).hasMessage("I didn't understand `weekly`.");
    }

    @Test
    void whatIsEchoedBackIsCutAtFortyCharacters() {
        String forty = "w".repeat(40);
        assertThatThrownBy(() -> PARSER.fieldValue(ClientFields.CADENCE, "14d " + forty))
                .hasMessage("I didn't understand `" + forty + "`.");
        assertThatThrownBy(() -> PARSER.fieldValue(ClientFields.CADENCE, "14d " + forty + "w"))
                .hasMessage("I didn't understand `" + forty + "…`.");
    }

    @Test
    void aNameTypedInAFormIsMatchedLikeStatus() {
        assertThat(PARSER.match("  Acme Corp ")).isEqualTo(exact("c2"));
        assertThat(PARSER.match(null)).isEqualTo(PARSER.match(""));
    }
}
