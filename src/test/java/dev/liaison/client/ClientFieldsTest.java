package dev.liaison.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.liaison.parsing.InvalidInputException;
import org.junit.jupiter.api.Test;

import static dev.liaison.client.ClientCommandParserTest.PARSER;
import static dev.liaison.client.ClientCommandParserTest.exact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The field registry: each field's one definition serves the command, the forms, the import, the
 * card and set's answer; {@code domains} is the field added through it alone.
 */
class ClientFieldsTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final ClientField.CardContext AT = new ClientField.CardContext(NOW, LocalDate.of(2026, 11, 23));

    /** A client with every field set to something other than its default. */
    static Client everythingSet() {
        Client c = new Client("T1", "Acme Corp", NameKey.of("Acme Corp"), "U0OWNER1", NOW, "U0OWNER1");
        c.setBackupId("U0BACKUP1");
        c.setTier(Tier.ENTERPRISE);
        c.setCadenceDays(10);
        c.addChannel("C0ACME1");
        c.setRenewal(LocalDate.of(2027, 1, 31));
        c.setRetainerCents(500_000L);
        c.setBudgetHours(37.5);
        c.setDomains(List.of("acme.com", "acme.co.uk"));
        c.setQbrWeeks(8);
        c.addAlias("AC");
        c.setStatus(ClientStatus.PAUSED);
        return c;
    }

    @Test
    void everyKeywordAndSynonymNamesOneFieldAndEveryCsvColumnIsOneFields() {
        Set<String> words = new HashSet<>();
        for (ClientField<?> field : ClientFields.ALL) {
            assertThat(words.add(field.keyword())).as(field.keyword()).isTrue();
            field.synonyms().forEach(s -> assertThat(words.add(s)).as(s).isTrue());
            assertThat(ClientFields.parse(field.keyword().toUpperCase())).contains(field);
        }
        assertThat(ClientFields.csvColumns()).doesNotHaveDuplicates().doesNotContain("name", "owner_email", "owner_id");
        assertThat(ClientImport.COLUMNS).containsAll(ClientFields.csvColumns());
    }

    @Test
    void theUsageAndTheAnswersNameEveryFieldFromTheRegistry() {
        for (ClientField<?> option : ClientFields.addOptions()) {
            assertThat(ClientCommandParser.USAGE).contains("[" + option.usage() + "]");
        }
        assertThat(ClientCommandParser.USAGE).contains("`alias <name>`", "`status active|paused|churned`",
                "`none` clears backup, channel, renewal, retainer, hours, domains");
        assertThatThrownBy(() -> PARSER.parse("add \"Foo\" colour red"))
                .hasMessageContaining("Options: owner, backup, tier, cadence, channel, renewal, retainer, hours, domains, qbr, update.");
    }

    /**
     * The edit form shows each field's value; submitting it unchanged changes nothing. Whatever a field
     * shows in its input, it reads back as the same value.
     */
    @Test
    void whatTheFormShowsReadsBackAsNoChange() {
        Client c = everythingSet();
        List<ClientField.Value<?>> submitted = new ArrayList<>();
        for (ClientField<?> field : ClientFields.ALL) {
            if (field.formInput().isPresent()) {
                submitted.add(field.fromForm(field.formValue(c, "U0CALLER"), PARSER, "U0CALLER", false));
            }
        }
        assertThat(submitted).extracting(v -> v.field().keyword()).contains("name", "owner", "domains", "status");
        assertThat(ClientFields.changes(c, submitted)).isEmpty();
    }

    @Test
    void anEmptyFormInputClearsOrDefaultsAndARequiredOneSaysSo() {
        assertThat(ClientFields.DOMAINS.fromForm(Optional.empty(), PARSER, "U1", false).value()).isNull();
        assertThat(ClientFields.TIER.fromForm(Optional.empty(), PARSER, "U1", false).value()).isEqualTo(Tier.GROWTH);
        assertThat(ClientFields.OWNER.fromForm(Optional.empty(), PARSER, "U1", true).value()).isEqualTo("U1");
        assertThatThrownBy(() -> ClientFields.OWNER.fromForm(Optional.empty(), PARSER, "U1", false))
                .hasMessage("Every client needs an owner.");
        assertThatThrownBy(() -> ClientFields.NAME.fromForm(Optional.empty(), PARSER, "U1", true))
                .hasMessage("What is the client called?");
        // an empty cadence is the tier's: a client on its own cadence goes back to the default
        Client c = everythingSet();
        var empty = ClientFields.CADENCE.fromForm(Optional.empty(), PARSER, "U1", false);
        assertThat(ClientFields.changes(c, List.of(empty))).containsExactly(empty);
        empty.applyTo(c);
        assertThat(c.cadenceDays()).isEqualTo(Tier.ENTERPRISE.defaultCadenceDays());
    }

    @Test
    void aNewTierMovesADefaultCadenceSoChangesAreJudgedInOrder() {
        Client c = new Client("T1", "Acme", NameKey.of("Acme"), "U1", NOW, "U1"); // growth, every 14 days
        var toEnterprise = ClientFields.TIER.of(Tier.ENTERPRISE);
        var fourteen = ClientFields.CADENCE.of(14);
        // given in any order: the tier first moves the cadence to 7, so 14 is a change after it
        assertThat(ClientFields.changes(c, List.of(fourteen, toEnterprise))).containsExactly(toEnterprise, fourteen);
        assertThat(ClientFields.changes(c, List.of(ClientFields.TIER.of(Tier.GROWTH), fourteen))).isEmpty();
    }

    // domains: one definition, picked up everywhere

    @Test
    void domainsAreSetAddedAndClearedByCommand() {
        assertThat(((ClientCommand.Set) PARSER.parse("set acme corp domains Acme.com,ACME.co.uk,acme.com")))
                .isEqualTo(new ClientCommand.Set(exact("c2"), "acme corp",
                        ClientFields.DOMAINS.of(List.of("acme.com", "acme.co.uk"))));
        assertThat(PARSER.parse("add Foo domains foo.com, foo.io tier standard")).isEqualTo(new ClientCommand.Add("Foo",
                List.of(ClientFields.DOMAINS.of(List.of("foo.com", "foo.io")), ClientFields.TIER.of(Tier.STANDARD))));
        assertThat(((ClientCommand.Set) PARSER.parse("set acme domains none")).change())
                .isEqualTo(ClientFields.DOMAINS.of(null));
        assertThatThrownBy(() -> PARSER.parse("set acme domains sam@acme.com")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("e-mail address");
        assertThatThrownBy(() -> PARSER.parse("set acme domains acme.com extra"))
                .hasMessageContaining("I didn't understand `extra`");
    }

    @Test
    void domainsApplyReplaceDescribeAndShowOnTheCard() {
        Client c = everythingSet();
        var replaced = ClientFields.DOMAINS.of(List.of("acme.io"));
        assertThat(ClientFields.changes(c, List.of(ClientFields.DOMAINS.of(List.of("acme.com", "acme.co.uk"))))).isEmpty();
        assertThat(ClientFields.changes(c, List.of(replaced))).containsExactly(replaced);
        replaced.applyTo(c);
        assertThat(c.domains()).containsExactly("acme.io");
        assertThat(replaced.confirmation(c).markup()).isEqualTo("*Acme Corp*'s e-mail domains are acme.io.");
        assertThat(ClientFields.DOMAINS.cardLine(c, AT)).map(l -> l.title() + ": " + l.text().markup())
                .contains("E-mail domains: acme.io");

        var cleared = ClientFields.DOMAINS.of(null);
        cleared.applyTo(c);
        assertThat(c.domains()).isEmpty();
        assertThat(cleared.confirmation(c).markup()).isEqualTo("*Acme Corp* has no e-mail domains now.");
        assertThat(ClientFields.DOMAINS.cardLine(c, AT)).isEmpty();
        assertThat(ClientFields.DOMAINS.formValue(c, "U1")).isEmpty();
    }

    @Test
    void domainsComeFromTheirCsvColumnAsOneList() {
        assertThat(ClientFields.DOMAINS.csvColumn()).contains("domains");
        assertThat(ClientFields.DOMAINS.fromCsv("Acme.com; acme.co.uk", PARSER))
                .containsExactly(ClientFields.DOMAINS.of(List.of("acme.com", "acme.co.uk")));
        assertThatThrownBy(() -> ClientFields.DOMAINS.fromCsv("acme", PARSER)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDraftIsACopyThatNeverChangesTheClient() {
        Client c = everythingSet();
        Client draft = c.draft();
        ClientFields.DOMAINS.of(List.of("other.com")).applyTo(draft);
        ClientFields.CHANNEL.of(null).applyTo(draft);
        ClientFields.ALIAS.of("Acme Group").applyTo(draft);
        assertThat(c.domains()).containsExactly("acme.com", "acme.co.uk");
        assertThat(c.channelIds()).containsExactly("C0ACME1");
        assertThat(c.aliases()).containsExactly("AC");
    }

    // qbr: weeks between quarterly business reviews, one definition like domains

    @Test
    void qbrIsSetInWeeksTurnedOffOrBackToTheTiersDefaultByCommand() {
        assertThat(((ClientCommand.Set) PARSER.parse("set acme corp qbr 13w")))
                .isEqualTo(new ClientCommand.Set(exact("c2"), "acme corp", ClientFields.QBR.of(13)));
        assertThat(((ClientCommand.Set) PARSER.parse("set acme qbr off")).change()).isEqualTo(ClientFields.QBR.of(0));
        assertThat(((ClientCommand.Set) PARSER.parse("set acme qbr none")).change()).isEqualTo(ClientFields.QBR.of(0));
        assertThat(((ClientCommand.Set) PARSER.parse("set acme qbr default")).change()).isEqualTo(ClientFields.QBR.of(null));
        assertThat(PARSER.parse("add Foo tier enterprise qbr 26w")).isEqualTo(new ClientCommand.Add("Foo",
                List.of(ClientFields.TIER.of(Tier.ENTERPRISE), ClientFields.QBR.of(26))));
        assertThatThrownBy(() -> PARSER.parse("set acme qbr 13")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("like `13w`, or `off`, not `13`");
        assertThatThrownBy(() -> PARSER.parse("set acme qbr 0w")).hasMessageContaining("between 1w and 104w");
        assertThatThrownBy(() -> PARSER.parse("set acme qbr 105w")).hasMessageContaining("between 1w and 104w");
        assertThatThrownBy(() -> PARSER.parse("set acme qbr quarterly")).hasMessageContaining("not `quarterly`");
    }

    @Test
    void qbrFollowsTheTierUntilSetAndShowsTheNextReviewOnTheCard() {
        Client c = new Client("T1", "Acme Corp", NameKey.of("Acme Corp"), "U1", NOW, "U1"); // growth: no reviews
        assertThat(c.qbrWeeks()).isZero();
        assertThat(ClientFields.QBR.cardLine(c, AT)).isEmpty();
        ClientFields.TIER.of(Tier.ENTERPRISE).applyTo(c);
        assertThat(c.qbrWeeks()).as("enterprise's default").isEqualTo(13);
        assertThat(ClientFields.QBR.cardLine(c, AT)).map(l -> l.title() + ": " + l.text().markup())
                .contains("Quarterly review: every 13 weeks · never held, due now");
        c.qbrHeld(LocalDate.of(2026, 9, 7));
        assertThat(ClientFields.QBR.cardLine(c, AT)).map(l -> l.text().markup())
                .contains("every 13 weeks · next 2026-12-07 (in 14 days)");

        var off = ClientFields.QBR.of(0);
        assertThat(ClientFields.changes(c, List.of(off))).containsExactly(off);
        off.applyTo(c);
        assertThat(off.confirmation(c).markup()).isEqualTo("*Acme Corp* has no quarterly business reviews now.");
        assertThat(ClientFields.QBR.cardLine(c, AT)).isEmpty();
        ClientFields.TIER.of(Tier.GROWTH).applyTo(c);
        ClientFields.TIER.of(Tier.ENTERPRISE).applyTo(c);
        assertThat(c.qbrWeeks()).as("off stays off whatever the tier").isZero();

        var backToDefault = ClientFields.QBR.of(null);
        backToDefault.applyTo(c);
        assertThat(backToDefault.confirmation(c).markup())
                .isEqualTo("*Acme Corp* now has a quarterly business review every 13 weeks (its tier's default).");
        var six = ClientFields.QBR.of(6);
        six.applyTo(c);
        assertThat(six.confirmation(c).markup()).isEqualTo("*Acme Corp* now has a quarterly business review every 6 weeks.");
    }

    @Test
    void qbrReadsFromTheFormAndItsCsvColumnWithBareNumbersAsWeeks() {
        assertThat(ClientFields.QBR.csvColumn()).contains("qbr_weeks");
        assertThat(ClientImport.COLUMNS_TEXT).contains("qbr_weeks");
        assertThat(ClientFields.QBR.fromCsv("13", PARSER)).containsExactly(ClientFields.QBR.of(13));
        assertThat(ClientFields.QBR.fromCsv("0", PARSER)).containsExactly(ClientFields.QBR.of(0));
        assertThat(ClientFields.QBR.fromCsv("off", PARSER)).containsExactly(ClientFields.QBR.of(0));
        assertThat(ClientFields.QBR.fromForm(Optional.of("26"), PARSER, "U1", false)).isEqualTo(ClientFields.QBR.of(26));
        assertThat(ClientFields.QBR.fromForm(Optional.empty(), PARSER, "U1", false)).isEqualTo(ClientFields.QBR.of(null));
        assertThat(ClientFields.QBR.formInput()).isPresent();
        Client c = everythingSet();
        assertThat(ClientFields.QBR.formValue(c, "U1")).contains("8w");
        c.setQbrWeeks(0);
        assertThat(ClientFields.QBR.formValue(c, "U1")).contains("off");
        c.setQbrWeeks(null);
        assertThat(ClientFields.QBR.formValue(c, "U1")).isEmpty();
    }
}
