package dev.liaison.touch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.liaison.connect.Connections;
import dev.liaison.connect.MailChanges;
import dev.liaison.connect.MailSource;
import dev.liaison.connect.Provider;
import dev.liaison.connect.ProviderCredentials;
import dev.liaison.connect.SyncFailure;
import dev.liaison.connect.SyncHealth;
import dev.liaison.ops.logging.LogContext;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.people.WorkspaceSettingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The {@code mail-sync} job's work: for each workspace connected to Google or Microsoft, each person with
 * a Slack e-mail who has not opted out ({@code /liaison me mail off}) has their new mail's metadata read
 * from where the last run left it, and messages with clients become touches ({@link MailTouches}).
 * Without a connection it reads nothing. A provider's failures go to {@link SyncHealth}: broken credentials
 * stop this workspace's run and tell the heads once, a refused person is listed once, a throttle or an
 * outage pauses the job for that workspace.
 */
@Service
class MailSync {

    /** The job's name in {@link SyncHealth}'s pauses. */
    static final String JOB = "mail";
    /** A first read of a mailbox goes back this far. */
    static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(MailSync.class);

    private final Connections connections;
    private final Map<Provider, MailSource> sources;
    private final PeopleService people;
    private final WorkspaceSettingsService settings;
    private final MailTouches touches;
    private final SyncHealth health;
    private final MongoTemplate mongo;
    private final Clock clock;

    MailSync(Connections connections, List<MailSource> sources, PeopleService people, WorkspaceSettingsService settings,
             MailTouches touches, SyncHealth health, MongoTemplate mongo, Clock clock) {
        this.connections = connections;
        this.sources = sources.stream().collect(Collectors.toMap(MailSource::provider, Function.identity()));
        this.people = people;
        this.settings = settings;
        this.touches = touches;
        this.health = health;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** @return the touches logged, in every workspace */
    public int run() {
        int logged = 0;
        for (String teamId : people.workspaces()) {
            try (LogContext.Scope workspace = LogContext.workspace(teamId)) {
                try {
                    logged += run(teamId);
                } catch (RuntimeException e) {
                    // one workspace's trouble never holds up the others' mail
                    log.warn("mail-sync for workspace {} failed: {}", teamId, e.getMessage());
                }
            }
        }
        return logged;
    }

    int run(String teamId) {
        List<ProviderCredentials> connected = connections.of(teamId);
        if (connected.isEmpty()) {
            return 0;
        }
        List<Person> members = people.members(teamId);
        AgencyRoster agency = AgencyRoster.of(members.stream().map(AgencyRoster::member).toList());
        boolean subjects = settings.mailSubjects(teamId);
        int logged = 0;
        for (ProviderCredentials credentials : connected) {
            MailSource source = sources.get(credentials.provider());
            if (source == null || health.paused(teamId, credentials.provider(), JOB)) {
                continue;
            }
            logged += read(teamId, credentials, source, members, agency, subjects);
        }
        return logged;
    }

    private int read(String teamId, ProviderCredentials credentials, MailSource source, List<Person> members,
                     AgencyRoster agency, boolean subjects) {
        Provider provider = credentials.provider();
        int logged = 0;
        for (Person person : members) {
            if (person.email() == null || person.mailOff()) {
                continue;
            }
            MailCursor cursor = mongo.findById(MailCursor.id(teamId, provider, person.userId()), MailCursor.class);
            Instant now = clock.instant();
            // a cursor for another address (the person's Slack e-mail changed) is not theirs any more
            boolean same = cursor != null && person.email().equals(cursor.email());
            Instant since = same && cursor.readAt() != null ? cursor.readAt() : now.minus(FIRST_LOOK_BACK);
            MailChanges changes;
            try {
                changes = source.changes(credentials, person.email(), same ? cursor.cursor() : null, since, subjects);
            } catch (SyncFailure failure) {
                if (failure.kind() == SyncFailure.Kind.FORBIDDEN || failure.kind() == SyncFailure.Kind.NOT_FOUND) {
                    health.unreachable(teamId, provider, person.userId(), failure.kind());
                    continue;
                }
                if (health.failed(teamId, provider, JOB, failure)) {
                    return logged;
                }
                continue;
            }
            logged += touches.mailRead(teamId, agency, AgencyRoster.member(person), changes.messages(), subjects);
            mongo.save(new MailCursor(MailCursor.id(teamId, provider, person.userId()), teamId, provider,
                    person.userId(), person.email(), changes.nextCursor(), now));
            health.reachable(teamId, provider, person.userId());
        }
        health.worked(teamId, provider, JOB);
        health.tellUnreachable(teamId, provider);
        return logged;
    }
}
