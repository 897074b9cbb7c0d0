package dev.liaison.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

import dev.liaison.growth.Goal;
import dev.liaison.growth.OpportunityChange;
import dev.liaison.growth.Stage;
import dev.liaison.parsing.Amounts;
import dev.liaison.parsing.CommandTokenizer;
import dev.liaison.parsing.DatePhrases;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.parsing.Mentions;
import dev.liaison.parsing.Token;

/**
 * The account-growth part of /client's grammar (opp, opps, goal, goals), pure like the rest of
 * {@link ClientCommandParser}, which hands it the text after the sub-command and how to read a client at its start.
 */
final class GrowthGrammar {

    static final String OPP_EXAMPLE = "`/client opp Acme Website redesign 12k stage proposal close Dec 20`";

    private final LocalDate today;
    private final BiFunction<String, String, ClientCommandParser.Leading> leadingClient;
    private final java.util.function.Function<String, ClientCommand.Status> wholeClient;

    GrowthGrammar(LocalDate today, BiFunction<String, String, ClientCommandParser.Leading> leadingClient,
                  java.util.function.Function<String, ClientCommand.Status> wholeClient) {
        this.today = today;
        this.leadingClient = leadingClient;
        this.wholeClient = wholeClient;
    }

    /** O-12, o12, #12 → "O-12"; empty when the word is not an opportunity's number. */
    static Optional<String> opportunityNumber(String word) {
        return number(word, 'O');
    }

    static Optional<String> goalNumber(String word) {
        return number(word, 'G');
    }

    private static Optional<String> number(String word, char letter) {
        String w = word == null ? "" : word.strip().toUpperCase(Locale.ROOT);
        if (w.matches(letter + "-?\\d{1,9}")) {
            return Optional.of(letter + "-" + Long.parseLong(w.substring(w.charAt(1) == '-' ? 2 : 1)));
        }
        return Optional.empty();
    }

    ClientCommand opp(String rest) {
        List<Token> head = CommandTokenizer.tokenize(rest);
        if (head.isEmpty()) {
            throw new InvalidInputException("Which client? Try " + OPP_EXAMPLE + ", or change one with"
                    + " `/client opp O-12 stage won`.");
        }
        Optional<String> number = head.get(0).quoted() ? Optional.empty() : opportunityNumber(head.get(0).text());
        if (number.isPresent()) {
            return change(number.get(), rest, head);
        }
        ClientCommandParser.Leading client = leadingClient.apply(rest, "Which client? Try " + OPP_EXAMPLE + ".");
        String text = client.rest();
        List<Token> tokens = CommandTokenizer.tokenize(text);
        List<String> words = tokens.stream().map(Token::text).toList();
        boolean[] used = new boolean[tokens.size()];
        Stage stage = null;
        LocalDate close = null;
        Long amount = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.quoted() || i + 1 >= tokens.size()) {
                continue;
            }
            String keyword = token.text().toLowerCase(Locale.ROOT);
            if (keyword.equals("stage") && stage == null) {
                Optional<Stage> s = Stage.parse(words.get(i + 1));
                if (s.isEmpty()) {
                    throw new InvalidInputException("`stage` is one of " + Stage.keywords() + ", not `"
                            + clip(words.get(i + 1)) + "`.");
                }
                stage = s.get();
                used[i] = used[i + 1] = true;
                i++;
            } else if (keyword.equals("close") && close == null) {
                String typedDate = words.get(i + 1);
                DatePhrases.ParsedDate date = DatePhrases.parse(words, i + 1, today).orElseThrow(() -> badDate(typedDate));
                close = date.date();
                for (int j = i; j <= i + date.wordsConsumed(); j++) {
                    used[j] = true;
                }
                i += date.wordsConsumed();
            } else if (keyword.equals("amount") && amount == null) {
                amount = amount(words.get(i + 1));
                used[i] = used[i + 1] = true;
                i++;
            }
        }
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!used[i]) {
                free.add(i);
            }
        }
        // a bare amount is the last free word, after the title ("Website redesign 12k"); quote a title that ends in a number
        if (amount == null && free.size() > 1 && !tokens.get(free.get(free.size() - 1)).quoted()) {
            Optional<Long> last = Amounts.cents(tokens.get(free.get(free.size() - 1)).text());
            if (last.isPresent()) {
                amount = last.get();
                used[free.remove(free.size() - 1)] = true;
            }
        }
        boolean onlyAnAmount = free.size() == 1 && !tokens.get(free.get(0)).quoted()
                && Amounts.cents(tokens.get(free.get(0)).text()).isPresent();
        String title = joined(text, tokens, used);
        if (title.isEmpty() || onlyAnAmount) {
            throw new InvalidInputException("What is the opportunity? Give it a title before the amount: " + OPP_EXAMPLE + ".");
        }
        return new ClientCommand.AddOpportunity(client.match(), client.typed(), title, amount, stage, close);
    }

    /** O-12 followed by changes: {@code stage won} (or just {@code won}), {@code close <date>}, {@code amount <n>}, {@code title <text>}. */
    private ClientCommand change(String number, String rest, List<Token> head) {
        List<Token> tokens = head.subList(1, head.size());
        List<String> words = tokens.stream().map(Token::text).toList();
        if (tokens.isEmpty()) {
            throw new InvalidInputException("What should change? Try `/client opp " + number + " stage won`, `close Dec 20`,"
                    + " `amount 15k` or `title …`.");
        }
        OpportunityChange change = new OpportunityChange(null, null, false, null, false, null);
        int i = 0;
        while (i < tokens.size()) {
            String keyword = tokens.get(i).quoted() ? "" : words.get(i).toLowerCase(Locale.ROOT);
            Optional<Stage> bare = Stage.parse(keyword);
            if (bare.isPresent()) {
                change = change.and(OpportunityChange.stage(bare.get()));
                i++;
                continue;
            }
            if (keyword.equals("title")) {
                String title = i + 1 < tokens.size() ? CommandTokenizer.rest(rest, head.get(i + 2)) : "";
                if (title.isBlank()) {
                    throw new InvalidInputException("`title` needs the new title: `/client opp " + number + " title Website and app`.");
                }
                change = change.and(new OpportunityChange(null, null, false, null, false, title.strip()));
                break;
            }
            if (i + 1 >= tokens.size() || !(keyword.equals("stage") || keyword.equals("close") || keyword.equals("amount"))) {
                if (List.of("stage", "close", "amount").contains(keyword)) {
                    throw new InvalidInputException("`" + keyword + "` needs a value: `/client opp " + number + " "
                            + keyword + " …`.");
                }
                throw new InvalidInputException("I can't change `" + clip(words.get(i)) + "` of an opportunity. Use `stage "
                        + "lead|proposal|negotiation|won|lost`, `close <date>`, `amount <n>` or `title <text>`.");
            }
            String value = words.get(i + 1);
            boolean none = value.equalsIgnoreCase("none") || value.equalsIgnoreCase("clear");
            switch (keyword) {
                case "stage" -> {
                    change = change.and(OpportunityChange.stage(Stage.parse(value).orElseThrow(() -> new InvalidInputException(
                            "`stage` is one of " + Stage.keywords() + ", not `" + clip(value) + "`."))));
                    i += 2;
                }
                case "close" -> {
                    if (none) {
                        change = change.and(new OpportunityChange(null, null, true, null, false, null));
                        i += 2;
                    } else {
                        DatePhrases.ParsedDate date = DatePhrases.parse(words, i + 1, today).orElseThrow(() -> badDate(value));
                        change = change.and(new OpportunityChange(null, date.date(), false, null, false, null));
                        i += 1 + date.wordsConsumed();
                    }
                }
                default -> {
                    change = change.and(none ? new OpportunityChange(null, null, false, null, true, null)
                            : new OpportunityChange(null, null, false, amount(value), false, null));
                    i += 2;
                }
            }
        }
        return new ClientCommand.ChangeOpportunity(number, change);
    }

    ClientCommand opps(String rest) {
        List<Token> tokens = CommandTokenizer.tokenize(rest);
        if (tokens.isEmpty() || (tokens.size() == 1 && tokens.get(0).text().equalsIgnoreCase("mine"))) {
            return new ClientCommand.ListOpportunities(ClientCommand.Scope.MINE, null, null, null);
        }
        if (tokens.size() == 1 && tokens.get(0).text().equalsIgnoreCase("all")) {
            return new ClientCommand.ListOpportunities(ClientCommand.Scope.ALL, null, null, null);
        }
        Optional<Mentions.UserMention> person = tokens.size() == 1 ? Mentions.user(tokens.get(0).text()) : Optional.empty();
        if (person.isPresent()) {
            return new ClientCommand.ListOpportunities(ClientCommand.Scope.PERSON, person.get().userId(), null, null);
        }
        ClientCommand.Status client = wholeClient.apply(rest);
        return new ClientCommand.ListOpportunities(null, null, client.client(), client.typed());
    }

    ClientCommand goal(String rest) {
        List<Token> head = CommandTokenizer.tokenize(rest);
        if (head.isEmpty()) {
            throw new InvalidInputException("Which client? Try `/client goal Acme Launch the EU store by Mar 31`,"
                    + " or close one with `/client goal G-3 done`.");
        }
        Optional<String> number = head.get(0).quoted() ? Optional.empty() : goalNumber(head.get(0).text());
        if (number.isPresent()) {
            String status = head.size() == 2 ? head.get(1).text().toLowerCase(Locale.ROOT) : "";
            return switch (status) {
                case "done" -> new ClientCommand.CloseGoal(number.get(), Goal.Status.DONE);
                case "dropped", "drop" -> new ClientCommand.CloseGoal(number.get(), Goal.Status.DROPPED);
                default -> throw new InvalidInputException("A goal is closed as `done` or `dropped`: `/client goal "
                        + number.get() + " done`.");
            };
        }
        ClientCommandParser.Leading client = leadingClient.apply(rest,
                "Which client? Try `/client goal Acme Launch the EU store by Mar 31`.");
        String text = client.rest();
        List<Token> tokens = CommandTokenizer.tokenize(text);
        List<String> words = tokens.stream().map(Token::text).toList();
        boolean[] used = new boolean[tokens.size()];
        LocalDate by = null;
        // "by <date>" only when it ends the line: "Grow by 20 %" stays words
        for (int i = tokens.size() - 2; i >= 0 && by == null; i--) {
            if (!tokens.get(i).quoted() && words.get(i).equalsIgnoreCase("by")) {
                Optional<DatePhrases.ParsedDate> date = DatePhrases.parse(words, i + 1, today);
                if (date.isPresent() && i + date.get().wordsConsumed() == tokens.size() - 1) {
                    by = date.get().date();
                    for (int j = i; j < tokens.size(); j++) {
                        used[j] = true;
                    }
                }
            }
        }
        String goal = joined(text, tokens, used);
        if (goal.isEmpty()) {
            throw new InvalidInputException("What is the goal? Try `/client goal " + clip(client.typed())
                    + " Launch the EU store by Mar 31`.");
        }
        return new ClientCommand.AddGoal(client.match(), client.typed(), goal, by);
    }

    ClientCommand goals(String rest) {
        if (rest.isBlank()) {
            throw new InvalidInputException("Whose account plan? Try `/client goals Acme`.");
        }
        ClientCommand.Status client = wholeClient.apply(rest);
        return new ClientCommand.ListGoals(client.client(), client.typed());
    }

    private static Long amount(String word) {
        return Amounts.cents(word).orElseThrow(() -> new InvalidInputException("I can't read `" + clip(word)
                + "` as an amount. Write it like 12500, 12,500 or 12.5k."));
    }

    private static InvalidInputException badDate(String word) {
        return new InvalidInputException("`" + clip(word) + "` is not a date. Try `today`, `friday`, `Dec 20`, `2026-12-20` or `+2w`.");
    }

    /** The words not used by options, as typed (runs of them joined by one space). */
    private static String joined(String text, List<Token> tokens, boolean[] used) {
        String joined = ClientCommandParser.unusedWords(text, tokens, used);
        // a title typed in quotes alone is the title, without its quotes
        List<Token> kept = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!used[i]) {
                kept.add(tokens.get(i));
            }
        }
        return kept.size() == 1 && kept.get(0).quoted() ? kept.get(0).text().strip() : joined;
    }

    private static String clip(String text) {
        String t = text == null ? "" : text.replace('`', '\'');
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
