package dev.liaison.escalation;

import java.time.Clock;

import dev.liaison.slack.Mrkdwn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import dev.liaison.client.Client;
import dev.liaison.client.ClientService;
import dev.liaison.client.CoverageLookup;
import dev.liaison.client.Sentiment;
import dev.liaison.client.TouchType;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.people.HolidayCalendar;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.people.WorkspaceSettings;
import dev.liaison.people.WorkspaceSettingsService;
import dev.liaison.store.Sequences;
import dev.liaison.ops.logging.LogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Escalations: opened in the workspace's escalation channel, acknowledged and resolved by the people
 * allowed to, and climbing a rung (owner or coverer → team lead → heads of accounts) when a deadline
 * passes. Each change is a conditional update, so a double click or two timers act once.
 */
@Service
public class EscalationService {

    private static final Logger log = LoggerFactory.getLogger(EscalationService.class);

    /** The caller may not act on this escalation. */
    public static final class NotAllowed extends RuntimeException {
        public NotAllowed(String message) {
            super(message);
        }
    }

    private final MongoTemplate mongo;
    private final ClientService clients;
    private final PeopleService people;
    private final WorkspaceSettingsService settings;
    private final ObjectProvider<CoverageLookup> coverage;
    private final Sequences sequences;
    private final EscalationMessages messages;
    private final HolidayCalendar holidays;
    private final Clock clock;

    EscalationService(MongoTemplate mongo, ClientService clients, PeopleService people, WorkspaceSettingsService settings,
                      ObjectProvider<CoverageLookup> coverage, Sequences sequences, EscalationMessages messages,
                      HolidayCalendar holidays, Clock clock) {
        this.mongo = mongo;
        this.holidays = holidays;
        this.clients = clients;
        this.people = people;
        this.settings = settings;
        this.coverage = coverage;
        this.sequences = sequences;
        this.messages = messages;
        this.clock = clock;
    }

    /** The workspace's working hours, less its public holidays: what p2/p3 clocks count. */
    WorkingHours hours(String teamId) {
        WorkspaceSettings s = settings.of(teamId);
        return new WorkingHours(s.zoneId(), s.start(), s.end(), s.days(), holidays.workspaceHolidays(teamId));
    }

    public Escalation open(String teamId, String raisedBy, String clientId, Severity severity, String summary) {
        String channel = settings.escalationChannel(teamId).orElseThrow(() -> new InvalidInputException(
                "There is no escalation channel yet. A head of accounts sets one with "
                        + "`/liaison config escalation-channel #escalations`."));
        Client client = clients.get(teamId, clientId);
        Instant now = clock.instant();
        EscalationDeadlines.Deadlines deadlines = EscalationDeadlines.of(severity, now, hours(teamId));
        String number = "E-" + sequences.next(teamId, "escalation");
        Escalation escalation = mongo.insert(new Escalation(teamId + ":" + number, teamId, number, clientId, client.name(),
                severity, summary, raisedBy, now, Escalation.State.OPEN, 0, rungUsers(teamId, client, 0),
                deadlines.acknowledgeBy(), deadlines.resolveBy(), deadlines.acknowledgeBy(), null, null, null, null, null,
                channel, null, null, List.of()));
        clients.escalationOpened(teamId, clientId, new Client.OpenEscalation(escalation.id(), severity.label(), summary, now,
                null));
        if (severity == Severity.P1) {
            // a p1 is the whole agency's business from its first minute, not only once it climbs
            LinkedHashSet<String> told = new LinkedHashSet<>(rungUsers(teamId, client, 1));
            told.addAll(rungUsers(teamId, client, 2));
            told.removeAll(escalation.rungUsers());
            told.remove(raisedBy);
            if (!told.isEmpty()) {
                messages.notifyP1Opened(escalation, List.copyOf(told));
            }
        }
        return escalation;
    }

    /**
     * Queues the parent for the escalation channel (once, under the escalation's own key) and, once
     * the delivery queue has Slack's ts for it, records that ts, links it from the card and tells the
     * rung. Called after the ack, when the parent is delivered, and by the timer for any escalation
     * whose parent is not recorded yet: a slow Slack, a crash or an outage never makes a second parent.
     */
    public void announce(String teamId, String id) {
        Escalation escalation = get(teamId, id);
        if (escalation.parentTs() != null) {
            return;
        }
        messages.queueParent(escalation);
        messages.postedParent(escalation).ifPresent(ts -> recordParent(escalation, ts));
    }

    private void recordParent(Escalation posted, String ts) {
        String permalink = messages.permalink(posted, ts);
        Escalation escalation = get(posted.teamId(), posted.id());
        // what follows from the ts is idempotent (the card's link replaced by id, the DM keyed) and done
        // before the ts is recorded: a crash in between is finished by the next call, nothing twice
        if (escalation.open()) {
            clients.escalationOpened(escalation.teamId(), escalation.clientId(), new Client.OpenEscalation(
                    escalation.id(), escalation.severity().label(), escalation.summary(), escalation.openedAt(), permalink));
        }
        messages.notify(escalation, escalation.rungUsers(), "open", Mrkdwn.of(
                "New %s escalation %s on %s is yours: acknowledge it in the thread.", escalation.severity().label(),
                escalation.number(), escalation.clientName()));
        Escalation recorded = mongo.findAndModify(Query.query(Criteria.where("_id").is(posted.id()).and("parentTs").is(null)),
                new Update().set("parentTs", ts).set("permalink", permalink),
                FindAndModifyOptions.options().returnNew(true), Escalation.class);
        if (recorded != null && (recorded.state() != Escalation.State.OPEN || recorded.rung() != 0)) {
            // acted on while its parent was on its way: the parent shows where it is now
            messages.updateParent(recorded);
        }
    }

    /** Who holds a rung: the owner (their coverer while they are out), the owner's lead, the admins. */
    List<String> rungUsers(String teamId, Client client, int rung) {
        LocalDate today = LocalDate.now(clock.withZone(people.zoneOf(teamId, client.ownerId())));
        return switch (rung) {
            case 0 -> List.of(coverage.getIfAvailable(() -> CoverageLookup.NONE).coverOf(teamId, client.id(), today)
                    .map(CoverageLookup.Cover::coverId).orElse(client.ownerId()));
            case 1 -> people.find(teamId, client.ownerId()).map(Person::leadId).map(List::of).orElse(List.of());
            default -> people.members(teamId).stream().filter(Person::admin).map(Person::userId).toList();
        };
    }

    public Escalation get(String teamId, String id) {
        Escalation escalation = mongo.findById(id, Escalation.class);
        if (escalation == null || !escalation.teamId().equals(teamId)) {
            throw new InvalidInputException("That escalation no longer exists.");
        }
        return escalation;
    }

    /** The escalation, for someone about to act on it (the resolve form): refused before the form opens. */
    public Escalation getToActOn(String teamId, String id, String by) {
        Escalation escalation = get(teamId, id);
        checkMayAct(escalation, by);
        return escalation;
    }

    private void checkMayAct(Escalation escalation, String by) {
        Optional<Client> client = clients.find(escalation.teamId(), escalation.clientId());
        String owner = client.map(Client::ownerId).orElse(null);
        String lead = owner == null ? null : people.find(escalation.teamId(), owner).map(Person::leadId).orElse(null);
        boolean allowed = escalation.rungUsers().contains(by) || by.equals(owner) || by.equals(lead) || people.isAdmin(escalation.teamId(), by);
        if (!allowed) {
            throw new NotAllowed("Only the people holding " + escalation.number() + ", the client's owner, their lead or a"
                    + " head of accounts can do that.");
        }
    }

    public Escalation acknowledge(String teamId, String id, String by) {
        Escalation escalation = get(teamId, id);
        checkMayAct(escalation, by);
        Escalation acked = mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("state").is(Escalation.State.OPEN)),
                new Update().set("state", Escalation.State.ACKNOWLEDGED).set("acknowledgedBy", by)
                        .set("acknowledgedAt", clock.instant()).set("nextDeadline", escalation.resolveBy()),
                FindAndModifyOptions.options().returnNew(true), Escalation.class);
        if (acked == null) {
            return get(teamId, id);
        }
        messages.updateParent(acked);
        messages.threadReply(acked, "ack", Mrkdwn.of(":eyes: Acknowledged by %s.", Mrkdwn.user(by)));
        return acked;
    }

    public Escalation resolve(String teamId, String id, String by, String note) {
        Escalation escalation = get(teamId, id);
        checkMayAct(escalation, by);
        Escalation resolved = mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("state").ne(Escalation.State.RESOLVED)),
                new Update().set("state", Escalation.State.RESOLVED).set("resolvedBy", by).set("resolvedAt", clock.instant())
                        .set("resolution", note).unset("nextDeadline"),
                FindAndModifyOptions.options().returnNew(true), Escalation.class);
        if (resolved == null) {
            return get(teamId, id);
        }
        messages.updateParent(resolved);
        // the note is someone's words: escaped, however it was typed
        messages.threadReply(resolved, "resolved", Mrkdwn.of(":white_check_mark: Resolved by %s: %s", Mrkdwn.user(by), note));
        clients.escalationClosed(teamId, resolved.clientId(), resolved.id());
        clients.logTouch(teamId, resolved.clientId(), by, TouchType.NOTE, Sentiment.NEUTRAL, 0,
                "Escalation " + resolved.number() + " resolved: " + note, null, "escalation");
        return resolved;
    }

    /** A reply in an escalation's thread joins its timeline (a bot's own replies are not people's words). */
    public void threadReply(String teamId, String channel, String threadTs, String userId, String text, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("teamId").is(teamId).and("channel").is(channel).and("parentTs").is(threadTs)),
                new Update().push("timeline", new Escalation.TimelineEntry(at == null ? clock.instant() : at, userId,
                        text == null ? "" : text.substring(0, Math.min(text.length(), 4000)))), Escalation.class);
    }

    /** Reopen a resolved escalation: back to the owner's rung with fresh deadlines. */
    public Escalation reopen(String teamId, String id, String by) {
        Escalation escalation = get(teamId, id);
        checkMayAct(escalation, by);
        Client client = clients.get(teamId, escalation.clientId());
        Instant now = clock.instant();
        EscalationDeadlines.Deadlines deadlines = EscalationDeadlines.of(escalation.severity(), now, hours(teamId));
        Escalation reopened = mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("state").is(Escalation.State.RESOLVED)),
                new Update().set("state", Escalation.State.OPEN).set("rung", 0).set("rungUsers", rungUsers(teamId, client, 0))
                        .set("acknowledgeBy", deadlines.acknowledgeBy()).set("resolveBy", deadlines.resolveBy())
                        .set("nextDeadline", deadlines.acknowledgeBy()).unset("acknowledgedBy").unset("acknowledgedAt")
                        .unset("resolvedBy").unset("resolvedAt"),
                FindAndModifyOptions.options().returnNew(true), Escalation.class);
        if (reopened == null) {
            return get(teamId, id);
        }
        clients.escalationOpened(teamId, reopened.clientId(), new Client.OpenEscalation(reopened.id(),
                reopened.severity().label(), reopened.summary(), now, reopened.permalink()));
        messages.updateParent(reopened);
        messages.threadReply(reopened, "reopened:" + now, Mrkdwn.of(":leftwards_arrow_with_hook: Reopened by %s.",
                Mrkdwn.user(by)));
        return reopened;
    }

    public Escalation escalateNow(String teamId, String id, String by) {
        Escalation escalation = get(teamId, id);
        checkMayAct(escalation, by);
        return climb(escalation, Mrkdwn.of("escalated now by %s", Mrkdwn.user(by)));
    }

    /** The escalation-timers job: every open escalation past its deadline climbs one rung. */
    public int climbDue() {
        for (Escalation unposted : mongo.find(Query.query(Criteria.where("state").ne(Escalation.State.RESOLVED)
                .and("parentTs").is(null)), Escalation.class)) {
            if (!people.serves(unposted.teamId())) {
                continue;
            }
            try (LogContext.Scope workspace = LogContext.workspace(unposted.teamId())) {
                try {
                    announce(unposted.teamId(), unposted.id());
                } catch (RuntimeException e) {
                    log.warn("Escalation {} is still not posted: {}", unposted.id(), e.getMessage());
                }
            }
        }
        int climbed = 0;
        Instant now = clock.instant();
        for (Escalation escalation : mongo.find(Query.query(Criteria.where("state").ne(Escalation.State.RESOLVED)
                .and("nextDeadline").lte(now)), Escalation.class)) {
            if (!people.serves(escalation.teamId())) {
                // uninstalled: the ladder stops where it is, and climbs on if Liaison is installed again
                continue;
            }
            try (LogContext.Scope workspace = LogContext.workspace(escalation.teamId())) {
                try {
                    climb(escalation, Mrkdwn.of((escalation.state() == Escalation.State.OPEN ? "not acknowledged" : "not resolved")
                            + " in time"));
                    climbed++;
                } catch (RuntimeException e) {
                    log.warn("Could not climb {}: {}", escalation.id(), e.getMessage());
                }
            }
        }
        return climbed;
    }

    /** One rung up (skipping empty rungs, and saying so), once: the update is conditional on the rung it read. */
    private Escalation climb(Escalation escalation, Mrkdwn why) {
        Client client = clients.get(escalation.teamId(), escalation.clientId());
        int rung = escalation.rung();
        StringBuilder skipped = new StringBuilder();
        List<String> users = List.of();
        while (rung < Escalation.RUNGS.size() - 1 && users.isEmpty()) {
            rung++;
            users = rungUsers(escalation.teamId(), client, rung);
            if (users.isEmpty()) {
                skipped.append(" Nobody is set as ").append(Escalation.RUNGS.get(rung)).append(", so that rung is skipped.");
            }
        }
        Instant now = clock.instant();
        boolean top = users.isEmpty();
        Instant next = top ? null : EscalationDeadlines.next(escalation.severity(), now,
                escalation.state() == Escalation.State.ACKNOWLEDGED, hours(escalation.teamId()));
        Update update = new Update().set("rung", top ? escalation.rung() : rung);
        if (top) {
            update.unset("nextDeadline");
        } else {
            update.set("rungUsers", users).set("nextDeadline", next);
        }
        Escalation climbed = mongo.findAndModify(Query.query(Criteria.where("_id").is(escalation.id())
                        .and("rung").is(escalation.rung()).and("state").ne(Escalation.State.RESOLVED)
                        .and("nextDeadline").is(escalation.nextDeadline())),
                update, FindAndModifyOptions.options().returnNew(true), Escalation.class);
        if (climbed == null) {
            return get(escalation.teamId(), escalation.id());
        }
        String key = "climb:" + escalation.rung() + ":" + escalation.nextDeadline();
        if (top) {
            messages.threadReply(climbed, key, Mrkdwn.of(":rotating_light: %s, and there is no one higher to escalate to.%s",
                    capitalised(why), skipped.toString()));
        } else {
            messages.updateParent(climbed);
            messages.threadReply(climbed, key, Mrkdwn.of(":arrow_up: %s: now with the %s (%s).%s", capitalised(why),
                    Escalation.RUNGS.get(rung), Mrkdwn.users(users), skipped.toString()));
            // the client's name is someone's words (the "Escalate now" and ladder DMs had it raw)
            messages.notify(climbed, users, key, Mrkdwn.of("Escalation %s on %s (%s) has come to you: %s.",
                    climbed.number(), climbed.clientName(), climbed.severity().label(), why));
        }
        return climbed;
    }

    private static Mrkdwn capitalised(Mrkdwn why) {
        return why.capitalised();
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
