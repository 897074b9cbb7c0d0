package dev.liaison.people;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.liaison.LiaisonProperties;
import dev.liaison.store.Sequences;
import dev.liaison.store.VersionedCache;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Per-workspace settings; the escalation channel falls back to LIAISON_ESCALATION_CHANNEL. Every
 * command reads them (who the heads of accounts are, the currency, the holidays), so they are cached
 * behind the workspace's {@link #VERSION}, which every write of the settings document bumps.
 */
@Service
public class WorkspaceSettingsService {

    /** The version of a workspace's settings document ({@link VersionedCache}). */
    public static final String VERSION = "workspace-settings";

    private final MongoTemplate mongo;
    private final LiaisonProperties properties;
    private final Clock clock;
    private final VersionedCache<WorkspaceSettings> cache;
    private final PeopleCache people;

    WorkspaceSettingsService(MongoTemplate mongo, LiaisonProperties properties, Clock clock, Sequences sequences,
                             PeopleCache people) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
        this.cache = new VersionedCache<>(sequences, VERSION);
        this.people = people;
    }

    public WorkspaceSettings of(String teamId) {
        return cache.get(teamId, "", () -> {
            WorkspaceSettings stored = mongo.findById(teamId, WorkspaceSettings.class);
            return stored != null ? stored : new WorkspaceSettings(teamId, null, null, null, null, null, null, null, null);
        });
    }

    /** The settings document was written: every instance reads it again. */
    public void changed(String teamId) {
        cache.changed(teamId);
    }

    public Optional<String> escalationChannel(String teamId) {
        String channel = of(teamId).escalationChannel();
        if (channel != null && !channel.isBlank()) {
            return Optional.of(channel);
        }
        return properties.escalationChannel().isBlank() ? Optional.empty() : Optional.of(properties.escalationChannel());
    }

    public void setEscalationChannel(String teamId, String channelId, String by) {
        mongo.upsert(Query.query(Criteria.where("_id").is(teamId)), new Update().set("escalationChannel", channelId)
                .set("updatedBy", by).set("updatedAt", clock.instant()), WorkspaceSettings.class);
        changed(teamId);
    }

    /** The heads of accounts named for this workspace (replacing any named before); only a head may. */
    public void setAdmins(String teamId, List<String> userIds, String by) {
        mongo.upsert(Query.query(Criteria.where("_id").is(teamId)), new Update().set("admins", userIds)
                .set("updatedBy", by).set("updatedAt", clock.instant()), WorkspaceSettings.class);
        changed(teamId);
    }

    /** Whether e-mail touches keep their subjects ({@code /liaison config mail-subjects on}); off unless a head turned it on. */
    public boolean mailSubjects(String teamId) {
        MailPreferences stored = mongo.findById(teamId, MailPreferences.class);
        return stored != null && stored.subjects();
    }

    public void setMailSubjects(String teamId, boolean on, String by) {
        mongo.upsert(Query.query(Criteria.where("_id").is(teamId)), new Update().set("subjects", on)
                .set("updatedBy", by).set("updatedAt", clock.instant()), MailPreferences.class);
    }

    /** The currency amounts are shown in, for the whole workspace; only a head of accounts may set it. */
    public void setCurrency(String teamId, Currency currency, String by) {
        mongo.upsert(Query.query(Criteria.where("_id").is(teamId)), new Update().set("currency",
                currency.getCurrencyCode()).set("updatedBy", by).set("updatedAt", clock.instant()), WorkspaceSettings.class);
        changed(teamId);
    }

    /** The workspace's currency (USD until a head of accounts sets another). */
    public Currency currency(String teamId) {
        return of(teamId).currencyOrDefault();
    }

    /** Working hours in the time zone of the admin who sets them. */
    public void setWorkingHours(String teamId, LocalTime start, LocalTime end, Set<DayOfWeek> days, String zone, String by) {
        mongo.upsert(Query.query(Criteria.where("_id").is(teamId)), new Update().set("workStart", start.toString())
                .set("workEnd", end.toString()).set("workDays", days.stream().sorted().toList()).set("zone", zone)
                .set("updatedBy", by).set("updatedAt", clock.instant()), WorkspaceSettings.class);
        changed(teamId);
        // the workspace's zone stands in for a Slack time zone Java does not know (Person.zone)
        mongo.updateMulti(Query.query(Criteria.where("teamId").is(teamId)), new Update().set("fallbackTz", zone),
                Person.class);
        people.changed(teamId);
    }
}
