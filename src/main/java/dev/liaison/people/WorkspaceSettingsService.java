package dev.liaison.people;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.liaison.LiaisonProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Per-workspace settings; the escalation channel falls back to LIAISON_ESCALATION_CHANNEL. */
@Service
public class WorkspaceSettingsService {

    private final MongoTemplate mongo;
    private final LiaisonProperties properties;
    private final Clock clock;

    WorkspaceSettingsService(MongoTemplate mongo, LiaisonProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    public WorkspaceSettings of(String teamId) {
        WorkspaceSettings stored = mongo.findById(teamId, WorkspaceSettings.class);
        return stored != null ? stored : new WorkspaceSettings(teamId, null, null, null, null, null, null, null, null);
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
    }

    /** The heads of accounts named for this workspace (replacing any named before); only a head may. */
    public void setAdmins(String teamId, List<String> userIds, String by) {
        mongo.upsert(Query.query(Criteria.where("_id").is(teamId)), new Update().set("admins", userIds)
                .set("updatedBy", by).set("updatedAt", clock.instant()), WorkspaceSettings.class);
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
        // the workspace's zone stands in for a Slack time zone Java does not know (Person.zone)
        mongo.updateMulti(Query.query(Criteria.where("teamId").is(teamId)), new Update().set("fallbackTz", zone),
                Person.class);
    }
}
