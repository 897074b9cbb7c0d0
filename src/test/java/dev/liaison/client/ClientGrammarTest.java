package dev.liaison.client;

import java.time.LocalDate;
import java.util.List;

import dev.liaison.parsing.InvalidInputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The /client grammar of docs/commands.md, as the pure parser reads it. */
class ClientGrammarTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23); // a Monday
    static final ClientNameMatcher NAMES = new ClientNameMatcher(List.of(
            NameCandidate.of("c1", "Acme", "Acme", false),
            NameCandidate.of("c2", "Acme Corp", "Acme Corp", false),
            NameCandidate.of("c2", "Acme Corp", "AC", true),
            NameCandidate.of("c3", "Smith & Co", "Smith & Co", false)));

    static ClientCommand parse(String text) {
        return new ClientCommandParser(NAMES, TODAY).parse(text);
    }

    static NameMatch.Found found(String id) {
        return new NameMatch.Found(id, id.equals("c1") ? "Acme" : id.equals("c2") ? "Acme Corp" : "Smith & Co",
                NameMatch.Found.How.EXACT);
    }

    @Test
    void theLongestKnownNameAtTheStartWins() {
        var log = (ClientCommand.Log) parse("log acme corp call positive 1h kickoff went well");
        assertThat(log.client()).isEqualTo(found("c2"));
        assertThat(log.type()).isEqualTo(TouchType.CALL);
        assertThat(log.sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(log.minutes()).isEqualTo(60);
        assertThat(log.summary()).isEqualTo("kickoff went well");
        var shorter = (ClientCommand.Log) parse("log Acme  email  “quoted” words   kept");
        assertThat(shorter.client()).isEqualTo(found("c1"));
        assertThat(shorter.summary()).isEqualTo("“quoted” words   kept");
    }

    @Test
    void logDefaultsToANeutralNoteAndAcceptsOptionsInAnyOrder() {
        var log = (ClientCommand.Log) parse("log \"Smith & Co\" 30m negative meeting Renewal at risk");
        assertThat(log).isEqualTo(new ClientCommand.Log(found("c3"), "Smith & Co", TouchType.MEETING,
                Sentiment.NEGATIVE, 30, "Renewal at risk"));
        var plain = (ClientCommand.Log) parse("log AC quick note");
        assertThat(plain.type()).isEqualTo(TouchType.NOTE);
        assertThat(plain.sentiment()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(plain.client()).isEqualTo(new NameMatch.Found("c2", "Acme Corp", NameMatch.Found.How.ALIAS));
        assertThat(parse("log acme")).isInstanceOf(ClientCommand.LogForm.class);
        assertThatThrownBy(() -> parse("log acme call positive")).hasMessageContaining("Add a few words");
        assertThatThrownBy(() -> parse("log acme " + "x".repeat(4001))).hasMessageContaining("4,000");
    }

    @Test
    void addReadsAnUnquotedNameUpToTheFirstOptionAndEveryOption() {
        var add = (ClientCommand.Add) parse("add Wayne Enterprises owner <@U02BRUCE|bruce> backup <@U03ALFRED> tier enterprise"
                + " cadence 2w channel <#C09WAYNE|wayne> renewal Dec 5 retainer $5,000 hours 37.5");
        assertThat(add.name()).isEqualTo("Wayne Enterprises");
        assertThat(add.fields()).containsExactly(
                ClientFields.OWNER.of("U02BRUCE"),
                ClientFields.BACKUP.of("U03ALFRED"),
                ClientFields.TIER.of(Tier.ENTERPRISE),
                ClientFields.CADENCE.of(14),
                ClientFields.CHANNEL.of("C09WAYNE"),
                ClientFields.RENEWAL.of(LocalDate.of(2026, 12, 5)),
                ClientFields.RETAINER.of(500_000L),
                ClientFields.HOURS.of(37.5));
        assertThat(((ClientCommand.Add) parse("add \"Tier Owner Hours Ltd\" tier standard")).name())
                .isEqualTo("Tier Owner Hours Ltd");
        assertThatThrownBy(() -> parse("add Foo tier gold")).hasMessageContaining("enterprise, growth or standard");
        assertThatThrownBy(() -> parse("add Foo tier growth tier standard")).hasMessageContaining("given twice");
        assertThat(parse("add")).isEqualTo(new ClientCommand.AddForm());
        assertThatThrownBy(() -> parse("add " + "n".repeat(81))).hasMessageContaining("80 characters");
        assertThatThrownBy(() -> parse("add Foo owner bob")).hasMessageContaining("@ menu");
    }

    @Test
    void setChangesOneFieldAndNoneClears() {
        assertThat(parse("set acme corp backup none"))
                .isEqualTo(new ClientCommand.Set(found("c2"), "acme corp", ClientFields.BACKUP.of(null)));
        assertThat(((ClientCommand.Set) parse("set acme alias The Roadrunner People")).change())
                .isEqualTo(ClientFields.ALIAS.of("The Roadrunner People"));
        assertThat(((ClientCommand.Set) parse("set acme status paused")).change())
                .isEqualTo(ClientFields.STATUS.of(ClientStatus.PAUSED));
        assertThat(((ClientCommand.Set) parse("set acme renewal friday")).change())
                .isEqualTo(ClientFields.RENEWAL.of(LocalDate.of(2026, 11, 27)));
        assertThatThrownBy(() -> parse("set acme tier growth please")).hasMessageContaining("one field at a time");
        assertThatThrownBy(() -> parse("set acme colour blue")).hasMessageContaining("I can't set `colour`");
        assertThatThrownBy(() -> parse("set acme renewal 2026-02-30")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2026-02-30");
    }

    @Test
    void tasksTakeAnAssigneeAndADueDateAnywhere() {
        var task = (ClientCommand.AddTask) parse("task acme <@U07SAM|sam> Send due diligence pack due friday");
        assertThat(task.title()).isEqualTo("Send due diligence pack");
        assertThat(task.assigneeId()).isEqualTo("U07SAM");
        assertThat(task.due()).isEqualTo(LocalDate.of(2026, 11, 27));
        var plain = (ClientCommand.AddTask) parse("task acme Book the QBR");
        assertThat(plain.assigneeId()).isNull();
        assertThat(plain.due()).isNull();
        assertThat(parse("done T-42")).isEqualTo(new ClientCommand.Done("T-42"));
        assertThat(parse("done #7")).isEqualTo(new ClientCommand.Done("T-7"));
        assertThat(parse("task done t42")).isEqualTo(new ClientCommand.Done("T-42"));
        assertThatThrownBy(() -> parse("done soon")).hasMessageContaining("T-42");
    }

    @Test
    void statusListHelpAndUnknown() {
        assertThat(parse("status Acme Corp")).isEqualTo(new ClientCommand.Status(found("c2"), "Acme Corp"));
        assertThat(((ClientCommand.Status) parse("status acm corp")).client()).isInstanceOf(NameMatch.Found.class);
        assertThat(((ClientCommand.Status) parse("status zebra")).client()).isInstanceOf(NameMatch.NotFound.class);
        assertThat(parse("list")).isEqualTo(new ClientCommand.ListClients(ClientCommand.Scope.MINE, null));
        assertThat(parse("list all")).isEqualTo(new ClientCommand.ListClients(ClientCommand.Scope.ALL, null));
        assertThat(parse("list <@U05KIM|kim>")).isEqualTo(new ClientCommand.ListClients(ClientCommand.Scope.PERSON, "U05KIM"));
        assertThatThrownBy(() -> parse("list everything")).hasMessageContaining("mine");
        assertThat(((ClientCommand.Help) parse("")).text()).contains("/client status");
        assertThat(((ClientCommand.Help) parse("acme corp")).text()).contains("Did you mean `/client status Acme Corp`?");
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withChars("acme corp\"“”<>@#|U1C2&!-+:0123456789 \t\n").ofMaxLength(80),
                Arbitraries.of("<@U1|x>", "<@", "<#C1>", "2026-02-30", "Dec 5", "+3d", "due", "none", "\u0000",
                        "😀", "\"unbalanced", "x".repeat(10_000)).list().ofMaxSize(8).map(l -> String.join(" ", l)));
    }

    @Property(tries = 1500)
    void anyTextEitherParsesOrGetsAClearMessage(@ForAll("anyText") String text,
                                                @ForAll("verbs") String verb) {
        String line = verb + " " + text;
        try {
            ClientCommand command = parse(line);
            Statistics.collect("parsed");
            if (command instanceof ClientCommand.Log log) {
                assertThat(line).contains(log.summary());
            }
            if (command instanceof ClientCommand.Add add) {
                assertThat(NameKey.of(add.name())).isNotEmpty();
            }
        } catch (InvalidInputException invalid) {
            Statistics.collect("refused with a message");
            assertThat(invalid.getMessage()).isNotBlank().hasSizeLessThan(500);
        }
    }

    @Provide
    Arbitrary<String> verbs() {
        return Arbitraries.of("status", "list", "add", "set", "log", "task", "done", "help", "bogus", "");
    }
}
