package dev.liaison.people;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import dev.liaison.parsing.InvalidInputException;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.SlackUser;
import dev.liaison.workspace.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * People of each workspace: filled from users.info the first time someone is seen, refreshed at
 * most once a day (and at once from user_change events), so commands rarely wait on Slack.
 */
@Service
public class PeopleService {

    private static final Logger log = LoggerFactory.getLogger(PeopleService.class);
    static final Duration REFRESH_AFTER = Duration.ofDays(1);

    private final Workspaces installed;
    private final PersonRepository people;
    private final MongoTemplate mongo;
    private final SlackMessenger slack;
    private final Clock clock;
    private final HeadsOfAccounts heads;
    private final PeopleCache cache;

    PeopleService(PersonRepository people, MongoTemplate mongo,
                  SlackMessenger slack, Clock clock,
                  Workspaces installed, HeadsOfAccounts heads, PeopleCache cache) {
        this.cache = cache;
        this.installed = installed;
        this.people = people;
        this.mongo = mongo;
        this.slack = slack;
        this.clock = clock;
        this.heads = heads;
    }

    /**
     * The person behind a Slack user id, read from Slack when unknown or stale. A stale record is
     * used as it is when Slack cannot answer; an unknown one cannot be, so that throws.
     *
     * @return empty when Slack says there is no such user
     */
    public Optional<Person> lookup(String teamId, String userId) {
        return lookup(teamId, userId, stored(teamId, userId).orElse(null));
    }

    /** As {@link #lookup(String, String)}, from the record as {@code known} (cached, or read for a write). */
    private Optional<Person> lookup(String teamId, String userId, Person known) {
        Instant now = clock.instant();
        if (known != null && fresh(known, now)) {
            return Optional.of(withCurrentAdminFlag(known));
        }
        Optional<SlackUser> fromSlack;
        try {
            fromSlack = slack.userInfo(teamId, userId);
        } catch (SlackMessenger.SlackUnavailable unavailable) {
            if (known != null) {
                log.info("Using the stored profile of {} while Slack is unavailable", userId);
                return Optional.of(withCurrentAdminFlag(known));
            }
            throw unavailable;
        }
        if (fromSlack.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(save(teamId, userId, known, fromSlack.get()));
    }

    /** Whether {@link #lookup} would answer with the stored record as it is, asking Slack nothing. */
    public boolean knownWithoutAsking(Person person) {
        return fresh(person, clock.instant());
    }

    private static boolean fresh(Person person, Instant now) {
        return person.refreshedAt() != null && person.refreshedAt().plus(REFRESH_AFTER).isAfter(now);
    }

    /** A profile change Slack pushed to us (user_change): store it at once. */
    public void apply(String teamId, SlackUser user) {
        Person known = people.findById(Person.key(teamId, user.id())).orElse(null);
        save(teamId, user.id(), known, user);
    }

    public Optional<Person> find(String teamId, String userId) {
        return stored(teamId, userId).map(this::withCurrentAdminFlag);
    }

    /** The stored record as a request reads it: from {@link PeopleCache}, without a round trip when warm. */
    private Optional<Person> stored(String teamId, String userId) {
        return cache.find(teamId, userId);
    }

    /**
     * The caller of a request, resolved once at its edge and passed down (no per-request memo: the
     * same code serves HTTP, Socket Mode and jobs). The stored record is read as it is (from
     * {@link PeopleCache}: no round trip when warm): the access check has just refreshed it from Slack
     * if it was stale.
     */
    public Caller caller(String teamId, String userId) {
        return Caller.of(teamId, userId, find(teamId, userId), clock.instant());
    }

    /** People were written behind this service's back (the sandbox's Reset demo): every instance reads them again. */
    public void peopleChanged(String teamId) {
        cache.changed(teamId);
    }

    /** The time zone to read someone's dates in; UTC for someone we have never seen. */
    public ZoneId zoneOf(String teamId, String userId) {
        return find(teamId, userId).map(Person::zone).orElse(ZoneOffset.UTC);
    }

    public String displayName(String teamId, String userId) {
        return find(teamId, userId).map(Person::displayName).orElse(userId);
    }

    /** Members of a workspace Liaison knows: no guests, outsiders, bots or deactivated accounts. */
    public List<Person> members(String teamId) {
        HeadsOfAccounts.Heads workspaceHeads = heads.of(teamId);
        return people.findByTeamId(teamId).stream()
                .filter(p -> !p.guest() && !p.stranger() && !p.bot() && !p.deleted())
                .filter(p -> p.homeTeamId() == null || p.homeTeamId().equals(teamId))
                .peek(p -> p.setAdmin(workspaceHeads.includes(p.userId(), p.workspaceAdmin())))
                .toList();
    }

    /**
     * Every workspace with at least one known person that Liaison still serves: one it was
     * uninstalled from keeps its data but gets no more digests, nudges or reports.
     */
    public List<String> workspaces() {
        return mongo.findDistinct(new Query(), "teamId", Person.class,
                String.class).stream().filter(installed::active).toList();
    }

    /** Whether Liaison still serves this workspace (see {@link #workspaces()}). */
    public boolean serves(String teamId) {
        return installed.active(teamId);
    }

    public Person setDigest(String teamId, String userId, LocalTime time) {
        return modify(teamId, userId, p -> p.setDigest(time));
    }

    public Person setWorkingHours(String teamId, String userId, LocalTime start, LocalTime end,
                                  Set<DayOfWeek> days) {
        return modify(teamId, userId, p -> p.setWorkingHours(start, end, days));
    }

    /** The person's own public-holiday code (validated by {@link HolidayRegions}); null: the workspace's default. */
    public Person setHolidayCode(String teamId, String userId, String code) {
        return modify(teamId, userId, p -> p.setHolidayCode(code));
    }

    private Person modify(String teamId, String userId, Consumer<Person> change) {
        for (int attempt = 1; ; attempt++) {
            // read from the database, not the cache: the write needs the stored version
            Person person = lookup(teamId, userId, people.findById(Person.key(teamId, userId)).orElse(null)).orElseThrow(() ->
                    new InvalidInputException("I can't find you in this workspace."));
            change.accept(person);
            try {
                return people.save(person);
            } catch (OptimisticLockingFailureException raced) {
                if (attempt >= 5) {
                    throw raced;
                }
            } finally {
                cache.changed(teamId);
            }
        }
    }

    /** Makes {@code leadId} the lead of each member (a person may lead only one team, and be in one). */
    public void setTeam(String teamId, String leadId, List<String> memberIds) {
        for (String member : memberIds) {
            modify(teamId, member, p -> p.setLeadId(leadId));
        }
    }

    /** {@code /liaison me mail off|on}: whether this person's mailbox is read for touches. */
    public Person setMailOff(String teamId, String userId, boolean off) {
        return modify(teamId, userId, p -> p.setMailOff(off));
    }

    public Person setCapacity(String teamId, String userId, int capacity) {
        return modify(teamId, userId, p -> p.setCapacity(capacity));
    }

    /** The people this person leads. */
    public List<Person> ledBy(String teamId, String leadId) {
        return members(teamId).stream().filter(p -> leadId.equals(p.leadId())).toList();
    }

    /** Same lead, the person excluded; empty when they have no lead. */
    public List<Person> teammatesOf(String teamId, String userId) {
        String lead = find(teamId, userId).map(Person::leadId).orElse(null);
        if (lead == null) {
            return List.of();
        }
        return members(teamId).stream().filter(p -> lead.equals(p.leadId()) && !p.userId().equals(userId)).toList();
    }

    /** Whether the caller may manage this person's team matters: their lead, or an admin. */
    public boolean mayManage(String teamId, String callerId, String userId) {
        return isAdmin(teamId, callerId) || find(teamId, userId).map(p -> callerId.equals(p.leadId())).orElse(false);
    }

    /** A head of accounts of this workspace ({@link HeadsOfAccounts}: nobody appoints themself). */
    public boolean isAdmin(String teamId, String userId) {
        boolean slackAdmin = stored(teamId, userId).map(Person::workspaceAdmin).orElse(false);
        return heads.of(teamId).includes(userId, slackAdmin);
    }

    /** The workspace's default time zone (its working hours'), for people whose Slack zone Java does not know. */
    private ZoneId workspaceZone(String teamId) {
        WorkspaceSettings settings = mongo.findById(teamId, WorkspaceSettings.class);
        return settings == null || settings.zone() == null ? null : settings.zoneId();
    }

    private Person save(String teamId, String userId, Person known, SlackUser user) {
        Person person = known != null ? known : new Person(teamId, userId, clock.instant());
        person.refresh(user, heads.of(teamId).includes(userId, user.workspaceAdmin()), workspaceZone(teamId),
                clock.instant());
        try {
            return people.save(person);
        } catch (OptimisticLockingFailureException raced) {
            // someone refreshed the same person at the same moment: theirs is as fresh as ours
            return people.findById(person.id()).orElse(person);
        } catch (DuplicateKeyException raced) {
            return people.findById(person.id()).orElse(person);
        } finally {
            cache.changed(teamId);
        }
    }

    private Person withCurrentAdminFlag(Person person) {
        // the heads of accounts may have changed since the record was written
        person.setAdmin(heads.of(person.teamId()).includes(person.userId(), person.workspaceAdmin()));
        return person;
    }
}
