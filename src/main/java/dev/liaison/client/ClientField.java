package dev.liaison.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.liaison.parsing.Token;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;

/**
 * Everything Liaison knows about one settable field of a client, in one place: its keyword in
 * {@code /client add} and {@code /client set}, how a typed value is read and checked, how it changes
 * the client document, how a change is confirmed, its line on the status card, its input in the
 * add/edit forms and its column in the CSV import. The entries are in {@link ClientFields}; the
 * parser, the forms, the import, the card and {@code set} only ask them.
 *
 * <p>Nothing here talks to Slack or to the database: a field that names a person or a channel says
 * so ({@link #refers()}) and {@link ClientService} checks it against the workspace.
 *
 * @param <T> the value's type; {@code null} clears the field (where {@link #clearable()}) or, in a
 *            form, stands for "left empty"
 */
public abstract class ClientField<T> {

    /** What a value points at outside the client, checked by {@link ClientService} before anything is saved. */
    public enum Refers { NOTHING, PERSON, CHANNEL }

    private final String keyword;
    private final String valueHint;

    /**
     * @param keyword   the word in commands, the form's block id and (unless {@link #csvColumn} says
     *                  otherwise) nothing else
     * @param valueHint what follows the keyword in the usage, like {@code @user} or {@code <date>}
     */
    ClientField(String keyword, String valueHint) {
        this.keyword = keyword;
        this.valueHint = valueHint;
    }

    public final String keyword() {
        return keyword;
    }

    /** {@code [keyword hint]}, as the usage of /client add shows an option. */
    public final String usage() {
        return keyword + " " + valueHint;
    }

    /** Other words that name the field in /client set ("budget" for hours); never /client add options. */
    List<String> synonyms() {
        return List.of();
    }

    /** An option of /client add (the name is positional there; alias and status are set-only). */
    public boolean addOption() {
        return true;
    }

    /** {@code none} (or {@code clear}) clears the field. */
    public boolean clearable() {
        return false;
    }

    /** Only the client's owner, their team lead and heads of accounts may change it. */
    public boolean guarded() {
        return false;
    }

    public Refers refers() {
        return Refers.NOTHING;
    }

    /** A typed value read from the words of a command, and how many words it took. */
    record Read<T>(T value, int words) {
    }

    /**
     * Reads the value that starts at {@code tokens[i]} ({@code text} is the whole line the tokens came
     * from; {@code today} is the caller's). One word by default; {@code none} is handled by the caller.
     *
     * @throws dev.liaison.parsing.InvalidInputException with a message that says how to write the value
     */
    Read<T> read(List<Token> tokens, int i, String text, LocalDate today) {
        return new Read<>(word(tokens.get(i).text()), 1);
    }

    /** One word read as the value (for fields that take one word). */
    T word(String word) {
        throw new IllegalStateException(keyword + " reads more than one word");
    }

    /** Changes the client document; a {@code null} clears the field. */
    abstract void apply(Client client, T value);

    /** The client's value, as the field's type. */
    abstract T current(Client client);

    /** Whether setting this value would change the client (forms and imports change only what differs). */
    boolean differs(Client client, T value) {
        return !Objects.equals(current(client), value);
    }

    /** The answer to /client set, from the client as the change left it. */
    public abstract Mrkdwn confirmation(Client after, T value);

    /** When the card is drawn: the instant and the viewer's day. */
    public record CardContext(Instant now, LocalDate today, java.util.Currency currency) {
        public CardContext(Instant now, LocalDate today) {
            this(now, today, dev.liaison.parsing.Money.DEFAULT);
        }
    }

    /** A titled line of the status card's fields. */
    public record CardLine(String title, Mrkdwn text) {
    }

    /** The field's line on the status card, if it has one there (the owner and status are drawn around the card). */
    public Optional<CardLine> cardLine(Client client, CardContext at) {
        return Optional.empty();
    }

    /** The kinds of form input the add/edit modals draw (the slack/ renderer turns them into Block Kit). */
    public enum InputKind { TEXT, PERSON, CHANNEL, DATE, CHOICE }

    /** One option of a {@link InputKind#CHOICE} input. */
    public record Choice(String label, String value) {
    }

    /**
     * A form input, without Slack: the renderer draws it, its block id is the keyword.
     *
     * @param editOnly shown in the edit form only
     */
    public record FormInput(InputKind kind, String label, String hint, String placeholder, int maxLength,
                            boolean optional, boolean editOnly, List<Choice> choices) {
        static FormInput text(String label, String hint, String placeholder, int maxLength, boolean optional) {
            return new FormInput(InputKind.TEXT, label, hint, placeholder, maxLength, optional, false, List.of());
        }

        static FormInput of(InputKind kind, String label, boolean optional) {
            return new FormInput(kind, label, null, null, 0, optional, false, List.of());
        }
    }

    /** The field's input in the add/edit forms, if it has one. */
    public Optional<FormInput> formInput() {
        return Optional.empty();
    }

    /**
     * What the form shows for this client (typed text, a user or channel id, an ISO date, a choice's
     * value), or empty. {@code client} is null in the add form.
     */
    public Optional<String> formValue(Client client, String callerId) {
        return client == null ? Optional.empty() : Optional.ofNullable(current(client)).map(String::valueOf);
    }

    /**
     * The value of an input left empty: {@code null} (cleared, or the default) unless the field needs
     * one ({@code callerId} is who submits; {@code adding} is the add form).
     *
     * @throws dev.liaison.parsing.InvalidInputException when the field cannot be left empty
     */
    T whenEmpty(String callerId, boolean adding) {
        return null;
    }

    /** What was typed or picked in the form (never empty), read as /client set reads it by default. */
    Value<T> fromForm(String entered, ClientCommandParser parser) {
        return parser.fieldValue(this, entered);
    }

    /**
     * The field's value from its form input: what was entered, else {@link #whenEmpty}.
     *
     * @throws dev.liaison.parsing.InvalidInputException with the message to show under the input
     */
    public final Value<T> fromForm(Optional<String> entered, ClientCommandParser parser, String callerId,
                                   boolean adding) {
        return entered.isPresent() ? fromForm(entered.get(), parser) : of(whenEmpty(callerId, adding));
    }

    /** The import's column for this field, if the CSV import reads it. */
    public Optional<String> csvColumn() {
        return Optional.empty();
    }

    /** The cell's values (usually one; an empty cell never gets here). */
    List<Value<T>> fromCsv(String cell, ClientCommandParser parser) {
        return List.of(parser.fieldValue(this, cell));
    }

    public final Value<T> of(T value) {
        return new Value<>(this, value);
    }

    /** The value held by a {@link Value} of this field (the record ties the two types together). */
    @SuppressWarnings("unchecked")
    public final T valueOf(Value<?> value) {
        if (value.field() != this) {
            throw new IllegalArgumentException(value.field() + " is not " + this);
        }
        return (T) value.value();
    }

    @Override
    public String toString() {
        return keyword;
    }

    /** One field with its value; a null value clears the field (for backup, channel, renewal…). */
    public record Value<T>(ClientField<T> field, T value) {

        void applyTo(Client client) {
            field.apply(client, value);
        }

        boolean differsFrom(Client client) {
            return field.differs(client, value);
        }

        /** The id of the person or channel the value names (see {@link ClientField#refers}), if it names one. */
        public Optional<String> referenceId() {
            return field.refers() == Refers.NOTHING || value == null ? Optional.empty()
                    : Optional.of(value.toString());
        }

        /** The answer to /client set. */
        public Mrkdwn confirmation(Client after) {
            return field.confirmation(after, value);
        }
    }

    /** A client's name as answers show it, in bold (escaped, at most 80 characters). */
    static Mrkdwn bold(Client client) {
        return Mrkdwn.of("*%s*", SlackText.truncate(client.name(), 80));
    }
}
