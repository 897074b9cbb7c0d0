package dev.liaison.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.liaison.parsing.DatePhrases;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.parsing.Plural;
import dev.liaison.people.Caller;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.SlackText;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Clients and their touches: every read and write is scoped to one workspace. */
@Service
public class ClientService {

    private static final int MAX_ATTEMPTS = 5;

    private final ClientRepository clients;
    private final InteractionRepository interactions;
    private final ClientNameIndex names;
    private final ClientDomainIndex domains;
    private final PeopleService people;
    private final Clock clock;
    private final MongoTemplate mongo;
    private final ClientOwners owners;
    private final SlackMessenger slack;

    ClientService(ClientRepository clients, InteractionRepository interactions, ClientNameIndex names,
                  ClientDomainIndex domains, PeopleService people, Clock clock, MongoTemplate mongo,
                  ClientOwners owners, SlackMessenger slack) {
        this.domains = domains;
        this.slack = slack;
        this.mongo = mongo;
        this.owners = owners;
        this.clients = clients;
        this.interactions = interactions;
        this.names = names;
        this.people = people;
        this.clock = clock;
    }

    /** The parser for one caller: their workspace's client names and their own "today". */
    public ClientCommandParser parserFor(Caller caller) {
        return new ClientCommandParser(names.matcher(caller.teamId()), caller.today());
    }

    public Optional<Client> find(String teamId, String clientId) {
        // by id alone, then the workspace checked here: the embedded database reads a primary key only
        // when the query names nothing else (with teamId in the query it scans every client)
        return clients.findById(clientId).filter(c -> teamId.equals(c.teamId()));
    }

    public Client get(String teamId, String clientId) {
        return find(teamId, clientId).orElseThrow(() -> new InvalidInputException(
                "That client no longer exists. Try `/client list`."));
    }

    /**
     * Refuses, before anything is saved, a set of changes that includes a guarded field the actor
     * may not change. Forms and imports check the whole set against the client as it was, so an
     * owner who hands a client over in the same form may still change its status.
     */
    public void checkMayChange(String teamId, String actorId, Client before, List<ClientField.Value<?>> changes) {
        for (ClientField.Value<?> change : changes) {
            if (change.field().guarded() && !actorId.equals(before.ownerId())
                    && !people.mayManage(teamId, actorId, before.ownerId())) {
                throw new InvalidInputException("Only " + before.name() + "'s owner, their team lead or a head of "
                        + "accounts can change its " + change.field().keyword() + ".");
            }
        }
    }

    public Client add(String teamId, String actorId, String name, List<ClientField.Value<?>> fields) {
        String key = NameKey.of(name);
        if (names.matcher(teamId).match(name) instanceof NameMatch.Found found && found.how() == NameMatch.Found.How.EXACT) {
            throw new InvalidInputException("There is already a client called " + found.displayName()
                    + ". See it with `/client status " + found.displayName() + "`.");
        }
        for (ClientField.Value<?> value : fields) {
            if (value.field() == ClientFields.NAME || value.field() == ClientFields.ALIAS) {
                throw new IllegalArgumentException(value.field() + " is not an option of add");
            }
            checkPeople(teamId, value);
            checkChannel(teamId, actorId, value);
        }
        Client client = new Client(teamId, name, key, actorId, clock.instant(), actorId);
        fields.forEach(value -> value.applyTo(client));
        // the id is known before the insert so the owner's portfolio lists the client first
        client.assignId(new ObjectId().toHexString());
        owners.add(teamId, client.ownerId(), client.id());
        Client saved;
        try {
            saved = clients.insert(client);
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException("There is already a client called " + name + ".");
        }
        try {
            names.claim(teamId, saved.id(), saved.name(), name, false);
        } catch (RuntimeException e) {
            clients.delete(saved);
            throw e;
        }
        if (!saved.domains().isEmpty()) {
            domains.changed(teamId);
        }
        return saved;
    }

    /** Client names were removed behind this service's back (the sandbox's Reset demo): name look-ups reload. */
    public void namesChanged(String teamId) {
        names.changed(teamId);
        domains.changed(teamId);
    }

    /**
     * The workspace's clients (not churned) an e-mail address belongs to by their {@code domains}:
     * {@code jo@mail.acme.com} is Acme's when Acme has {@code acme.com}. No database read unless one matches.
     */
    public List<Client> withDomainOf(String teamId, String email) {
        List<String> ids = domains.clientIdsFor(teamId, email);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Client> found = new ArrayList<>();
        clients.findAllById(ids).forEach(c -> {
            if (teamId.equals(c.teamId())) {
                found.add(c);
            }
        });
        return found;
    }

    /**
     * Changes one field. Who owns a client, its backup and whether it is active are for its owner,
     * the owner's team lead and heads of accounts; the rest is for anyone on the agency's side.
     */
    public Client set(String teamId, String actorId, String clientId, ClientField.Value<?> change) {
        checkPeople(teamId, change);
        checkChannel(teamId, actorId, change);
        Client before = get(teamId, clientId);
        checkMayChange(teamId, actorId, before, List.of(change));
        // the name, aliases and owner are also indexed outside the document: those indexes change here
        if (change.field() == ClientFields.NAME) {
            return rename(teamId, clientId, before, ClientFields.NAME.valueOf(change), change);
        }
        if (change.field() == ClientFields.ALIAS) {
            names.claim(teamId, clientId, before.name(), ClientFields.ALIAS.valueOf(change), true);
        }
        if (change.field() == ClientFields.OWNER) {
            String owner = ClientFields.OWNER.valueOf(change);
            owners.add(teamId, owner, clientId);
            Client changed = modify(teamId, clientId, change::applyTo);
            if (before.ownerId() != null && !before.ownerId().equals(owner)) {
                owners.remove(teamId, before.ownerId(), clientId);
            }
            return changed;
        }
        return modify(teamId, clientId, change::applyTo);
    }

    private Client rename(String teamId, String clientId, Client before, String name, ClientField.Value<?> change) {
        if (NameKey.of(name).equals(before.nameKey())) {
            // only the spelling changes: the claimed key stays
            return modify(teamId, clientId, change::applyTo);
        }
        names.claim(teamId, clientId, name, name, false);
        Client renamed;
        try {
            renamed = modify(teamId, clientId, change::applyTo);
        } catch (RuntimeException e) {
            names.release(teamId, name);
            throw e;
        }
        names.release(teamId, before.name());
        names.renameDisplay(teamId, clientId, name);
        return renamed;
    }

    public record LoggedTouch(Client client, Interaction interaction) {
    }

    public LoggedTouch logTouch(String teamId, String clientId, String actorId, TouchType type, Sentiment sentiment,
                                int minutes, String summary, Instant occurredAt, String source) {
        get(teamId, clientId);
        Instant now = clock.instant();
        Interaction interaction = interactions.insert(new Interaction(null, teamId, clientId, type, sentiment,
                minutes, summary, occurredAt == null ? now : occurredAt, actorId, now, source));
        String month = YearMonth.from(now.atOffset(ZoneOffset.UTC)).toString();
        Client client = modify(teamId, clientId, c -> c.recordTouch(interaction, month));
        return new LoggedTouch(client, interaction);
    }

    /**
     * Logs a touch that must be logged once whatever retries and resyncs bring ({@code key}: a meeting's
     * iCalendar UID, a person's e-mail day): the key is the touch's id, so the database refuses a second.
     *
     * @return the touch, or empty when one with this key was already logged
     */
    public Optional<LoggedTouch> logTouchOnce(String teamId, String clientId, String key, String actorId, TouchType type,
                                              Sentiment sentiment, int minutes, String summary, Instant occurredAt,
                                              String source) {
        get(teamId, clientId);
        Instant now = clock.instant();
        Interaction interaction;
        try {
            interaction = interactions.insert(new Interaction(TouchKeys.id(teamId, clientId, key), teamId, clientId, type,
                    sentiment, minutes, summary, occurredAt, actorId, now, source));
        } catch (DuplicateKeyException already) {
            return Optional.empty();
        }
        String month = YearMonth.from(now.atOffset(ZoneOffset.UTC)).toString();
        Client client = modify(teamId, clientId, c -> c.recordTouch(interaction, month));
        return Optional.of(new LoggedTouch(client, interaction));
    }

    /**
     * A quarterly business review marked held.
     *
     * @param already it had been marked held on that day before: nothing was logged again
     */
    public record QbrHeld(Client client, LocalDate on, boolean already) {

        /** The answer to whoever marked it, read on their day. */
        public Mrkdwn answer(LocalDate today) {
            Mrkdwn next = QbrSchedule.next(client.qbrWeeks(), client.qbrHeldOn(), today)
                    .map(due -> Mrkdwn.of(" The next one is due %s (%s).", due.date().toString(),
                            DatePhrases.describe(due.date(), today)))
                    .orElse(Mrkdwn.of(" %s has no more reviews scheduled (`qbr off`).", ClientField.bold(client)));
            if (already) {
                return Mrkdwn.of("The quarterly business review with %s was already marked held on %s.", ClientField.bold(client),
                        on.toString()).append(next);
            }
            return Mrkdwn.of(":white_check_mark: Marked the quarterly business review with %s held on %s and logged it as"
                    + " a meeting.", ClientField.bold(client), on.toString()).append(next);
        }
    }

    /** When the client's next quarterly business review is due, read on the caller's day. */
    public static Mrkdwn qbrSchedule(Client client, LocalDate today) {
        return QbrSchedule.next(client.qbrWeeks(), client.qbrHeldOn(), today)
                .map(due -> (due.neverHeld()
                        ? Mrkdwn.of("%s has a quarterly business review every %s and has never held one: one is due now.",
                                ClientField.bold(client), Plural.count(client.qbrWeeks(), "week"))
                        : Mrkdwn.of("%s's next quarterly business review is due %s (%s); the last was on %s.",
                                ClientField.bold(client), due.date().toString(), DatePhrases.describe(due.date(), today),
                                client.qbrHeldOn().toString()))
                        .append(Mrkdwn.of(" Mark one held with `/client qbr %s held [&lt;date&gt;]`.",
                                SlackText.truncate(client.name(), 80))))
                .orElse(Mrkdwn.of("%s has no quarterly business reviews. Set them with `/client set %s qbr 13w`.",
                        ClientField.bold(client), SlackText.truncate(client.name(), 80)));
    }

    /** What a review marked held logs: a meeting, as the touch it is. */
    public static final String QBR_HELD_SUMMARY = "Quarterly business review held";

    /**
     * Marks the client's quarterly business review held on the caller's day {@code on} (today when
     * null): logs a meeting touch and moves the next review to that day plus the client's weeks.
     * Marking the same day again (a second click, the digest and the brief both) logs nothing more.
     */
    public QbrHeld markQbrHeld(Caller caller, String clientId, LocalDate on) {
        LocalDate day = on == null ? caller.today() : on;
        if (day.isAfter(caller.today())) {
            throw new InvalidInputException("A review can be marked held today or on a day before, not on " + day + ".");
        }
        Client before = get(caller.teamId(), clientId);
        if (day.equals(before.qbrHeldOn())) {
            return new QbrHeld(before, day, true);
        }
        // a day before today is logged at its noon in the caller's zone; today, now
        Instant at = day.equals(caller.today()) ? null : day.atTime(12, 0).atZone(caller.zone()).toInstant();
        logTouch(caller.teamId(), clientId, caller.userId(), TouchType.MEETING, Sentiment.NEUTRAL, 0, QBR_HELD_SUMMARY,
                at, "qbr");
        // an earlier day never moves the review back behind one already held later
        LocalDate held = before.qbrHeldOn() != null && before.qbrHeldOn().isAfter(day) ? before.qbrHeldOn() : day;
        Client after = modify(caller.teamId(), clientId, c -> c.qbrHeld(held));
        return new QbrHeld(after, day, false);
    }

    public List<Client> portfolio(String teamId, ClientCommand.Scope scope, String userId) {
        List<Client> found = scope == ClientCommand.Scope.ALL
                ? everyClientOf(teamId)
                : ownedBy(teamId, userId);
        return found.stream()
                .filter(c -> c.status() != ClientStatus.CHURNED || scope == ClientCommand.Scope.ALL)
                .sorted(Comparator.comparing(Client::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Every client of a workspace, in batches: one reply holding 100,000 clients (a 20,000-person agency)
     * passed the wire protocol's 48 MB limit on the embedded database (docs/benchmarks.md, "Digest growth").
     */
    private List<Client> everyClientOf(String teamId) {
        return mongo.find(Query.query(Criteria.where("teamId").is(teamId)).cursorBatchSize(WORKSPACE_BATCH), Client.class);
    }

    /** Documents per reply when a job reads a whole workspace. */
    public static final int WORKSPACE_BATCH = 2_000;

    /** The clients a person owns, by primary key (see {@link ClientOwners}). */
    private List<Client> ownedBy(String teamId, String userId) {
        Collection<String> ids = owners.clientIdsOf(teamId, userId);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Client> found = new ArrayList<>();
        clients.findAllById(ids).forEach(c -> {
            if (teamId.equals(c.teamId()) && userId.equals(c.ownerId())) {
                found.add(c);
            }
        });
        return found;
    }

    /** The clients a Slack channel is linked to (usually one). */
    public List<Client> linkedTo(String teamId, String channelId) {
        return clients.findByTeamIdAndChannelIds(teamId, channelId);
    }

    /** The health of a client as the caller sees it: at their instant, "today" in their time zone. */
    public Health health(Client client, Caller viewer) {
        return HealthScore.of(ClientHealthInputs.of(client, viewer.now(), viewer.today()));
    }

    /** The same, for a viewer whose time zone the caller already has (one read for a whole list). */
    public Health health(Client client, ZoneId viewerZone) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, viewerZone);
        return HealthScore.of(ClientHealthInputs.of(client, now, today));
    }

    public Client snooze(String teamId, String clientId, Duration length) {
        Instant until = clock.instant().plus(length);
        return modify(teamId, clientId, c -> c.snoozeUntil(until));
    }

    /** Touches on these clients between two instants (the "while you were out" summary; a job, not a hot path). */
    public List<Interaction> touchesBetween(String teamId, Collection<String> clientIds, Instant from, Instant to) {
        return mongo.find(Query.query(
                Criteria.where("teamId").is(teamId)
                        .and("clientId").in(clientIds).and("occurredAt").gte(from).lt(to)), Interaction.class);
    }

    public void escalationOpened(String teamId, String clientId, Client.OpenEscalation escalation) {
        modify(teamId, clientId, c -> c.addOpenEscalation(escalation));
    }

    public void escalationClosed(String teamId, String clientId, String escalationId) {
        modify(teamId, clientId, c -> c.removeOpenEscalation(escalationId));
    }

    public void taskOpened(String teamId, String clientId, Client.OpenTask task) {
        modify(teamId, clientId, c -> c.addOpenTask(task));
    }

    /** A client status update was posted: the next draft starts after it and the update cadence restarts. */
    public Client updatePosted(String teamId, String clientId, Instant at) {
        return modify(teamId, clientId, c -> c.updatePosted(at));
    }

    public void taskClosed(String teamId, String clientId, String number) {
        modify(teamId, clientId, c -> c.removeOpenTask(number));
    }

    /** Read-change-write with the document's version; a concurrent writer makes us re-read and retry. */
    private Client modify(String teamId, String clientId, Consumer<Client> change) {
        for (int attempt = 1; ; attempt++) {
            Client client = get(teamId, clientId);
            List<String> domainsBefore = client.domains();
            ClientStatus statusBefore = client.status();
            change.accept(client);
            client.touched(clock.instant());
            try {
                Client saved = clients.save(client);
                if (!domainsBefore.equals(saved.domains()) || statusBefore != saved.status()) {
                    domains.changed(teamId);
                }
                return saved;
            } catch (OptimisticLockingFailureException raced) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /**
     * A linked channel's messages show on the client's card to everyone, so a channel may be linked
     * only by someone in it (Slack is asked): otherwise anyone could read a private channel the bot is
     * in through a card.
     */
    public void checkChannel(String teamId, String actorId, ClientField.Value<?> value) {
        String channelId = value.field().refers() == ClientField.Refers.CHANNEL ? value.referenceId().orElse(null) : null;
        if (channelId != null && !slack.isChannelMember(teamId, channelId, actorId)) {
            throw new InvalidInputException("You can link a client only to a channel you're a member of, and Slack "
                    + "says you aren't in <#" + value.value() + ">. Join it first (if it's private, invite me too).");
        }
    }

    /** Owners and backups must be members of the agency's workspace, not guests or outsiders. */
    public void checkPeople(String teamId, ClientField.Value<?> value) {
        if (value.field().refers() == ClientField.Refers.PERSON && value.referenceId().isPresent()) {
            String userId = value.referenceId().get();
            Optional<Person> person = people.lookup(teamId, userId);
            if (person.isEmpty() || person.get().deleted() || person.get().bot()) {
                throw new InvalidInputException("I can't find that person in this workspace.");
            }
            if (person.get().guest() || person.get().stranger()
                    || (person.get().homeTeamId() != null && !person.get().homeTeamId().equals(teamId))) {
                throw new InvalidInputException(person.get().displayName()
                        + " is a guest or from another organisation, so they can't own or back up a client.");
            }
        }
    }
}
