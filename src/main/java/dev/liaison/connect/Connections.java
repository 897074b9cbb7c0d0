package dev.liaison.connect;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.liaison.parsing.InvalidInputException;
import dev.liaison.workspace.WorkspaceSecrets;
import dev.liaison.workspace.Workspaces;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Which credentials each workspace's calendars and mailboxes are read with: the workspace's own
 * ({@code /liaison config calendar …}, sealed at rest) first, else, with one configured Slack workspace,
 * the operator's from the environment. In OAuth distribution the environment's serve no workspace: one
 * agency's Google domain is never read on behalf of another workspace.
 */
@Service
public class Connections {

    /** Where a workspace's connection comes from. */
    public enum Origin { WORKSPACE, OPERATOR }

    private final MongoTemplate mongo;
    private final WorkspaceSecrets secrets;
    private final ConnectionDefaults defaults;
    private final Workspaces workspaces;
    private final Clock clock;

    Connections(MongoTemplate mongo, WorkspaceSecrets secrets, ConnectionDefaults defaults, Workspaces workspaces,
                Clock clock) {
        this.mongo = mongo;
        this.secrets = secrets;
        this.defaults = defaults;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /** Every provider this workspace is connected to, Google first. */
    public List<ProviderCredentials> of(String teamId) {
        List<ProviderCredentials> all = new ArrayList<>();
        for (Provider provider : Provider.values()) {
            of(teamId, provider).ifPresent(all::add);
        }
        return all;
    }

    public Optional<ProviderCredentials> of(String teamId, Provider provider) {
        StoredConnection stored = mongo.findById(StoredConnection.id(teamId, provider), StoredConnection.class);
        if (stored != null) {
            return Optional.of(open(stored));
        }
        return workspaces.distributed() ? Optional.empty() : defaults.of(provider);
    }

    public Optional<Origin> origin(String teamId, Provider provider) {
        if (mongo.findById(StoredConnection.id(teamId, provider), StoredConnection.class) != null) {
            return Optional.of(Origin.WORKSPACE);
        }
        return !workspaces.distributed() && defaults.of(provider).isPresent() ? Optional.of(Origin.OPERATOR) : Optional.empty();
    }

    /** Whether this workspace could store credentials of its own (a key to seal them with). */
    public boolean canStore() {
        return secrets.canStore();
    }

    /**
     * Checks and stores a workspace's own connection, replacing the one before.
     *
     * @throws InvalidInputException saying what is wrong (never echoing a secret)
     */
    public ProviderCredentials save(String teamId, ProviderCredentials credentials, String by) {
        ProviderCredentials checked = checked(credentials);
        StoredConnection stored;
        if (checked instanceof ProviderCredentials.Google google) {
            stored = new StoredConnection(StoredConnection.id(teamId, Provider.GOOGLE), teamId, Provider.GOOGLE,
                    secrets.seal(teamId, google.serviceAccountJson()), google.apiUrl(), null, null, null, by, clock.instant());
        } else {
            var ms = (ProviderCredentials.Microsoft) checked;
            stored = new StoredConnection(StoredConnection.id(teamId, Provider.MICROSOFT), teamId, Provider.MICROSOFT,
                    secrets.seal(teamId, ms.clientSecret()), ms.graphUrl(), ms.tenantId(), ms.clientId(), ms.loginUrl(),
                    by, clock.instant());
        }
        mongo.save(stored);
        return checked;
    }

    /** {@code … off}: the workspace's own connection is gone; true when there was one. */
    public boolean remove(String teamId, Provider provider) {
        return mongo.remove(Query.query(Criteria.where("_id").is(StoredConnection.id(teamId, provider))),
                StoredConnection.class).getDeletedCount() > 0;
    }

    /** The credentials as they will be stored: checked, URLs defaulted and ending with a slash. */
    static ProviderCredentials checked(ProviderCredentials credentials) {
        if (credentials instanceof ProviderCredentials.Google google) {
            ProviderCredentialsPolicy.googleKeyProblem(google.serviceAccountJson()).ifPresent(Connections::refuse);
            if (google.apiUrl() != null && !google.apiUrl().isBlank()) {
                ProviderCredentialsPolicy.urlProblem(google.apiUrl(), "The API URL").ifPresent(Connections::refuse);
            }
            return new ProviderCredentials.Google(google.serviceAccountJson().strip(),
                    ProviderCredentialsPolicy.root(google.apiUrl(), ProviderCredentialsPolicy.GOOGLE_API));
        }
        var ms = (ProviderCredentials.Microsoft) credentials;
        ProviderCredentialsPolicy.microsoftProblem(ms.tenantId(), ms.clientId(), ms.clientSecret())
                .ifPresent(Connections::refuse);
        if (ms.graphUrl() != null && !ms.graphUrl().isBlank()) {
            ProviderCredentialsPolicy.urlProblem(ms.graphUrl(), "The Graph URL").ifPresent(Connections::refuse);
        }
        if (ms.loginUrl() != null && !ms.loginUrl().isBlank()) {
            ProviderCredentialsPolicy.urlProblem(ms.loginUrl(), "The login URL").ifPresent(Connections::refuse);
        }
        return new ProviderCredentials.Microsoft(ms.tenantId().strip(), ms.clientId().strip(), ms.clientSecret().strip(),
                ProviderCredentialsPolicy.root(ms.graphUrl(), ProviderCredentialsPolicy.GRAPH),
                ProviderCredentialsPolicy.root(ms.loginUrl(), ProviderCredentialsPolicy.LOGIN));
    }

    private static void refuse(String problem) {
        throw new InvalidInputException(problem);
    }

    private ProviderCredentials open(StoredConnection stored) {
        String secret = secrets.open(stored.teamId(), stored.sealedSecret());
        return stored.provider() == Provider.GOOGLE
                ? new ProviderCredentials.Google(secret, stored.apiUrl())
                : new ProviderCredentials.Microsoft(stored.tenantId(), stored.clientId(), secret, stored.apiUrl(),
                        stored.loginUrl());
    }
}
