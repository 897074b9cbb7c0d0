package dev.liaison.client;

import java.time.LocalDate;
import java.util.List;

import dev.liaison.parsing.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The /client grammar of docs/commands.md, one sub-command at a time, with exact
 * command records for what parses and a helpful message for what does not.
 */
class ClientCommandParserTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23); // a Monday
    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    static final ClientNameMatcher NAMES = new ClientNameMatcher(List.of(
            NameCandidate.of("c1", "Acme", "Acme", false),
            NameCandidate.of("c2", "Acme Corp", "Acme Corp", false),
            NameCandidate.of("c2", "Acme Corp", "AC", true),
            NameCandidate.of("c3", "Société Générale", "Société Générale", false),
            NameCandidate.of("c4", "Smith & Co", "Smith & Co", false)));

    static final ClientCommandParser PARSER = new ClientCommandParser(NAMES, TODAY);

    static ClientCommand parse(String text) {
        return PARSER.parse(text);
    }

    static NameMatch.Found exact(String id) {
        return found(id, NameMatch.Found.How.EXACT);
    }

    static NameMatch.Found found(String id, NameMatch.Found.How how) {
        String name = switch (id) {
            case "c1" -> "Acme";
            case "c2" -> "Acme Corp";
            case "c3" -> "Société Générale";
            case "c4" -> "Smith & Co";
            default -> throw new IllegalArgumentException(id);
        };
        return new NameMatch.Found(id, name, how);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static ClientField.Value<?> value(ClientField<?> field, Object value) {
        return new ClientField.Value(field, value);
    }

    static String invalid(String text) {
        Throwable thrown = catchThrowable(() -> parse(text));
        assertThat(thrown).as("parse(%s)", text).isInstanceOf(InvalidInputException.class);
        assertThat(thrown.getMessage()).isNotBlank().hasSizeLessThan(500);
        return thrown.getMessage();
    }

    // ---------------------------------------------------------------- status

    @Nested
    class Status {

        @Test
        void aQuotedNameIsLookedUpAsAWhole() {
            assertThat(parse("status \"Acme Corp\"")).isEqualTo(new ClientCommand.Status(exact("c2"), "Acme Corp"));
            assertThat(parse("status “Acme”")).isEqualTo(new ClientCommand.Status(exact("c1"), "Acme"));
            assertThat(parse("status \"AC\"")).isEqualTo(new ClientCommand.Status(found("c2", NameMatch.Found.How.ALIAS), "AC"));
        }

        @Test
        void anUnquotedNameIsTheRestOfTheLine() {
            assertThat(parse("status Acme Corp")).isEqualTo(new ClientCommand.Status(exact("c2"), "Acme Corp"));
            assertThat(parse("status Société Générale")).isEqualTo(new ClientCommand.Status(exact("c3"), "Société Générale"));
            assertThat(parse("status Smith & Co")).isEqualTo(new ClientCommand.Status(exact("c4"), "Smith & Co"));
            assertThat(parse("show acme")).isEqualTo(new ClientCommand.Status(exact("c1"), "acme"));
            assertThat(parse("STATUS acme")).isEqualTo(new ClientCommand.Status(exact("c1"), "acme"));
        }

        @Test
        void caseAccentsAmpersandsAndTrailingPunctuationDoNotMatter() {
            assertThat(parse("status acme corp")).isEqualTo(new ClientCommand.Status(exact("c2"), "acme corp"));
            assertThat(parse("status societe generale")).isEqualTo(new ClientCommand.Status(exact("c3"), "societe generale"));
            assertThat(parse("status smith and co")).isEqualTo(new ClientCommand.Status(exact("c4"), "smith and co"));
            assertThat(parse("status smith & co.")).isEqualTo(new ClientCommand.Status(exact("c4"), "smith & co."));
        }

        @Test
        void theLongestKnownNameWins() {
            // "acme" is a client too, but "acme corp" is longer
            assertThat(((ClientCommand.Status) parse("status ACME CORP")).client()).isEqualTo(exact("c2"));
            assertThat(((ClientCommand.Status) parse("status acme")).client()).isEqualTo(exact("c1"));
        }

        @Test
        void prefixesAndTyposAreFoundAndSayHow() {
            assertThat(parse("status acme cor"))
                    .isEqualTo(new ClientCommand.Status(found("c2", NameMatch.Found.How.PREFIX), "acme cor"));
            assertThat(parse("status SOCIÉTÉ"))
                    .isEqualTo(new ClientCommand.Status(found("c3", NameMatch.Found.How.PREFIX), "SOCIÉTÉ"));
            assertThat(parse("status acmee corp"))
                    .isEqualTo(new ClientCommand.Status(found("c2", NameMatch.Found.How.TYPO), "acmee corp"));
            assertThat(parse("status smth & co"))
                    .isEqualTo(new ClientCommand.Status(found("c4", NameMatch.Found.How.TYPO), "smth & co"));
            assertThat(parse("status acne"))
                    .isEqualTo(new ClientCommand.Status(found("c1", NameMatch.Found.How.TYPO), "acne"));
        }

        @Test
        void aPrefixOfTwoClientsIsAmbiguous() {
            assertThat(parse("status acm"))
                    .isEqualTo(new ClientCommand.Status(new NameMatch.Ambiguous(List.of("Acme", "Acme Corp")), "acm"));
        }

        @Test
        void aMissIsNotFoundWithSuggestions() {
            assertThat(parse("status Amce Crop"))
                    .isEqualTo(new ClientCommand.Status(new NameMatch.NotFound(List.of("Acme Corp")), "Amce Crop"));
            assertThat(parse("status smithers & cole"))
                    .isEqualTo(new ClientCommand.Status(new NameMatch.NotFound(List.of("Smith & Co")), "smithers & cole"));
            assertThat(parse("status Acme Corp extra"))
                    .isEqualTo(new ClientCommand.Status(new NameMatch.NotFound(List.of("Acme Corp")), "Acme Corp extra"));
            assertThat(parse("status zebra"))
                    .isEqualTo(new ClientCommand.Status(new NameMatch.NotFound(List.of()), "zebra"));
        }

        @Test
        void noClientAsksForOneWithAnExample() {
            assertThat(invalid("status")).contains("Which client?", "/client status Acme");
            assertThat(invalid("status   ")).contains("/client status Acme");
        }

        @Test
        void anUnquotedAliasSaysItWasAnAlias() {
            assertThat(parse("status AC"))
                    .isEqualTo(new ClientCommand.Status(found("c2", NameMatch.Found.How.ALIAS), "AC"));
            assertThat(((ClientCommand.Log) parse("log ac hi")).client())
                    .isEqualTo(found("c2", NameMatch.Found.How.ALIAS));
        }
    }

    // ---------------------------------------------------------------- list

    @Nested
    class ListClients {

        @Test
        void noArgumentOrMineIsTheCallersPortfolio() {
            var mine = new ClientCommand.ListClients(ClientCommand.Scope.MINE, null);
            assertThat(parse("list")).isEqualTo(mine);
            assertThat(parse("list mine")).isEqualTo(mine);
            assertThat(parse("LIST MINE")).isEqualTo(mine);
            assertThat(parse("ls")).isEqualTo(mine);
        }

        @Test
        void allIsEveryClient() {
            var all = new ClientCommand.ListClients(ClientCommand.Scope.ALL, null);
            assertThat(parse("list all")).isEqualTo(all);
            assertThat(parse("ls ALL")).isEqualTo(all);
        }

        @Test
        void aPersonMentionIsTheirPortfolio() {
            assertThat(parse("list <@U123|sam>"))
                    .isEqualTo(new ClientCommand.ListClients(ClientCommand.Scope.PERSON, "U123"));
            assertThat(parse("list <@U123>"))
                    .isEqualTo(new ClientCommand.ListClients(ClientCommand.Scope.PERSON, "U123"));
            assertThat(parse("list <@W0ENTERPRISE|kim>"))
                    .isEqualTo(new ClientCommand.ListClients(ClientCommand.Scope.PERSON, "W0ENTERPRISE"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"list garbage", "list @sam", "list <#C123|general>", "list <@", "list <@u123>", "list everyone"})
        void anythingElseIsRejectedWithTheChoices(String text) {
            assertThat(invalid(text)).contains("`mine`", "`all`", "/client list @sam");
        }
    }

    // ---------------------------------------------------------------- add

    @Nested
    class Add {

        @Test
        void aQuotedNameMayContainOptionKeywords() {
            assertThat(parse("add \"Acme Corp\" tier enterprise"))
                    .isEqualTo(new ClientCommand.Add("Acme Corp", List.of(value(ClientFields.TIER, Tier.ENTERPRISE))));
            assertThat(parse("add “Owner Tier Hours Ltd” tier standard"))
                    .isEqualTo(new ClientCommand.Add("Owner Tier Hours Ltd", List.of(value(ClientFields.TIER, Tier.STANDARD))));
            assertThat(parse("add \"  Padded  \"")).isEqualTo(new ClientCommand.Add("Padded", List.of()));
        }

        @Test
        void anUnquotedNameRunsUpToTheFirstOptionKeyword() {
            assertThat(parse("add Wayne Enterprises owner <@U02BRUCE|bruce>"))
                    .isEqualTo(new ClientCommand.Add("Wayne Enterprises", List.of(value(ClientFields.OWNER, "U02BRUCE"))));
            assertThat(parse("add Wayne   Enterprises tier growth"))
                    .isEqualTo(new ClientCommand.Add("Wayne   Enterprises", List.of(value(ClientFields.TIER, Tier.GROWTH))));
            assertThat(parse("new Initech")).isEqualTo(new ClientCommand.Add("Initech", List.of()));
            // a keyword with nothing after it is not an option, so it stays part of the name
            assertThat(parse("add Happy Hours")).isEqualTo(new ClientCommand.Add("Happy Hours", List.of()));
            assertThat(parse("add Smith & Co")).isEqualTo(new ClientCommand.Add("Smith & Co", List.of()));
        }

        @Test
        void everyOptionAtOnce() {
            var add = parse("add Wayne Enterprises owner <@U02BRUCE|bruce> backup <@U03ALFRED> tier enterprise"
                    + " cadence 7d channel <#C123|x> renewal Dec 5 retainer $5,000 hours 37.5");
            assertThat(add).isEqualTo(new ClientCommand.Add("Wayne Enterprises", List.of(
                    value(ClientFields.OWNER, "U02BRUCE"),
                    value(ClientFields.BACKUP, "U03ALFRED"),
                    value(ClientFields.TIER, Tier.ENTERPRISE),
                    value(ClientFields.CADENCE, 7),
                    value(ClientFields.CHANNEL, "C123"),
                    value(ClientFields.RENEWAL, LocalDate.of(2026, 12, 5)),
                    value(ClientFields.RETAINER, 500_000L),
                    value(ClientFields.HOURS, 37.5))));
        }

        @Test
        void optionsComeInAnyOrderAndAnyCase() {
            assertThat(parse("add Foo HOURS 40h Tier Growth OWNER <@U9SAM>"))
                    .isEqualTo(new ClientCommand.Add("Foo", List.of(
                            value(ClientFields.HOURS, 40.0),
                            value(ClientFields.TIER, Tier.GROWTH),
                            value(ClientFields.OWNER, "U9SAM"))));
        }

        @ParameterizedTest
        @CsvSource({"7d, 7", "14d, 14", "2w, 14", "30days, 30", "1week, 7"})
        void cadenceIsDaysOrWeeks(String typed, int days) {
            assertThat(parse("add Foo cadence " + typed))
                    .isEqualTo(new ClientCommand.Add("Foo", List.of(value(ClientFields.CADENCE, days))));
        }

        @ParameterizedTest
        @CsvSource({
                "2027-01-31, 2027-01-31",
                "Dec 5, 2026-12-05",
                "5 Dec, 2026-12-05",
                "December 5th, 2026-12-05",
                "Jan 31, 2027-01-31",     // next occurrence on or after today
                "friday, 2026-11-27",     // next occurrence strictly after today
                "monday, 2026-11-30",
                "today, 2026-11-23",
                "tomorrow, 2026-11-24",
                "+90d, 2027-02-21",
                "+2w, 2026-12-07"})
        void renewalTakesEveryDateForm(String typed, LocalDate date) {
            assertThat(parse("add Foo renewal " + typed))
                    .isEqualTo(new ClientCommand.Add("Foo", List.of(value(ClientFields.RENEWAL, date))));
        }

        @Test
        void aTwoWordRenewalDateIsFollowedByMoreOptions() {
            assertThat(parse("add Foo renewal Dec 5 retainer 5k tier standard"))
                    .isEqualTo(new ClientCommand.Add("Foo", List.of(
                            value(ClientFields.RENEWAL, LocalDate.of(2026, 12, 5)),
                            value(ClientFields.RETAINER, 500_000L),
                            value(ClientFields.TIER, Tier.STANDARD))));
        }

        @ParameterizedTest
        @CsvSource({"'$5,000', 500000", "5k, 500000", "5000, 500000", "5000.50, 500050", "€4.5k, 450000", "2.5m, 250000000"})
        void retainerIsAnAmountInCents(String typed, long cents) {
            assertThat(parse("add Foo retainer " + typed))
                    .isEqualTo(new ClientCommand.Add("Foo", List.of(value(ClientFields.RETAINER, cents))));
        }

        @ParameterizedTest
        @CsvSource({"37.5, 37.5", "40, 40.0", "40h, 40.0", "12hrs, 12.0"})
        void hoursAreANumber(String typed, double hours) {
            assertThat(parse("add Foo hours " + typed))
                    .isEqualTo(new ClientCommand.Add("Foo", List.of(value(ClientFields.HOURS, hours))));
        }

        @Test
        void anOptionGivenTwiceIsRejected() {
            assertThat(invalid("add Foo tier growth tier standard")).isEqualTo("`tier` is given twice.");
            assertThat(invalid("add Foo owner <@U1AA|a> owner <@U2BB>")).contains("`owner`", "twice");
        }

        @Test
        void anUnknownOptionIsNamedAndTheOptionsListed() {
            assertThat(invalid("add \"Foo\" colour blue"))
                    .contains("`colour`", "owner, backup, tier, cadence, channel, renewal, retainer, hours");
            assertThat(invalid("add Foo tier growth colour blue")).contains("`colour`");
            // alias and status can be set later, but are not options of add
            assertThat(invalid("add \"Foo\" status paused")).contains("`status`");
        }

        @Test
        void anOptionWithoutItsValueSaysSo() {
            assertThat(invalid("add Foo tier growth owner")).isEqualTo("`owner` needs a value.");
        }

        @Test
        void badValuesNameTheWordOrGiveAnExample() {
            assertThat(invalid("add Foo tier gold")).contains("`gold`", "enterprise, growth or standard");
            assertThat(invalid("add Foo cadence 7")).contains("`7`", "`7d`", "`2w`");
            assertThat(invalid("add Foo cadence 0d")).contains("1d and 365d");
            assertThat(invalid("add Foo owner bob")).contains("owner @sam", "@ menu");
            assertThat(invalid("add Foo backup <@")).contains("backup @sam");
            assertThat(invalid("add Foo channel x")).contains("channel #acme-shared");
            assertThat(invalid("add Foo renewal someday")).contains("`someday`", "2027-01-31");
            assertThat(invalid("add Foo renewal Dec")).contains("`Dec`");
            assertThat(invalid("add Foo renewal 2026-02-30")).contains("2026-02-30", "YYYY-MM-DD");
            assertThat(invalid("add Foo renewal Feb 30")).contains("Feb 30", "February");
            assertThat(invalid("add Foo renewal +5000d")).contains("+5000d", "10 years");
            assertThat(invalid("add Foo retainer lots")).contains("`lots`", "$5,000");
            assertThat(invalid("add Foo retainer 5,00")).contains("5,00");
            assertThat(invalid("add Foo retainer -5")).contains("negative");
            assertThat(invalid("add Foo hours many")).contains("`many`", "37.5");
        }

        @Test
        void theNameIsAtMostEightyCharacters() {
            String eighty = "n".repeat(80);
            assertThat(parse("add " + eighty)).isEqualTo(new ClientCommand.Add(eighty, List.of()));
            assertThat(invalid("add " + eighty + "n")).contains("80 characters");
            assertThat(invalid("add \"" + eighty + "n\" tier growth")).contains("80 characters");
        }

        @Test
        void anEmptyNameAsksForOneWithAnExample() {
            // nothing at all opens the add form; an empty quoted name is an error
            assertThat(parse("add")).isInstanceOf(ClientCommand.AddForm.class);
            assertThat(invalid("add \"\" tier growth")).contains("/client add \"Tier One Media\" tier growth");
            assertThat(invalid("add \"   \"")).contains("/client add");
            assertThat(invalid("add tier growth")).contains("Put the name first", "in quotes");
        }

        @Test
        void aNameNeedsALetterAndNoControlCharacters() {
            assertThat(invalid("add !!!")).contains("at least one letter or digit");
            assertThat(invalid("add \"Foo\nBar\"")).contains("line breaks or control characters");
            assertThat(invalid("add \"Foo\tBar\" tier growth")).contains("control characters");
        }
    }

    // ---------------------------------------------------------------- set

    @Nested
    class Set {

        ClientCommand.Set set(String text) {
            return (ClientCommand.Set) parse(text);
        }

        @Test
        void theClientIsQuotedOrTheLongestKnownName() {
            assertThat(parse("set \"Acme Corp\" tier enterprise"))
                    .isEqualTo(new ClientCommand.Set(exact("c2"), "Acme Corp", value(ClientFields.TIER, Tier.ENTERPRISE)));
            assertThat(parse("set acme corp tier enterprise"))
                    .isEqualTo(new ClientCommand.Set(exact("c2"), "acme corp", value(ClientFields.TIER, Tier.ENTERPRISE)));
            assertThat(parse("edit acme tier standard"))
                    .isEqualTo(new ClientCommand.Set(exact("c1"), "acme", value(ClientFields.TIER, Tier.STANDARD)));
            assertThat(parse("set Société Générale cadence 2w"))
                    .isEqualTo(new ClientCommand.Set(exact("c3"), "Société Générale", value(ClientFields.CADENCE, 14)));
            // unknown: the first word is the client, and the caller reports "No client matches"
            assertThat(parse("set zebra tier growth"))
                    .isEqualTo(new ClientCommand.Set(new NameMatch.NotFound(List.of()), "zebra",
                            value(ClientFields.TIER, Tier.GROWTH)));
        }

        @Test
        void everyFieldOfAdd() {
            assertThat(set("set acme owner <@U9X|z>").change()).isEqualTo(value(ClientFields.OWNER, "U9X"));
            assertThat(set("set acme backup <@U2BB>").change()).isEqualTo(value(ClientFields.BACKUP, "U2BB"));
            assertThat(set("set acme tier growth").change()).isEqualTo(value(ClientFields.TIER, Tier.GROWTH));
            assertThat(set("set acme cadence 30d").change()).isEqualTo(value(ClientFields.CADENCE, 30));
            assertThat(set("set acme channel <#C1X|acme-shared>").change()).isEqualTo(value(ClientFields.CHANNEL, "C1X"));
            assertThat(set("set acme renewal Dec 5").change())
                    .isEqualTo(value(ClientFields.RENEWAL, LocalDate.of(2026, 12, 5)));
            assertThat(set("set acme renewal friday").change()).isEqualTo(value(ClientFields.RENEWAL, FRIDAY));
            assertThat(set("set acme retainer 5k").change()).isEqualTo(value(ClientFields.RETAINER, 500_000L));
            assertThat(set("set acme hours 37.5").change()).isEqualTo(value(ClientFields.HOURS, 37.5));
            assertThat(set("set acme budget 12").change()).isEqualTo(value(ClientFields.HOURS, 12.0));
        }

        @Test
        void nameAndAliasTakeTheRestOfTheLineOrAQuotedName() {
            assertThat(set("set acme name Acme Incorporated Ltd").change())
                    .isEqualTo(value(ClientFields.NAME, "Acme Incorporated Ltd"));
            assertThat(set("set acme rename Acme 2").change()).isEqualTo(value(ClientFields.NAME, "Acme 2"));
            assertThat(set("set acme corp name \"Acme Corp International\"").change())
                    .isEqualTo(value(ClientFields.NAME, "Acme Corp International"));
            assertThat(set("set acme alias Road Runner").change()).isEqualTo(value(ClientFields.ALIAS, "Road Runner"));
            assertThat(set("set acme corp alias “The Roadrunners”").change())
                    .isEqualTo(value(ClientFields.ALIAS, "The Roadrunners"));
            assertThat(invalid("set acme name !!!")).contains("at least one letter or digit");
            assertThat(invalid("set acme alias " + "n".repeat(81))).contains("80 characters");
        }

        @ParameterizedTest
        @CsvSource({"active, ACTIVE", "paused, PAUSED", "churned, CHURNED", "Paused, PAUSED"})
        void status(String typed, ClientStatus status) {
            assertThat(set("set acme status " + typed).change()).isEqualTo(value(ClientFields.STATUS, status));
        }

        @ParameterizedTest
        @ValueSource(strings = {"backup", "channel", "renewal", "retainer", "hours", "domains"})
        void noneClears(String field) {
            ClientField<?> f = ClientFields.parse(field).orElseThrow();
            assertThat(parse("set acme corp " + field + " none"))
                    .isEqualTo(new ClientCommand.Set(exact("c2"), "acme corp", value(f, null)));
            assertThat(set("set acme " + field + " CLEAR").change()).isEqualTo(value(f, null));
        }

        @Test
        void noneDoesNotClearRequiredFields() {
            assertThat(invalid("set acme owner none")).contains("owner @sam");
            assertThat(invalid("set acme tier none")).contains("`none`");
            assertThat(invalid("set acme cadence none")).contains("`none`");
            assertThat(invalid("set acme status none")).contains("`none`", "active, paused or churned");
        }

        @Test
        void trailingWordsAreRejected() {
            assertThat(invalid("set acme tier growth please")).isEqualTo("I didn't understand `please`. Set one field at a time.");
            assertThat(invalid("set acme renewal Dec 5 x")).contains("`x`", "one field at a time");
            assertThat(invalid("set acme name \"Acme Inc\" extra")).contains("`extra`");
            assertThat(invalid("set acme backup none of them")).contains("`of them`");
        }

        @Test
        void missingPartsAreAskedForWithExamples() {
            assertThat(invalid("set")).contains("Which client?", "/client set Acme tier enterprise");
            assertThat(invalid("set acme")).contains("What should change?", "/client set acme cadence 14d",
                    "name, owner, backup, tier, cadence, channel, renewal, retainer, hours, domains, qbr, update, alias, status");
            assertThat(invalid("set acme tier")).contains("What should tier be?", "/client set acme tier");
            assertThat(invalid("set acme colour blue")).contains("`colour`", "alias, status");
            assertThat(invalid("set acme status gone")).contains("`gone`");
        }
    }

    // ---------------------------------------------------------------- log

    @Nested
    class Log {

        @Test
        void defaultsToANeutralNoteOfNoDuration() {
            assertThat(parse("log acme Kickoff went well")).isEqualTo(new ClientCommand.Log(exact("c1"), "acme",
                    TouchType.NOTE, Sentiment.NEUTRAL, 0, "Kickoff went well"));
        }

        @Test
        void typeSentimentAndDurationComeInAnyOrder() {
            var expected = new ClientCommand.Log(exact("c1"), "acme", TouchType.CALL, Sentiment.POSITIVE, 30, "Kickoff");
            assertThat(parse("log acme call positive 30m Kickoff")).isEqualTo(expected);
            assertThat(parse("log acme 30m positive call Kickoff")).isEqualTo(expected);
            assertThat(parse("log acme positive 30m call Kickoff")).isEqualTo(expected);
            assertThat(parse("log acme CALL Positive 30min Kickoff")).isEqualTo(expected);
            assertThat(parse("log \"Smith & Co\" 1h30m negative meeting Renewal at risk"))
                    .isEqualTo(new ClientCommand.Log(exact("c4"), "Smith & Co", TouchType.MEETING, Sentiment.NEGATIVE,
                            90, "Renewal at risk"));
            assertThat(parse("log acme corp e-mail sent the deck"))
                    .isEqualTo(new ClientCommand.Log(exact("c2"), "acme corp", TouchType.EMAIL, Sentiment.NEUTRAL, 0,
                            "sent the deck"));
        }

        @Test
        void eachOptionIsReadOnceAndTheRestIsTheSummary() {
            assertThat(parse("log acme call call back tomorrow")).isEqualTo(new ClientCommand.Log(exact("c1"), "acme",
                    TouchType.CALL, Sentiment.NEUTRAL, 0, "call back tomorrow"));
            assertThat(parse("log acme 30m 45m overrun")).isEqualTo(new ClientCommand.Log(exact("c1"), "acme",
                    TouchType.NOTE, Sentiment.NEUTRAL, 30, "45m overrun"));
            // slack touches are only recorded automatically, so "slack" is summary text
            assertThat(((ClientCommand.Log) parse("log acme slack huddle")).summary()).isEqualTo("slack huddle");
        }

        @Test
        void theSummaryIsKeptVerbatim() {
            var log = (ClientCommand.Log) parse("log acme call   Said \"hi\"  and “bye”   twice, O'Brien & co <3  ");
            assertThat(log.summary()).isEqualTo("Said \"hi\"  and “bye”   twice, O'Brien & co <3");
            var quoted = (ClientCommand.Log) parse("log acme \"call\" me maybe");
            assertThat(quoted.type()).isEqualTo(TouchType.NOTE);
            assertThat(quoted.summary()).isEqualTo("\"call\" me maybe");
            var multiline = (ClientCommand.Log) parse("log \"Acme Corp\" meeting line one\nline two");
            assertThat(multiline.summary()).isEqualTo("line one\nline two");
        }

        @Test
        void aClientAloneOpensTheForm() {
            assertThat(parse("log acme corp")).isEqualTo(new ClientCommand.LogForm(exact("c2"), "acme corp"));
            assertThat(parse("log \"Acme\"")).isEqualTo(new ClientCommand.LogForm(exact("c1"), "Acme"));
        }

        @Test
        void optionsWithoutASummaryAskForOne() {
            assertThat(invalid("log acme call positive 30m"))
                    .contains("Add a few words", "/client log acme call positive 30m Kickoff went well");
        }

        @Test
        void noClientAsksForOne() {
            assertThat(invalid("log")).contains("Which client?", "/client log Acme");
            assertThat(invalid("log \"\" hi")).contains("Which client?");
        }

        @Test
        void theSummaryIsAtMost4000Characters() {
            String max = "x".repeat(4000);
            assertThat(((ClientCommand.Log) parse("log acme " + max)).summary()).isEqualTo(max);
            assertThat(invalid("log acme " + "x".repeat(4001))).contains("4001", "4,000");
        }

        @Test
        void anImpossibleDurationSaysTheRange() {
            assertThat(invalid("log acme 25h long day")).contains("between 1m and 24h");
            assertThat(invalid("log acme 0m nothing")).contains("between 1m and 24h");
        }
    }

    // ---------------------------------------------------------------- task

    @Nested
    class Task {

        @Test
        void anAssigneeAndADueDateAreTakenFromAnywhere() {
            var expected = new ClientCommand.AddTask(exact("c1"), "acme", "Send the proposal", "U07SAM", FRIDAY);
            assertThat(parse("task acme Send the proposal <@U07SAM|sam> due friday")).isEqualTo(expected);
            assertThat(parse("task acme <@U07SAM> due friday Send the proposal")).isEqualTo(expected);
            assertThat(parse("task acme Send due friday the proposal <@U07SAM|sam>")).isEqualTo(expected);
            assertThat(parse("task acme Call <@U07SAM|sam> due Dec 5 about renewal")).isEqualTo(new ClientCommand.AddTask(
                    exact("c1"), "acme", "Call about renewal", "U07SAM", LocalDate.of(2026, 12, 5)));
        }

        @Test
        void theDefaultAssigneeIsLeftToTheCaller() {
            assertThat(parse("task acme Book the QBR"))
                    .isEqualTo(new ClientCommand.AddTask(exact("c1"), "acme", "Book the QBR", null, null));
            assertThat(parse("task \"Acme Corp\" Book QBR due 2026-12-05")).isEqualTo(new ClientCommand.AddTask(
                    exact("c2"), "Acme Corp", "Book QBR", null, LocalDate.of(2026, 12, 5)));
        }

        @Test
        void dueWithoutADateStaysInTheTitle() {
            assertThat(parse("task acme Finish due diligence"))
                    .isEqualTo(new ClientCommand.AddTask(exact("c1"), "acme", "Finish due diligence", null, null));
            assertThat(parse("task acme Finish due diligence due tomorrow")).isEqualTo(new ClientCommand.AddTask(
                    exact("c1"), "acme", "Finish due diligence", null, TODAY.plusDays(1)));
            assertThat(parse("task acme Due diligence pack <@U07SAM> due Dec 5")).isEqualTo(new ClientCommand.AddTask(
                    exact("c1"), "acme", "Due diligence pack", "U07SAM", LocalDate.of(2026, 12, 5)));
            assertThat(((ClientCommand.AddTask) parse("task acme Pay the invoice due")).title())
                    .isEqualTo("Pay the invoice due");
        }

        @Test
        void quotedPartsOfTheTitleAreKeptAsTyped() {
            assertThat(parse("task acme Send \"the big\" proposal")).isEqualTo(
                    new ClientCommand.AddTask(exact("c1"), "acme", "Send \"the big\" proposal", null, null));
            assertThat(parse("task acme \"due friday\" party <@U07SAM>")).isEqualTo(
                    new ClientCommand.AddTask(exact("c1"), "acme", "\"due friday\" party", "U07SAM", null));
            assertThat(((ClientCommand.AddTask) parse("task acme Book   spaced    title")).title())
                    .isEqualTo("Book   spaced    title");
        }

        @Test
        void anUnknownClientIsTheFirstWord() {
            assertThat(parse("task zebra Book QBR"))
                    .isEqualTo(new ClientCommand.AddTask(new NameMatch.NotFound(List.of()), "zebra", "Book QBR", null, null));
        }

        @Test
        void aTitleIsRequiredAndAtMost300Characters() {
            assertThat(invalid("task")).contains("Which client?", "/client task Acme Send the proposal @sam due friday");
            assertThat(invalid("task acme")).contains("What is the task?", "/client task acme Send the proposal");
            assertThat(invalid("task acme due friday <@U07SAM>")).contains("What is the task?");
            String max = "t".repeat(300);
            assertThat(((ClientCommand.AddTask) parse("task acme " + max)).title()).isEqualTo(max);
            assertThat(invalid("task acme " + max + "t")).contains("at most 300", "301");
        }

        @Test
        void aDateThatIsClearlyWrongIsReported() {
            assertThat(invalid("task acme Book QBR due Feb 30")).contains("Feb 30");
            assertThat(invalid("task acme Book QBR due 2026-13-01")).contains("2026-13-01");
        }

        @Test
        void taskDoneIsDone() {
            assertThat(parse("task done T-42")).isEqualTo(new ClientCommand.Done("T-42"));
            assertThat(parse("task done #7")).isEqualTo(new ClientCommand.Done("T-7"));
        }
    }

    // ---------------------------------------------------------------- done

    @Nested
    class Done {

        @ParameterizedTest
        @ValueSource(strings = {"T-42", "t42", "T42", "#42", "42", "#T-42", "t-0042", " T-42 "})
        void everyWayOfWritingATaskId(String typed) {
            assertThat(parse("done " + typed)).isEqualTo(new ClientCommand.Done("T-42"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"done", "done garbage", "done T-", "done T-42 extra", "done 1234567890", "done -42", "done T-4.2"})
        void anythingElseAsksForTheId(String text) {
            assertThat(invalid(text)).isEqualTo("Which task? Give its id, like `/client done T-42`.");
        }
    }

    // ---------------------------------------------------------------- help and unknown

    @Nested
    class HelpAndUnknown {

        @ParameterizedTest
        @ValueSource(strings = {"help", "HELP", "?", "", "   ", "\t\n"})
        void helpAndEmptyTextGiveTheUsage(String text) {
            assertThat(parse(text)).isEqualTo(new ClientCommand.Help(ClientCommandParser.USAGE));
        }

        @Test
        void nullIsTheUsageToo() {
            assertThat(parse(null)).isEqualTo(new ClientCommand.Help(ClientCommandParser.USAGE));
        }

        @Test
        void theUsageCoversEverySubCommand() {
            assertThat(ClientCommandParser.USAGE).contains("/client status", "/client list", "/client add",
                    "/client set", "/client log", "/client task", "/client done", "Dec 5", "\"Acme Corp\"");
        }

        @Test
        void anUnknownSubCommandGetsTheUsage() {
            var help = (ClientCommand.Help) parse("frobnicate acme");
            assertThat(help.text()).startsWith("Unknown sub-command `frobnicate`.\n\n")
                    .endsWith(ClientCommandParser.USAGE)
                    .doesNotContain("Did you mean");
            assertThat(((ClientCommand.Help) parse("\"status\" acme")).text()).startsWith("Unknown sub-command `status`.");
        }

        @Test
        void textStartingWithAClientNameSuggestsItsStatus() {
            assertThat(((ClientCommand.Help) parse("acme corp call positive")).text())
                    .startsWith("Unknown sub-command `acme`. Did you mean `/client status Acme Corp`?")
                    .endsWith(ClientCommandParser.USAGE);
            assertThat(((ClientCommand.Help) parse("Société Générale")).text())
                    .contains("Did you mean `/client status Société Générale`?");
            assertThat(((ClientCommand.Help) parse("AC")).text()).contains("Did you mean `/client status Acme Corp`?");
            assertThat(((ClientCommand.Help) parse("Acme")).text()).contains("Did you mean `/client status Acme`?");
        }

        @Test
        void aHugeUnknownWordIsClipped() {
            var help = (ClientCommand.Help) parse("x".repeat(10_000) + " acme");
            assertThat(help.text()).hasSizeLessThan(ClientCommandParser.USAGE.length() + 100).contains("…");
        }
    }
}
