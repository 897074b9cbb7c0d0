package dev.liaison.people;

import java.util.List;
import java.util.Set;

import dev.liaison.LiaisonProperties;
import dev.liaison.workspace.Installation;
import dev.liaison.workspace.Workspaces;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Who the heads of accounts of a workspace are (docs/configuration.md "Your workspace"):
 * <ul>
 * <li>the operator's {@code LIAISON_ADMINS};</li>
 * <li>those a head named with {@code /liaison config admins}; until someone does, whoever first installed
 *     Liaison in the workspace through OAuth (a reinstall keeps the first installer, see
 *     {@link Workspaces#installed}, so reinstalling neither promotes nor demotes anyone);</li>
 * <li>while a workspace has none of these, its Slack owners and admins, so it is never without one.</li>
 * </ul>
 * In OAuth distribution one deployment serves many agencies: an operator's id counts only in a
 * workspace where that person is known, so the operator's heads do not stand in for another agency's.
 */
@Component
public class HeadsOfAccounts {

    /** One workspace's heads, read once (for a list of people, once for all of them). */
    public record Heads(Set<String> operator, List<String> named, boolean slackAdminsCount) {
        public boolean includes(String userId, boolean slackOwnerOrAdmin) {
            return userId != null && (operator.contains(userId) || named.contains(userId)
                    || slackAdminsCount && slackOwnerOrAdmin);
        }
    }

    private final Set<String> operator;
    private final WorkspaceSettingsService settings;
    private final Workspaces workspaces;
    private final MongoTemplate mongo;

    HeadsOfAccounts(LiaisonProperties properties, WorkspaceSettingsService settings, Workspaces workspaces,
                    MongoTemplate mongo) {
        this.operator = properties.adminIds();
        this.settings = settings;
        this.workspaces = workspaces;
        this.mongo = mongo;
    }

    public Heads of(String teamId) {
        List<String> named = named(teamId);
        boolean slackAdminsCount = named.isEmpty() && !operatorHeadsIn(teamId);
        return new Heads(operator, named, slackAdminsCount);
    }

    /** Named with /liaison config admins; before anyone was, the first OAuth installer. */
    public List<String> named(String teamId) {
        List<String> configured = settings.of(teamId).admins();
        if (configured != null) {
            return List.copyOf(configured);
        }
        return workspaces.installation(teamId).filter(Installation::active).map(Installation::installerUserId)
                .map(List::of).orElse(List.of());
    }

    private boolean operatorHeadsIn(String teamId) {
        if (operator.isEmpty()) {
            return false;
        }
        if (!workspaces.distributed()) {
            return true;
        }
        List<String> keys = operator.stream().map(id -> Person.key(teamId, id)).toList();
        return mongo.exists(Query.query(Criteria.where("_id").in(keys)), Person.class);
    }
}
