package dev.liaison.client;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.liaison.parsing.Amounts;
import dev.liaison.parsing.Money;
import dev.liaison.parsing.CommandTokenizer;
import dev.liaison.parsing.DatePhrases;
import dev.liaison.parsing.Durations;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.parsing.Mentions;
import dev.liaison.parsing.Plural;
import dev.liaison.parsing.Token;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;

/**
 * The settable fields of a client, one entry each, in the order commands list them and forms show
 * them. Adding a field is adding an entry here (and its storage on {@link Client}): /client add and
 * set, the add/edit forms, the CSV import, the status card and set's answer all read this list.
 */
public final class ClientFields {

    private ClientFields() {
    }

    public static final ClientField<String> NAME = new ClientField<>("name", "<name>") {
        @Override List<String> synonyms() { return List.of("rename"); }
        @Override public boolean addOption() { return false; }
        @Override Read<String> read(List<Token> tokens, int i, String text, LocalDate today) {
            return typedName(tokens, i, text);
        }
        @Override void apply(Client client, String name) { client.rename(name, NameKey.of(name)); }
        @Override String current(Client client) { return client.name(); }
        @Override public Mrkdwn confirmation(Client after, String name) {
            return Mrkdwn.of("Renamed to %s.", bold(after));
        }
        @Override public Optional<FormInput> formInput() {
            return Optional.of(FormInput.text("Name", null, "Acme Corp", 80, false));
        }
        @Override String whenEmpty(String callerId, boolean adding) { return checkedName(""); }
        /** The form's name is the whole text, quotes and all, as the add form always took it. */
        @Override Value<String> fromForm(String entered, ClientCommandParser parser) { return of(checkedName(entered)); }
    };

    public static final ClientField<String> OWNER = new PersonField("owner", "Owner", false) {
        @Override void apply(Client client, String userId) { client.setOwnerId(userId); }
        @Override String current(Client client) { return client.ownerId(); }
        @Override public Mrkdwn confirmation(Client after, String userId) {
            return Mrkdwn.of("%s is now owned by %s.", bold(after), Mrkdwn.user(userId));
        }
        @Override public Optional<String> formValue(Client client, String callerId) {
            return Optional.ofNullable(client == null ? callerId : client.ownerId());
        }
        @Override String whenEmpty(String callerId, boolean adding) {
            if (adding) {
                return callerId;
            }
            throw new InvalidInputException("Every client needs an owner.");
        }
    };

    public static final ClientField<String> BACKUP = new PersonField("backup", "Backup", true) {
        @Override public boolean clearable() { return true; }
        @Override void apply(Client client, String userId) { client.setBackupId(userId); }
        @Override String current(Client client) { return client.backupId(); }
        @Override public Mrkdwn confirmation(Client after, String userId) {
            return userId == null ? Mrkdwn.of("%s has no backup now.", bold(after))
                    : Mrkdwn.of("%s now backs up %s.", Mrkdwn.user(userId), bold(after));
        }
    };

    public static final ClientField<Tier> TIER = new ClientField<>("tier",
            Arrays.stream(Tier.values()).map(Tier::label).collect(Collectors.joining("|"))) {
        @Override Tier word(String word) {
            return Tier.parse(word).orElseThrow(() -> new InvalidInputException(
                    "Tier is one of enterprise, growth or standard, not `" + clip(word) + "`."));
        }
        @Override void apply(Client client, Tier tier) {
            // a cadence that was only the old tier's default follows the new tier
            if (client.cadenceDays() == client.tier().defaultCadenceDays()) {
                client.setCadenceDays(tier.defaultCadenceDays());
            }
            client.setTier(tier);
        }
        @Override Tier current(Client client) { return client.tier(); }
        @Override public Mrkdwn confirmation(Client after, Tier tier) {
            return Mrkdwn.of("%s is now %s tier (check-in every %s).", bold(after), after.tier().label(),
                    Plural.count(after.cadenceDays(), "day"));
        }
        @Override public Optional<CardLine> cardLine(Client c, CardContext at) {
            return Optional.of(new CardLine("Tier · cadence", Mrkdwn.of("%s · every %s", c.tier().label(),
                    Plural.count(c.cadenceDays(), "day"))));
        }
        @Override public Optional<FormInput> formInput() {
            List<Choice> tiers = Arrays.stream(Tier.values()).map(t -> new Choice(capitalised(t.label())
                    + " (check-in every " + Plural.count(t.defaultCadenceDays(), "day") + ")", t.label())).toList();
            return Optional.of(new FormInput(InputKind.CHOICE, "Tier", null, null, 0, false, false, tiers));
        }
        @Override public Optional<String> formValue(Client client, String callerId) {
            return Optional.of((client == null ? Tier.GROWTH : client.tier()).label());
        }
        @Override Tier whenEmpty(String callerId, boolean adding) { return Tier.GROWTH; }
        @Override public Optional<String> csvColumn() { return Optional.of("tier"); }
    };

    public static final ClientField<Integer> CADENCE = new ClientField<>("cadence", "<N>d") {
        @Override Integer word(String word) {
            return Durations.days(word).orElseThrow(() -> new InvalidInputException(
                    "Cadence is a number of days like `7d` or `2w`, not `" + clip(word) + "`."));
        }
        /** {@code null}: no cadence of its own, the tier's default (a form's empty cadence). */
        @Override void apply(Client client, Integer days) {
            client.setCadenceDays(days == null ? client.tier().defaultCadenceDays() : days);
        }
        @Override Integer current(Client client) { return client.cadenceDays(); }
        @Override boolean differs(Client client, Integer days) {
            return client.cadenceDays() != (days == null ? client.tier().defaultCadenceDays() : days);
        }
        @Override public Mrkdwn confirmation(Client after, Integer days) {
            return Mrkdwn.of("%s now wants a check-in every %s.", bold(after), Plural.count(after.cadenceDays(), "day"));
        }
        @Override public Optional<FormInput> formInput() {
            return Optional.of(FormInput.text("Check-in cadence",
                    "Days between check-ins, like 7d or 2w; empty for the tier's default", "14d", 10, true));
        }
        @Override public Optional<String> formValue(Client client, String callerId) {
            return client == null || client.cadenceDays() == client.tier().defaultCadenceDays() ? Optional.empty()
                    : Optional.of(client.cadenceDays() + "d");
        }
        /** A bare number is days in the form and the import's cadence_days. */
        @Override Value<Integer> fromForm(String entered, ClientCommandParser parser) {
            return parser.fieldValue(this, entered.matches("\\d+") ? entered + "d" : entered);
        }
        @Override List<Value<Integer>> fromCsv(String cell, ClientCommandParser parser) {
            return List.of(fromForm(cell, parser));
        }
        @Override public Optional<String> csvColumn() { return Optional.of("cadence_days"); }
    };

    /** Weeks between client status updates (`/client update`); a due one stays in the owner's digest until posted. */
    public static final ClientField<Integer> UPDATE = new ClientField<>("update", "<N>w") {
        @Override public boolean clearable() { return true; }
        @Override Integer word(String word) {
            if (word.equalsIgnoreCase("off")) {
                return null;
            }
            Integer days = Durations.days(word).orElseThrow(() -> new InvalidInputException(
                    "The update cadence is a number of weeks like `2w` or `4w` (or `off`), not `" + clip(word) + "`."));
            if (days % 7 != 0) {
                throw new InvalidInputException("Client updates go every whole number of weeks, like `2w` or `4w`, not `"
                        + clip(word) + "`.");
            }
            return days / 7;
        }
        @Override void apply(Client client, Integer weeks) { client.setUpdateWeeks(weeks); }
        @Override Integer current(Client client) { return client.updateWeeks(); }
        @Override public Mrkdwn confirmation(Client after, Integer weeks) {
            return weeks == null ? Mrkdwn.of("%s has no client update cadence now.", bold(after))
                    : Mrkdwn.of("%s gets a status update every %s (`/client update %s`).", bold(after),
                            Plural.count(weeks, "week"), after.name());
        }
        /** The cadence, and when the next update is due (never posted: due now). */
        @Override public Optional<CardLine> cardLine(Client c, CardContext at) {
            if (c.updateWeeks() == null) {
                return Optional.empty();
            }
            String every = "every " + Plural.count(c.updateWeeks(), "week");
            java.time.Instant due = c.updateDueAt(at.now());
            long days = ChronoUnit.DAYS.between(at.now(), due);
            String when = c.lastUpdateAt() == null ? ":memo: due now (none posted yet)"
                    : !at.now().isBefore(due) ? ":memo: due now"
                    : days == 0 ? "next due today" : "next due in " + Plural.count(days, "day");
            return Optional.of(new CardLine("Client update", Mrkdwn.of("%s · %s", every, when)));
        }
        @Override public Optional<FormInput> formInput() {
            return Optional.of(FormInput.text("Client update cadence",
                    "Weeks between status updates to the client, like 2w or 4w; empty for none", "4w", 10, true));
        }
        @Override public Optional<String> formValue(Client client, String callerId) {
            return client == null || client.updateWeeks() == null ? Optional.empty()
                    : Optional.of(client.updateWeeks() + "w");
        }
        /** A bare number is weeks in the form and the import's update_weeks. */
        @Override Value<Integer> fromForm(String entered, ClientCommandParser parser) {
            return parser.fieldValue(this, entered.matches("\\d+") ? entered + "w" : entered);
        }
        @Override List<Value<Integer>> fromCsv(String cell, ClientCommandParser parser) {
            return List.of(fromForm(cell, parser));
        }
        @Override public Optional<String> csvColumn() { return Optional.of("update_weeks"); }
    };

    public static final ClientField<String> CHANNEL = new ClientField<>("channel", "#channel") {
        @Override public boolean clearable() { return true; }
        @Override public Refers refers() { return Refers.CHANNEL; }
        @Override String word(String word) {
            return Mentions.channel(word).map(Mentions.ChannelMention::channelId).orElseThrow(() ->
                    new InvalidInputException("`channel` needs a channel, like `channel #acme-shared`."));
        }
        /** A channel is linked in addition to those already linked; {@code null} unlinks them all. */
        @Override void apply(Client client, String channelId) {
            if (channelId == null) {
                client.clearChannels();
            } else {
                client.addChannel(channelId);
            }
        }
        @Override String current(Client client) {
            return client.channelIds().isEmpty() ? null : client.channelIds().get(0);
        }
        @Override boolean differs(Client client, String channelId) {
            return channelId == null ? !client.channelIds().isEmpty() : !client.channelIds().contains(channelId);
        }
        @Override public Mrkdwn confirmation(Client after, String channelId) {
            return channelId == null ? Mrkdwn.of("%s has no linked channel now.", bold(after))
                    : Mrkdwn.of("%s is linked to %s.", Mrkdwn.channel(channelId), bold(after));
        }
        @Override public Optional<CardLine> cardLine(Client c, CardContext at) {
            if (c.channelIds().isEmpty()) {
                return Optional.empty();
            }
            Mrkdwn shown = Mrkdwn.join(" ", c.channelIds().stream().limit(5).map(Mrkdwn::channel).toList());
            return Optional.of(new CardLine("Channels", c.channelIds().size() <= 5 ? shown
                    : shown.append(Mrkdwn.of(" _…and %s more_", c.channelIds().size() - 5))));
        }
        /** The form's conversation picker gives the channel's id. */
        @Override Value<String> fromForm(String entered, ClientCommandParser parser) { return of(entered); }
        @Override public Optional<FormInput> formInput() {
            return Optional.of(new FormInput(InputKind.CHANNEL, "Linked channel",
                    "Messages there count as touches; invite @Liaison to it", null, 0, true, false, List.of()));
        }
    };

    public static final ClientField<LocalDate> RENEWAL = new ClientField<>("renewal", "<date>") {
        @Override public boolean clearable() { return true; }
        @Override Read<LocalDate> read(List<Token> tokens, int i, String text, LocalDate today) {
            List<String> words = tokens.stream().map(Token::text).toList();
            DatePhrases.ParsedDate date = DatePhrases.parse(words, i, today).orElseThrow(() ->
                    new InvalidInputException("`" + clip(words.get(i)) + "` is not a date I know. Try `2027-01-31`,"
                            + " `Jan 31` or `+90d`."));
            return new Read<>(date.date(), date.wordsConsumed());
        }
        @Override void apply(Client client, LocalDate date) { client.setRenewal(date); }
        @Override LocalDate current(Client client) { return client.renewal(); }
        @Override public Mrkdwn confirmation(Client after, LocalDate date) {
            return date == null ? Mrkdwn.of("%s has no renewal date now.", bold(after))
                    : Mrkdwn.of("%s renews on %s.", bold(after), date.toString());
        }
        @Override public Optional<CardLine> cardLine(Client c, CardContext at) {
            if (c.renewal() == null) {
                return Optional.of(new CardLine("Renewal", Mrkdwn.of("—")));
            }
            long days = ChronoUnit.DAYS.between(at.today(), c.renewal());
            String when = days < 0 ? Plural.count(-days, "day") + " ago" : days == 0 ? "today"
                    : Plural.count(days, "day") + " left";
            return Optional.of(new CardLine("Renewal", Mrkdwn.of("%s (%s)", c.renewal().toString(), when)));
        }
        @Override public Optional<FormInput> formInput() {
            return Optional.of(FormInput.of(InputKind.DATE, "Renewal date", true));
        }
        @Override public Optional<String> csvColumn() { return Optional.of("renewal"); }
    };

    public static final ClientField<Long> RETAINER = new ClientField<>("retainer", "<amount>") {
        @Override public boolean clearable() { return true; }
        @Override Long word(String word) {
            return Amounts.cents(word).orElseThrow(() -> new InvalidInputException(
                    "Retainer is an amount like `5000`, `$5,000` or `5k`, not `" + clip(word) + "`."));
        }
        @Override void apply(Client client, Long cents) { client.setRetainerCents(cents); }
        @Override Long current(Client client) { return client.retainerCents(); }
        @Override public Mrkdwn confirmation(Client after, Long cents) {
            return cents == null ? Mrkdwn.of("%s has no retainer now.", bold(after))
                    : Mrkdwn.of("%s's retainer is %s a month.", bold(after), Amounts.format(cents));
        }
        @Override public Optional<CardLine> cardLine(Client c, CardContext at) {
            return Optional.of(new CardLine("Retainer", c.retainerCents() == null ? Mrkdwn.of("—")
                    : Mrkdwn.of("%s / month", Money.format(c.retainerCents(), at.currency()))));
        }
        @Override public Optional<FormInput> formInput() {
            return Optional.of(FormInput.text("Monthly retainer", null, "5,000", 20, true));
        }
        @Override public Optional<String> formValue(Client client, String callerId) {
            return client == null || client.retainerCents() == null ? Optional.empty()
                    : Optional.of(Amounts.format(client.retainerCents()));
        }
        @Override public Optional<String> csvColumn() { return Optional.of("retainer"); }
    };

    public static final ClientField<Double> HOURS = new ClientField<>("hours", "<N>") {
        @Override List<String> synonyms() { return List.of("budget"); }
        @Override public boolean clearable() { return true; }
        @Override Double word(String word) {
            return Amounts.hours(word).orElseThrow(() -> new InvalidInputException(
                    "Budget hours are a number like `40` or `37.5h`, not `" + clip(word) + "`."));
        }
        @Override void apply(Client client, Double hours) { client.setBudgetHours(hours); }
        @Override Double current(Client client) { return client.budgetHours(); }
        @Override public Mrkdwn confirmation(Client after, Double hours) {
            return hours == null ? Mrkdwn.of("%s has no hours budget now.", bold(after))
                    : Mrkdwn.of("%s has %s budget hours a month.", bold(after), hours.toString());
        }
        /** What the budget allows and how much of it this month (UTC) has used. */
        @Override public Optional<CardLine> cardLine(Client c, CardContext at) {
            String month = YearMonth.from(at.now().atOffset(ZoneOffset.UTC)).toString();
            double used = c.budgetMinutesIn(month) / 60.0;
            if (c.budgetHours() == null || c.budgetHours() <= 0) {
                return Optional.of(new CardLine("Budget this month", Mrkdwn.of("%s h used", hours(used))));
            }
            long percent = Math.round(100 * used / c.budgetHours());
            return Optional.of(new CardLine("Budget this month", Mrkdwn.of("%s / %s h (%s%%)", hours(used),
                    hours(c.budgetHours()), String.valueOf(percent))));
        }
        @Override public Optional<FormInput> formInput() {
            return Optional.of(FormInput.text("Budget hours a month", null, "40", 10, true));
        }
        @Override public Optional<String> formValue(Client client, String callerId) {
            if (client == null || client.budgetHours() == null) {
                return Optional.empty();
            }
            double h = client.budgetHours();
            return Optional.of(h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h));
        }
        @Override public Optional<String> csvColumn() { return Optional.of("budget_hours"); }
    };

    /** The client's e-mail domains: calendar meetings and mail with people there are the client's touches. */
    public static final ClientField<List<String>> DOMAINS = new ClientField<>("domains", "<domain,…>") {
        @Override public boolean clearable() { return true; }
        /** {@code acme.com,acme.co.uk} in one word, or {@code acme.com, acme.co.uk}: a word ending in a comma goes on. */
        @Override Read<List<String>> read(List<Token> tokens, int i, String text, LocalDate today) {
            int last = i;
            while (last + 1 < tokens.size() && tokens.get(last).text().endsWith(",")) {
                last++;
            }
            String typed = tokens.subList(i, last + 1).stream().map(Token::text).collect(Collectors.joining(" "));
            return new Read<>(EmailDomains.parse(typed), last + 1 - i);
        }
        @Override void apply(Client client, List<String> domains) {
            client.setDomains(domains == null ? List.of() : domains);
        }
        @Override List<String> current(Client client) { return client.domains(); }
        @Override boolean differs(Client client, List<String> domains) {
            return !client.domains().equals(domains == null ? List.of() : domains);
        }
        @Override public Mrkdwn confirmation(Client after, List<String> domains) {
            return domains == null || domains.isEmpty() ? Mrkdwn.of("%s has no e-mail domains now.", bold(after))
                    : Mrkdwn.of("%s's e-mail domains are %s.", bold(after), String.join(", ", domains));
        }
        @Override public Optional<CardLine> cardLine(Client c, CardContext at) {
            return c.domains().isEmpty() ? Optional.empty()
                    : Optional.of(new CardLine("E-mail domains", Mrkdwn.of("%s", String.join(", ", c.domains()))));
        }
        @Override public Optional<FormInput> formInput() {
            return Optional.of(FormInput.text("E-mail domains",
                    "The client's own domains, comma-separated; people at them are the client's people", "acme.com",
                    EmailDomains.MAX_CHARS + 500, true));
        }
        @Override public Optional<String> formValue(Client client, String callerId) {
            return client == null || client.domains().isEmpty() ? Optional.empty()
                    : Optional.of(String.join(", ", client.domains()));
        }
        /** The form's text input holds the whole list, whatever separates them. */
        @Override Value<List<String>> fromForm(String entered, ClientCommandParser parser) {
            return of(EmailDomains.parse(entered));
        }
        @Override public Optional<String> csvColumn() { return Optional.of("domains"); }
        /** A cell holds the whole list (separated by semicolons, bars, spaces or quoted commas). */
        @Override List<Value<List<String>>> fromCsv(String cell, ClientCommandParser parser) {
            return List.of(fromForm(cell, parser));
        }
    };

    /**
     * Weeks between quarterly business reviews ({@link QbrSchedule}): {@code 13w}, {@code off};
     * {@code default} (or a form left empty) follows the tier, enterprise 13 weeks, the others none.
     */
    public static final ClientField<Integer> QBR = new ClientField<>("qbr", "<N>w|off") {
        @Override Integer word(String word) {
            String w = word.strip().toLowerCase(Locale.ROOT);
            if (w.equals("off") || w.equals("none") || w.equals("never")) {
                return 0;
            }
            if (w.equals("default")) {
                return null;
            }
            Matcher m = QBR_WEEKS.matcher(w);
            if (!m.matches()) {
                throw new InvalidInputException("A QBR cadence is a number of weeks like `13w`, or `off`, not `"
                        + clip(word) + "`.");
            }
            int weeks = Integer.parseInt(m.group(1));
            if (weeks < 1 || weeks > QbrSchedule.MAX_WEEKS) {
                throw new InvalidInputException("A QBR cadence can be between 1w and " + QbrSchedule.MAX_WEEKS
                        + "w (or `off`).");
            }
            return weeks;
        }
        @Override void apply(Client client, Integer weeks) { client.setQbrWeeks(weeks); }
        @Override Integer current(Client client) { return client.qbrWeeksSet(); }
        @Override public Mrkdwn confirmation(Client after, Integer weeks) {
            if (after.qbrWeeks() == 0) {
                return Mrkdwn.of("%s has no quarterly business reviews now.", bold(after));
            }
            return Mrkdwn.of("%s now has a quarterly business review every %s%s.", bold(after),
                    Plural.count(after.qbrWeeks(), "week"), weeks == null ? " (its tier's default)" : "");
        }
        /** How often, and when the next is due as the viewer's day sees it. */
        @Override public Optional<CardLine> cardLine(Client c, CardContext at) {
            return QbrSchedule.next(c.qbrWeeks(), c.qbrHeldOn(), at.today()).map(due -> new CardLine(
                    "Quarterly review", Mrkdwn.of("every %s · %s", Plural.count(c.qbrWeeks(), "week"),
                    due.neverHeld() ? "never held, due now" : "next " + due.date() + " ("
                            + DatePhrases.describe(due.date(), at.today()) + ")")));
        }
        @Override public Optional<FormInput> formInput() {
            return Optional.of(FormInput.text("Quarterly business reviews",
                    "Weeks between reviews, like 13w, or off; empty for the tier's default (enterprise 13w)", "13w",
                    10, true));
        }
        @Override public Optional<String> formValue(Client client, String callerId) {
            if (client == null || client.qbrWeeksSet() == null) {
                return Optional.empty();
            }
            return Optional.of(client.qbrWeeksSet() == 0 ? "off" : client.qbrWeeksSet() + "w");
        }
        /** A bare number is weeks in the form and the import's qbr_weeks (0 is off). */
        @Override Value<Integer> fromForm(String entered, ClientCommandParser parser) {
            String typed = entered.strip();
            return parser.fieldValue(this, typed.equals("0") ? "off" : typed.matches("\\d+") ? typed + "w" : typed);
        }
        @Override List<Value<Integer>> fromCsv(String cell, ClientCommandParser parser) {
            return List.of(fromForm(cell, parser));
        }
        @Override public Optional<String> csvColumn() { return Optional.of("qbr_weeks"); }
    };

    public static final ClientField<String> ALIAS = new ClientField<>("alias", "<name>") {
        @Override public boolean addOption() { return false; }
        @Override Read<String> read(List<Token> tokens, int i, String text, LocalDate today) {
            return typedName(tokens, i, text);
        }
        @Override void apply(Client client, String alias) { client.addAlias(alias); }
        /** Aliases are a list that only grows: there is no one current alias. */
        @Override String current(Client client) { return null; }
        @Override boolean differs(Client client, String alias) {
            String key = NameKey.of(alias);
            return !key.equals(client.nameKey()) && client.aliases().stream().noneMatch(a -> NameKey.of(a).equals(key));
        }
        @Override public Mrkdwn confirmation(Client after, String alias) {
            return Mrkdwn.of("%s is now also found as \"%s\".", bold(after), SlackText.truncate(alias, 80));
        }
        @Override public Optional<CardLine> cardLine(Client c, CardContext at) {
            return c.aliases().isEmpty() ? Optional.empty() : Optional.of(new CardLine("Also known as",
                    Mrkdwn.of("%s", SlackText.truncate(String.join(", ", c.aliases()), 500))));
        }
        @Override public Optional<String> formValue(Client client, String callerId) { return Optional.empty(); }
        @Override public Optional<String> csvColumn() { return Optional.of("aliases"); }
        /** Several aliases in one cell, separated by semicolons or bars. */
        @Override List<Value<String>> fromCsv(String cell, ClientCommandParser parser) {
            return Arrays.stream(cell.split("[;|]")).map(String::strip).filter(a -> !a.isEmpty())
                    .map(a -> of(parser.clientName(a))).toList();
        }
    };

    public static final ClientField<ClientStatus> STATUS = new ClientField<>("status",
            Arrays.stream(ClientStatus.values()).map(ClientStatus::label).collect(Collectors.joining("|"))) {
        @Override public boolean addOption() { return false; }
        @Override public boolean guarded() { return true; }
        @Override ClientStatus word(String word) {
            return ClientStatus.parse(word).orElseThrow(() -> new InvalidInputException(
                    "Status is active, paused or churned, not `" + clip(word) + "`."));
        }
        @Override void apply(Client client, ClientStatus status) { client.setStatus(status); }
        @Override ClientStatus current(Client client) { return client.status(); }
        @Override public Mrkdwn confirmation(Client after, ClientStatus status) {
            return Mrkdwn.of("%s is now %s.", bold(after), after.status().label());
        }
        @Override public Optional<FormInput> formInput() {
            List<Choice> statuses = Arrays.stream(ClientStatus.values())
                    .map(s -> new Choice(capitalised(s.label()), s.label())).toList();
            return Optional.of(new FormInput(InputKind.CHOICE, "Status", null, null, 0, false, true, statuses));
        }
        @Override public Optional<String> formValue(Client client, String callerId) {
            return Optional.of((client == null ? ClientStatus.ACTIVE : client.status()).label());
        }
        @Override ClientStatus whenEmpty(String callerId, boolean adding) { return ClientStatus.ACTIVE; }
    };

    /** Every field, in the order commands list them and forms show them. */
    public static final List<ClientField<?>> ALL = List.of(NAME, OWNER, BACKUP, TIER, CADENCE, CHANNEL, RENEWAL,
            RETAINER, HOURS, DOMAINS, QBR, UPDATE, ALIAS, STATUS);

    /** The field a word names in /client set (its keyword or a synonym), if any. */
    public static Optional<ClientField<?>> parse(String word) {
        String w = word == null ? "" : word.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.keyword().equals(w)).findFirst()
                .or(() -> ALL.stream().filter(f -> f.synonyms().contains(w)).findFirst());
    }

    /** An option keyword of /client add, exactly: a synonym like "budget" would end an unquoted "Acme Budget Rentals". */
    public static boolean isAddOption(String word) {
        return ALL.stream().anyMatch(f -> f.addOption() && f.keyword().equalsIgnoreCase(word));
    }

    public static List<ClientField<?>> addOptions() {
        return ALL.stream().filter(ClientField::addOption).toList();
    }

    /** The keywords of these fields, comma separated ("owner, backup, tier"). */
    public static String keywords(List<ClientField<?>> fields) {
        return fields.stream().map(ClientField::keyword).collect(Collectors.joining(", "));
    }

    /** The import's columns that fields read (the name and owner columns are the import's own). */
    public static List<String> csvColumns() {
        return ALL.stream().flatMap(f -> f.csvColumn().stream()).toList();
    }

    /**
     * Of these values (in any order), the changes that would alter the client, in field order, each
     * judged after the ones before it (a new tier moves a default cadence, so the same cadence typed
     * again may then be a change).
     */
    public static List<ClientField.Value<?>> changes(Client before, List<ClientField.Value<?>> values) {
        Client draft = before.draft();
        List<ClientField.Value<?>> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingInt(v -> ALL.indexOf(v.field())));
        List<ClientField.Value<?>> changes = new ArrayList<>();
        for (ClientField.Value<?> value : sorted) {
            if (value.differsFrom(draft)) {
                changes.add(value);
                value.applyTo(draft);
            }
        }
        return changes;
    }

    /** A client's name, checked as /client add checks it. */
    static String checkedName(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("What is the client called?");
        }
        if (name.length() > 80) {
            throw new InvalidInputException("Client names are at most 80 characters.");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("Client names can't contain line breaks or control characters.");
        }
        if (NameKey.of(name).isEmpty()) {
            throw new InvalidInputException("A client name needs at least one letter or digit.");
        }
        return name;
    }

    /** A name: the quoted word, or everything from here to the end. */
    private static ClientField.Read<String> typedName(List<Token> tokens, int i, String text) {
        Token first = tokens.get(i);
        String name = first.quoted() ? first.text().strip() : CommandTokenizer.rest(text, first);
        checkedName(name);
        return new ClientField.Read<>(name, first.quoted() ? 1 : tokens.size() - i);
    }

    /** Echo typed text in an answer without letting it grow the message unboundedly. */
    static String clip(String text) {
        String t = text == null ? "" : text.replace('`', '\'');
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    private static final Pattern QBR_WEEKS = Pattern.compile("(\\d{1,4})\\s*(?:w|wk|wks|week|weeks)");

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String hours(double h) {
        return h == Math.rint(h) ? String.valueOf((long) h) : String.format(Locale.ROOT, "%.1f", h);
    }

    /** A field that names a person of the workspace (checked by {@link ClientService#checkPeople}). */
    private abstract static class PersonField extends ClientField<String> {
        private final String label;
        private final boolean optional;

        PersonField(String keyword, String label, boolean optional) {
            super(keyword, "@user");
            this.label = label;
            this.optional = optional;
        }

        @Override public boolean guarded() { return true; }
        @Override public Refers refers() { return Refers.PERSON; }
        @Override String word(String word) {
            return Mentions.user(word).map(Mentions.UserMention::userId).orElseThrow(() ->
                    new InvalidInputException("`" + keyword() + "` needs a person, like `" + keyword()
                            + " @sam` (pick them from Slack's @ menu)."));
        }
        @Override public Optional<FormInput> formInput() {
            return Optional.of(FormInput.of(InputKind.PERSON, label, optional));
        }
        /** The form's user picker gives the person's id (checked as every owner and backup is). */
        @Override Value<String> fromForm(String entered, ClientCommandParser parser) { return of(entered); }
    }
}
