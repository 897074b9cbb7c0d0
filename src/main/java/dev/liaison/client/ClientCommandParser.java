package dev.liaison.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.liaison.parsing.CommandTokenizer;
import dev.liaison.parsing.DatePhrases;
import dev.liaison.parsing.Durations;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.parsing.Mentions;
import dev.liaison.parsing.Token;
import dev.liaison.parsing.UnknownSubCommand;

/**
 * The grammar of /client (docs/commands.md), as a pure function from the typed text, the
 * workspace's client names and the caller's "today" to a {@link ClientCommand}. Anything it cannot
 * read becomes an {@link InvalidInputException} whose message tells the person how to fix it.
 */
public final class ClientCommandParser {

    /** The usage line of `/client list`, given with a refusal of what it cannot read. */
    static final String LIST_USAGE = "Usage: `/client list [mine|all|@user]`: a portfolio, one line per client.";

    public static final String USAGE = String.join("\n",
            "*`/client` commands*",
            "• `/client status <client>`: the whole picture of a client",
            "• `/client list [mine|all|@user]`: a portfolio, one line per client",
            "• `/client add <name> " + ClientFields.addOptions().stream().map(f -> "[" + f.usage() + "]")
                    .collect(Collectors.joining(" ")) + "`",
            "• `/client set <client> <field> <value>`: fields as for add, plus `name`, "
                    + ClientFields.ALL.stream().filter(f -> !f.addOption() && f != ClientFields.NAME)
                            .map(f -> "`" + f.usage() + "`").collect(Collectors.joining(" and "))
                    + " (`none` clears " + ClientFields.keywords(ClientFields.ALL.stream()
                            .filter(ClientField::clearable).toList()) + ")",
            "• `/client log <client> [call|email|meeting|note] [positive|neutral|negative] [<N>h|<N>m] <summary>`",
            "• `/client task <client> <title> [@assignee] [due <date>]` and `/client done <task-id>`",
            "• `/client opp <client> <title> [<amount>] [stage lead|proposal|negotiation|won|lost] [close <date>]`:"
                    + " an opportunity (`O-12`); `/client opp O-12 stage won|close <date>|amount <n>|title <text>` changes it",
            "• `/client opps [mine|all|@user|<client>]`: open opportunities and the weighted pipeline",
            "• `/client goal <client> <text> [by <date>]`, `/client goal G-3 done|dropped` and `/client goals <client>`:"
                    + " the account plan",
            "• `/client report [team|@lead]`: the team's weekly account report as it stands, with a CSV of its clients",
            "• `/client qbr <client> [held [<date>]]`: when the next quarterly business review is due, or mark it held",
            "• `/client update <client>`: draft a status update for the client, edit it, post it to their channel",
            "Dates: `today`, `tomorrow`, `friday`, `2026-12-05`, `Dec 5`, `+3d`. Quote names with spaces"
                    + " when they run into other words: `\"Acme Corp\"`.");

    private final ClientNameMatcher names;
    private final LocalDate today;

    public ClientCommandParser(ClientNameMatcher names, LocalDate today) {
        this.names = names;
        this.today = today;
    }

    public ClientCommand parse(String text) {
        String line = text == null ? "" : text.strip();
        List<Token> tokens = CommandTokenizer.tokenize(line);
        if (tokens.isEmpty()) {
            return new ClientCommand.Help(USAGE);
        }
        Token first = tokens.get(0);
        String rest = tokens.size() > 1 ? CommandTokenizer.rest(line, tokens.get(1)) : "";
        String sub = first.quoted() ? "" : first.text().toLowerCase(Locale.ROOT);
        return switch (sub) {
            case "help", "?" -> new ClientCommand.Help(USAGE);
            case "status", "show" -> status(rest);
            case "list", "ls" -> list(rest);
            case "add", "new" -> add(rest);
            case "set", "edit" -> set(rest);
            case "log" -> log(rest);
            case "task" -> task(rest);
            case "done" -> done(rest);
            case "report" -> report(rest);
            case "qbr" -> qbr(rest);
            case "opp", "opportunity" -> growth().opp(rest);
            case "opps", "opportunities", "pipeline" -> growth().opps(rest);
            case "goal" -> growth().goal(rest);
            case "goals", "plan" -> growth().goals(rest);
            case "update" -> update(rest);
            default -> unknown(first.text(), line);
        };
    }

    private GrowthGrammar growth() {
        return new GrowthGrammar(today, this::leadingClient, r -> (ClientCommand.Status) status(r));
    }

    private ClientCommand unknown(String word, String line) {
        String hint = names.longestAtStart(line)
                .map(m -> "Did you mean `/client status " + m.displayName() + "`?")
                .orElse("");
        return new ClientCommand.Help(UnknownSubCommand.answer(word, hint, USAGE));
    }

    private ClientCommand status(String rest) {
        if (rest.isEmpty()) {
            throw new InvalidInputException("Which client? Try `/client status Acme`.");
        }
        List<Token> tokens = CommandTokenizer.tokenize(rest);
        if (tokens.size() == 1 && tokens.get(0).quoted()) {
            return new ClientCommand.Status(names.match(tokens.get(0).text()), tokens.get(0).text());
        }
        Optional<ClientNameMatcher.StartMatch> exact = names.longestAtStart(rest);
        if (exact.isPresent() && rest.substring(exact.get().charsConsumed()).isBlank()) {
            return new ClientCommand.Status(exactly(exact.get(), rest), rest);
        }
        return new ClientCommand.Status(names.match(rest), rest);
    }

    /** Reads its client as status does: the draft is only read until the AM posts it. */
    private ClientCommand update(String rest) {
        if (rest.isEmpty()) {
            throw new InvalidInputException("Which client? Try `/client update Acme`.");
        }
        ClientCommand.Status client = (ClientCommand.Status) status(rest);
        return new ClientCommand.Update(client.client(), client.typed());
    }

    private ClientCommand report(String rest) {
        List<Token> tokens = CommandTokenizer.tokenize(rest);
        if (tokens.isEmpty() || (tokens.size() == 1 && tokens.get(0).text().equalsIgnoreCase("team"))) {
            return new ClientCommand.Report(null);
        }
        Optional<Mentions.UserMention> lead = tokens.size() == 1 ? Mentions.user(tokens.get(0).text()) : Optional.empty();
        if (lead.isPresent()) {
            return new ClientCommand.Report(lead.get().userId());
        }
        throw new InvalidInputException("`/client report` takes `team` or a team lead, like `/client report @sam`.");
    }

    private ClientCommand qbr(String rest) {
        Leading client = leadingClient(rest, "Which client? Try `/client qbr Acme held`.");
        List<Token> tokens = CommandTokenizer.tokenize(client.rest());
        if (tokens.isEmpty()) {
            return new ClientCommand.QbrShow(client.match(), client.typed());
        }
        if (tokens.get(0).quoted() || !tokens.get(0).text().equalsIgnoreCase("held")) {
            throw new InvalidInputException("`/client qbr` takes a client, then `held` and a date if it wasn't today:"
                    + " `/client qbr " + clip(client.typed()) + " held` or `/client qbr " + clip(client.typed())
                    + " held 2026-12-01`.");
        }
        if (tokens.size() == 1) {
            return new ClientCommand.QbrHeld(client.match(), client.typed(), null);
        }
        List<String> words = tokens.stream().map(Token::text).toList();
        DatePhrases.ParsedDate date = DatePhrases.parse(words, 1, today).orElseThrow(() -> new InvalidInputException(
                "`" + clip(words.get(1)) + "` is not a date I know. Try `today`, `2026-12-01` or `Dec 1`."));
        if (1 + date.wordsConsumed() < tokens.size()) {
            throw new InvalidInputException("I didn't understand `" + clip(CommandTokenizer.rest(client.rest(),
                    tokens.get(1 + date.wordsConsumed()))) + "`.");
        }
        return new ClientCommand.QbrHeld(client.match(), client.typed(), date.date());
    }

    private ClientCommand list(String rest) {
        List<Token> tokens = CommandTokenizer.tokenize(rest);
        if (tokens.size() > 1) {
            throw new InvalidInputException("`/client list` takes one of `mine`, `all` or a person, like `/client list @sam`;"
                    + " I don't know what to do with `" + clip(CommandTokenizer.rest(rest, tokens.get(1))) + "`.\n" + LIST_USAGE);
        }
        if (tokens.isEmpty() || tokens.get(0).text().equalsIgnoreCase("mine")) {
            return new ClientCommand.ListClients(ClientCommand.Scope.MINE, null);
        }
        String word = tokens.get(0).text();
        if (word.equalsIgnoreCase("all")) {
            return new ClientCommand.ListClients(ClientCommand.Scope.ALL, null);
        }
        Optional<Mentions.UserMention> person = Mentions.user(word);
        if (person.isPresent()) {
            return new ClientCommand.ListClients(ClientCommand.Scope.PERSON, person.get().userId());
        }
        throw new InvalidInputException("`/client list` takes `mine`, `all` or a person, like `/client list @sam`.\n"
                + LIST_USAGE);
    }

    private ClientCommand add(String rest) {
        List<Token> tokens = CommandTokenizer.tokenize(rest);
        if (tokens.isEmpty()) {
            return new ClientCommand.AddForm();
        }
        int i = 0;
        String name;
        if (tokens.get(0).quoted()) {
            name = tokens.get(0).text().strip();
            i = 1;
        } else {
            while (i < tokens.size() && !(ClientFields.isAddOption(tokens.get(i).text()) && i + 1 < tokens.size())) {
                i++;
            }
            name = i == 0 ? "" : rest.substring(tokens.get(0).start(), tokens.get(i - 1).end()).strip();
        }
        if (name.isEmpty()) {
            throw new InvalidInputException("What is the client called? Put the name first, in quotes if it contains"
                    + " an option word: `/client add \"Tier One Media\" tier growth`.");
        }
        ClientFields.checkedName(name);
        List<ClientField.Value<?>> fields = new ArrayList<>();
        while (i < tokens.size()) {
            Token keyword = tokens.get(i);
            ClientField<?> field = ClientFields.parse(keyword.text()).filter(ClientField::addOption)
                    .orElseThrow(() -> new InvalidInputException("I don't know the option `" + clip(keyword.text())
                            + "`. Options: " + ClientFields.keywords(ClientFields.addOptions()) + "."));
            if (fields.stream().anyMatch(v -> v.field() == field)) {
                throw new InvalidInputException("`" + field.keyword() + "` is given twice.");
            }
            int consumed = value(field, tokens, i + 1, rest, fields);
            i += 1 + consumed;
        }
        return new ClientCommand.Add(name, List.copyOf(fields));
    }

    private ClientCommand set(String rest) {
        Leading client = leadingClient(rest, "Which client? Try `/client set Acme tier enterprise`.");
        List<Token> tokens = CommandTokenizer.tokenize(client.rest());
        if (tokens.isEmpty()) {
            throw new InvalidInputException("What should change? Try `/client set " + clip(client.typed())
                    + " cadence 14d`. Fields: " + ClientFields.keywords(ClientFields.ALL) + ".");
        }
        Token keyword = tokens.get(0);
        ClientField<?> field = ClientFields.parse(keyword.text()).orElseThrow(() -> new InvalidInputException(
                "I can't set `" + clip(keyword.text()) + "`. Fields: " + ClientFields.keywords(ClientFields.ALL) + "."));
        if (tokens.size() < 2) {
            throw new InvalidInputException("What should " + field.keyword() + " be? Try `/client set "
                    + clip(client.typed()) + " " + field.keyword() + " …`.");
        }
        List<ClientField.Value<?>> fields = new ArrayList<>();
        int consumed = value(field, tokens, 1, client.rest(), fields);
        if (1 + consumed < tokens.size()) {
            throw new InvalidInputException("I didn't understand `" + clip(CommandTokenizer.rest(client.rest(),
                    tokens.get(1 + consumed))) + "`. Set one field at a time.");
        }
        return new ClientCommand.Set(client.match(), client.typed(), fields.get(0));
    }

    /** Reads the value of one field starting at tokens[i]; returns how many tokens it used. */
    private <T> int value(ClientField<T> field, List<Token> tokens, int i, String text, List<ClientField.Value<?>> out) {
        if (i >= tokens.size()) {
            throw new InvalidInputException("`" + field.keyword() + "` needs a value.");
        }
        String word = tokens.get(i).text();
        boolean none = !tokens.get(i).quoted() && (word.equalsIgnoreCase("none") || word.equalsIgnoreCase("clear"));
        if (none && field.clearable()) {
            out.add(field.of(null));
            return 1;
        }
        ClientField.Read<T> read = field.read(tokens, i, text, today);
        out.add(field.of(read.value()));
        return read.words();
    }

    private ClientCommand log(String rest) {
        Leading client = leadingClient(rest, "Which client? Try `/client log Acme call positive 30m Kickoff went well`.");
        List<Token> tokens = CommandTokenizer.tokenize(client.rest());
        if (tokens.isEmpty()) {
            return new ClientCommand.LogForm(client.match(), client.typed());
        }
        TouchType type = null;
        Sentiment sentiment = null;
        Integer minutes = null;
        int i = 0;
        while (i < tokens.size() && !tokens.get(i).quoted()) {
            String word = tokens.get(i).text();
            Optional<TouchType> t = type == null ? TouchType.parseTyped(word) : Optional.empty();
            Optional<Sentiment> s = sentiment == null ? Sentiment.parse(word) : Optional.empty();
            Optional<Integer> m = minutes == null ? Durations.minutes(word) : Optional.empty();
            if (t.isPresent()) {
                type = t.get();
            } else if (s.isPresent()) {
                sentiment = s.get();
            } else if (m.isPresent()) {
                minutes = m.get();
            } else {
                break;
            }
            i++;
        }
        String summary = i < tokens.size() ? CommandTokenizer.rest(client.rest(), tokens.get(i)) : "";
        if (summary.isBlank()) {
            throw new InvalidInputException("Add a few words about the touch, e.g. `/client log " + clip(client.typed())
                    + " call positive 30m Kickoff went well`.");
        }
        if (summary.length() > 4000) {
            throw new InvalidInputException("That summary is " + summary.length()
                    + " characters; please keep it under 4,000 (link a doc for the rest).");
        }
        return new ClientCommand.Log(client.match(), client.typed(), type == null ? TouchType.NOTE : type,
                sentiment == null ? Sentiment.NEUTRAL : sentiment, minutes == null ? 0 : minutes, summary);
    }

    private ClientCommand task(String rest) {
        List<Token> head = CommandTokenizer.tokenize(rest);
        if (!head.isEmpty() && !head.get(0).quoted() && head.get(0).text().equalsIgnoreCase("done") && head.size() == 2
                && taskNumber(head.get(1).text()).isPresent()) {
            return done(head.get(1).text());
        }
        Leading client = leadingClient(rest, "Which client? Try `/client task Acme Send the proposal @sam due friday`.");
        String text = client.rest();
        List<Token> tokens = CommandTokenizer.tokenize(text);
        List<String> words = tokens.stream().map(Token::text).toList();
        boolean[] used = new boolean[tokens.size()];
        String assignee = null;
        LocalDate due = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.quoted()) {
                continue;
            }
            Optional<Mentions.UserMention> mention = Mentions.user(token.text());
            if (mention.isPresent() && assignee == null) {
                assignee = mention.get().userId();
                used[i] = true;
            } else if (token.text().equalsIgnoreCase("due") && due == null && i + 1 < tokens.size()) {
                Optional<DatePhrases.ParsedDate> date = DatePhrases.parse(words, i + 1, today);
                if (date.isPresent()) {
                    due = date.get().date();
                    for (int j = i; j <= i + date.get().wordsConsumed(); j++) {
                        used[j] = true;
                    }
                    i += date.get().wordsConsumed();
                }
            }
        }
        String t = unusedWords(text, tokens, used);
        if (t.isEmpty()) {
            throw new InvalidInputException("What is the task? Try `/client task " + clip(client.typed())
                    + " Send the proposal @sam due friday`.");
        }
        if (t.length() > 300) {
            throw new InvalidInputException("Task titles are at most 300 characters; this one has " + t.length() + ".");
        }
        return new ClientCommand.AddTask(client.match(), client.typed(), t, assignee, due);
    }

    private ClientCommand done(String rest) {
        String word = rest.strip();
        return new ClientCommand.Done(taskNumber(word).orElseThrow(() -> new InvalidInputException(
                "Which task? Give its id, like `/client done T-42`.")));
    }

    /** T-42, t42, #42 or 42 → "T-42". */
    static Optional<String> taskNumber(String word) {
        String w = word == null ? "" : word.strip().toUpperCase(Locale.ROOT).replaceFirst("^#", "");
        if (w.matches("T-?\\d{1,9}") || w.matches("\\d{1,9}")) {
            String digits = w.replaceAll("\\D", "");
            return Optional.of("T-" + Long.parseLong(digits));
        }
        return Optional.empty();
    }

    /** The client named at the start of some text, what was typed for it, and the rest. */
    public record Leading(NameMatch match, String typed, String rest) {
    }

    /** For other commands that start with a client (/escalate): the same rules as /client log. */
    public Leading client(String text, String missing) {
        return leadingClient(text == null ? "" : text.strip(), missing);
    }

    /** The client at the start of the text: quoted, else the longest known name, else the first word. */
    private Leading leadingClient(String text, String missing) {
        List<Token> tokens = CommandTokenizer.tokenize(text);
        if (tokens.isEmpty() || tokens.get(0).text().isBlank()) {
            throw new InvalidInputException(missing);
        }
        Token first = tokens.get(0);
        if (first.quoted()) {
            return new Leading(names.match(first.text()), first.text(), text.substring(first.end()).strip());
        }
        Optional<ClientNameMatcher.StartMatch> exact = names.longestAtStart(text);
        if (exact.isPresent()) {
            var m = exact.get();
            String typed = text.substring(0, m.charsConsumed()).strip();
            return new Leading(exactly(m, typed), typed, text.substring(m.charsConsumed()).strip());
        }
        return new Leading(names.match(first.text()), first.text(), text.substring(first.end()).strip());
    }

    /** A name found at the start of the text, saying whether it was the name itself or an alias. */
    private NameMatch exactly(ClientNameMatcher.StartMatch start, String typed) {
        NameMatch match = names.match(typed);
        if (match instanceof NameMatch.Found found && found.clientId().equals(start.clientId())) {
            return found;
        }
        return new NameMatch.Found(start.clientId(), start.displayName(), NameMatch.Found.How.EXACT);
    }

    /** A client's name typed in a form, checked as /client add checks it. */
    public String clientName(String text) {
        return ClientFields.checkedName(text);
    }

    /** One field's value typed in a form (tier, cadence, renewal, retainer, hours…), read as /client set reads it. */
    @SuppressWarnings("unchecked")
    public <T> ClientField.Value<T> fieldValue(ClientField<T> field, String text) {
        String line = text == null ? "" : text.strip();
        List<Token> tokens = CommandTokenizer.tokenize(line);
        List<ClientField.Value<?>> out = new ArrayList<>();
        int used = value(field, tokens, 0, line, out);
        if (used < tokens.size()) {
            throw new InvalidInputException("I didn't understand `" + clip(CommandTokenizer.rest(line, tokens.get(used)))
                    + "`.");
        }
        // value() added exactly one value, of this field
        return (ClientField.Value<T>) out.get(0);
    }

    /** Which client some typed text names (forms and shortcuts). */
    public NameMatch match(String text) {
        return names.match(text == null ? "" : text.strip());
    }

    /** Echo typed text in an answer without letting it grow the message unboundedly. */
    private static String clip(String text) {
        String t = text == null ? "" : text.replace('`', '\'');
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    /** The words no option used, as typed: each run of them kept whole, runs joined by one space. */
    static String unusedWords(String text, List<Token> tokens, boolean[] used) {
        StringBuilder out = new StringBuilder();
        int from = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean keep = i < tokens.size() && !used[i];
            if (keep && from < 0) {
                from = i;
            } else if (!keep && from >= 0) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(text, tokens.get(from).start(), tokens.get(i - 1).end());
                from = -1;
            }
        }
        return out.toString().strip();
    }
}
