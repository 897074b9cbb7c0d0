package dev.liaison.client;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.liaison.parsing.InvalidInputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Whatever follows a /client sub-command, the parser answers with a command or a short, non-blank
 * message — never another exception — and what it extracts is taken from the typed text.
 */
class ClientCommandParserProperties {

    static final ClientCommandParser PARSER = new ClientCommandParser(new ClientNameMatcher(List.of(
            NameCandidate.of("c1", "Acme", "Acme", false),
            NameCandidate.of("c2", "Acme Corp", "Acme Corp", false),
            NameCandidate.of("c2", "Acme Corp", "AC", true),
            NameCandidate.of("c3", "Société Générale", "Société Générale", false),
            NameCandidate.of("c4", "Smith & Co", "Smith & Co", false),
            NameCandidate.of("c5", "🚀 Rocket", "🚀 Rocket", false))), LocalDate.of(2026, 11, 23));

    static final List<String> SUB_COMMANDS = List.of("help", "?", "status", "show", "list", "ls", "add", "new", "set",
            "edit", "log", "task", "done", "STATUS", "Log", "bogus", "\"status\"", "");

    private static final AtomicLong CASES = new AtomicLong();
    private static final AtomicLong PARSED = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<String> subCommand() {
        return Arbitraries.of(SUB_COMMANDS);
    }

    /** Words the grammar knows, so the text gets past the first checks and into every branch. */
    static Arbitrary<String> grammarWords() {
        return Arbitraries.of(
                // clients, quoted and not
                "Acme", "acme corp", "AC", "Société Générale", "societe", "Smith & Co", "smith", "🚀 Rocket",
                "\"Acme Corp\"", "“Smith & Co”", "\"Acme", "zebra",
                // options and fields
                "owner", "backup", "tier", "cadence", "channel", "renewal", "retainer", "hours", "budget", "name",
                "rename", "alias", "status", "none", "clear", "enterprise", "growth", "standard", "gold", "active",
                "paused", "churned",
                // touch options
                "call", "email", "e-mail", "meeting", "note", "positive", "neutral", "negative", "30m", "1h30m", "1.5h",
                "0m", "25h", "99999999999h",
                // values
                "7d", "2w", "0d", "400d", "1.5d", "$5,000", "5k", "5,00", "-5", "€4.5k", "1e9", "37.5", "10001",
                "99999999999999999999k",
                // dates
                "due", "today", "tomorrow", "friday", "Dec", "5", "Dec 5", "5th", "Feb", "30", "2026-02-30",
                "2026-13-01", "9999-12-31", "0000-01-01", "+3d", "+99999999999d", "-3d", "+3x", "3/5", "2026.3.5",
                // tasks
                "T-42", "t42", "#42", "42", "T-", "#", "1234567890", "done",
                // mentions, good and malformed
                "<@U123|sam>", "<@U0ABCDEF>", "<@W123>", "<#C123|acme-shared>", "<#C1>", "<@", "<#", "<@U1",
                "<@u123>", "<@U123|a<b>", "<!channel>", "<!here>", "@sam", "#general");
    }

    static Arbitrary<String> mention() {
        Arbitrary<String> id = Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(0).ofMaxLength(22);
        Arbitrary<String> label = Arbitraries.strings().all().ofMaxLength(12);
        return Combinators.combine(Arbitraries.of("<@U", "<@W", "<#C", "<#G", "<@", "<!"), id,
                Arbitraries.of("", "|"), label, Arbitraries.of(">", "", ">>"))
                .as((open, i, bar, l, close) -> open + i + bar + (bar.isEmpty() ? "" : l) + close);
    }

    static Arbitrary<String> oddCharacters() {
        return Arbitraries.of("\"", "“", "”", "'", "`", "\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u00A0",
                "\u200B", "\u200D", "\u2028", "\uFEFF", "\uD800", "\uDC00", "\u0301", "😀", "👩‍👩‍👧", "🇫🇷", "\uFE0F",
                "&", "<", ">", "|", "\t", "\n", "\r\n", "ß", "İ", "ﬁ", "Ａ", "ǅ", "٣", "１２");
    }

    static Arbitrary<String> fragment() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, grammarWords()),
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(16)),
                Tuple.of(2, mention()),
                Tuple.of(2, oddCharacters()),
                Tuple.of(1, Arbitraries.strings().withChars("acmeorp \"“”<>@#|UC12&!-+:.,0123456789dhmwk$€\t\n")
                        .ofMaxLength(40)));
    }

    static Arbitrary<String> separator() {
        return Arbitraries.of(" ", " ", " ", "  ", "\t", "\n", "\u00A0", "\u3000", "");
    }

    /** Client, field or option, value and maybe a little more: the shape of set, log and task lines. */
    static Arbitrary<String> shaped() {
        Arbitrary<String> client = Arbitraries.of("Acme", "acme corp", "\"Acme Corp\"", "AC", "Société Générale",
                "Smith & Co", "smith & co.", "zebra", "🚀 Rocket", "\"\"", "\"Acme", "“Acme Corp”");
        Arbitrary<String> field = Arbitraries.of("owner", "backup", "tier", "cadence", "channel", "renewal", "retainer",
                "hours", "budget", "name", "rename", "alias", "status", "colour", "call", "positive", "30m", "due",
                "done");
        Arbitrary<String> value = Arbitraries.oneOf(fragment(), Arbitraries.of("<@U123|sam>", "none", "clear",
                "growth", "7d", "<#C123|x>", "Dec 5", "friday", "5k", "$5,000", "37.5", "paused", "New Name",
                "\"Quoted Name\"", "T-42", "Kickoff went well"));
        return Combinators.combine(client, field, value, fragment().list().ofMaxSize(2))
                .as((c, f, v, more) -> c + " " + f + " " + v + (more.isEmpty() ? "" : " " + String.join(" ", more)));
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> words = Combinators.combine(fragment(), separator())
                .as((f, s) -> f + s)
                .list().ofMaxSize(14)
                .map(parts -> String.join("", parts));
        Arbitrary<String> huge = Arbitraries.oneOf(
                Arbitraries.strings().all().ofLength(10_240),
                Arbitraries.strings().withChars("acme \"<@U1|x>\n").ofLength(10_240),
                Arbitraries.strings().ofLength(10_000).withChars('x').map(x -> "Acme " + x),
                Arbitraries.just("\"" + "a b ".repeat(2_560)),
                Arbitraries.just("call positive 30m " + "summary ".repeat(1_300)),
                Arbitraries.just("due ".repeat(2_560)),
                Arbitraries.just("<@U1|x> ".repeat(1_300)));
        return Arbitraries.frequencyOf(
                Tuple.of(20, words),
                Tuple.of(10, shaped()),
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(200)),
                Tuple.of(1, huge));
    }

    // ------------------------------------------------------------------ properties

    /** Parses, or refuses with a usable message; returns the command, or null when refused. */
    static ClientCommand parseOrRefuse(String line) {
        CASES.incrementAndGet();
        try {
            ClientCommand command = PARSER.parse(line);
            assertThat(command).isNotNull();
            PARSED.incrementAndGet();
            Statistics.label("outcome").collect(command.getClass().getSimpleName());
            return command;
        } catch (InvalidInputException refused) {
            REFUSED.incrementAndGet();
            Statistics.label("outcome").collect("InvalidInputException");
            assertThat(refused.getMessage()).as("message for %s", abbreviate(line))
                    .isNotBlank()
                    .hasSizeLessThan(500);
            return null;
        } catch (RuntimeException | StackOverflowError other) {
            return fail("parse(" + abbreviate(line) + ") threw " + other, other);
        }
    }

    @Property(tries = 4000)
    void anyTextAfterASubCommandParsesOrIsRefusedWithAShortMessage(@ForAll("subCommand") String sub,
                                                                    @ForAll("anyText") String text) {
        String line = sub + " " + text;
        ClientCommand command = parseOrRefuse(line);
        if (command != null) {
            checkTakenFromText(line, command);
        }
    }

    @Provide
    Arbitrary<String> clientSubCommand() {
        return Arbitraries.of("set", "edit", "log", "task", "status", "add");
    }

    @Provide
    Arbitrary<String> shapedText() {
        return shaped();
    }

    /** Lines shaped like real set, log and task commands reach the value parsers far more often. */
    @Property(tries = 2500)
    void grammarShapedLinesParseOrAreRefusedWithAShortMessage(@ForAll("clientSubCommand") String sub,
                                                              @ForAll("shapedText") String text) {
        String line = sub + " " + text;
        ClientCommand command = parseOrRefuse(line);
        if (command != null) {
            checkTakenFromText(line, command);
        }
    }

    @Property(tries = 1500)
    void aLogSummaryIsAlwaysPartOfTheTypedText(@ForAll("anyText") String text) {
        String line = "log " + text;
        ClientCommand command = parseOrRefuse(line);
        Statistics.label("log").collect(command instanceof ClientCommand.Log ? "logged" : "other");
        if (command instanceof ClientCommand.Log log) {
            assertThat(line).contains(log.summary());
            assertThat(log.summary()).isNotBlank().hasSizeLessThanOrEqualTo(4000);
        }
    }

    @Property(tries = 1500)
    void anAddedNameAlwaysHasAKey(@ForAll("anyText") String text) {
        String line = "add " + text;
        ClientCommand command = parseOrRefuse(line);
        Statistics.label("add").collect(command instanceof ClientCommand.Add ? "added" : "other");
        if (command instanceof ClientCommand.Add add) {
            assertThat(NameKey.of(add.name())).isNotEmpty();
            assertThat(add.name()).hasSizeLessThanOrEqualTo(80).isEqualTo(add.name().strip());
            assertThat(add.name().chars().noneMatch(Character::isISOControl)).isTrue();
        }
    }

    /** What a command carries is what the person typed (or derived from it), never invented text. */
    static void checkTakenFromText(String line, ClientCommand command) {
        if (command instanceof ClientCommand.Log log) {
            assertThat(line).contains(log.summary());
        } else if (command instanceof ClientCommand.Add add) {
            assertThat(NameKey.of(add.name())).isNotEmpty();
            assertThat(line).contains(add.name());
        } else if (command instanceof ClientCommand.AddTask task) {
            assertThat(task.title()).isNotBlank().hasSizeLessThanOrEqualTo(300);
            if (task.assigneeId() != null) {
                assertThat(line).contains("<@" + task.assigneeId());
            }
        } else if (command instanceof ClientCommand.Set set) {
            if (set.change().field() == ClientFields.NAME || set.change().field() == ClientFields.ALIAS) {
                assertThat(NameKey.of((String) set.change().value())).isNotEmpty();
            }
        } else if (command instanceof ClientCommand.Status status) {
            assertThat(line).contains(status.typed());
        } else if (command instanceof ClientCommand.Done done) {
            assertThat(done.taskNumber()).matches("T-\\d{1,9}");
        }
    }

    @AfterContainer
    static void reportCases() {
        System.out.printf("ClientCommandParserProperties: %d cases tried, %d parsed, %d refused with a message%n",
                CASES.get(), PARSED.get(), REFUSED.get());
    }

    static String abbreviate(String line) {
        String shown = line.length() > 200 ? line.substring(0, 200) + "…(" + line.length() + " chars)" : line;
        return shown.replace("\n", "\\n");
    }
}
