package dev.liaison.connect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.liaison.StartupRefused;
import org.springframework.stereotype.Component;

/**
 * The operator's connections from the environment ({@code GOOGLE_*}, {@code MS_*}): the single workspace's
 * default. Checked at start-up (a file that is not a key, half of an Entra app) with a one-line refusal; the
 * key file is read from disk then, never from the network.
 */
@Component
class ConnectionDefaults {

    private final ProviderCredentials.Google google;
    private final ProviderCredentials.Microsoft microsoft;

    ConnectionDefaults(GoogleProperties googleProperties, MicrosoftProperties microsoftProperties) {
        this.google = google(googleProperties);
        this.microsoft = microsoft(microsoftProperties);
    }

    Optional<ProviderCredentials> of(Provider provider) {
        return Optional.ofNullable(provider == Provider.GOOGLE ? google : microsoft);
    }

    private static ProviderCredentials.Google google(GoogleProperties properties) {
        if (properties.serviceAccountFile().isBlank()) {
            return null;
        }
        String json;
        try {
            json = Files.readString(Path.of(properties.serviceAccountFile().strip()), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException unreadable) {
            throw new StartupRefused("GOOGLE_SERVICE_ACCOUNT_FILE cannot be read (" + unreadable.getClass().getSimpleName()
                    + "): give the path of the service account's JSON key");
        }
        ProviderCredentialsPolicy.googleKeyProblem(json).ifPresent(problem -> {
            throw new StartupRefused("GOOGLE_SERVICE_ACCOUNT_FILE is not a service account key: " + problem);
        });
        ProviderCredentialsPolicy.urlProblem(properties.apiUrl(), "GOOGLE_API_URL").ifPresent(problem -> {
            throw new StartupRefused(problem);
        });
        return new ProviderCredentials.Google(json, ProviderCredentialsPolicy.root(properties.apiUrl(),
                ProviderCredentialsPolicy.GOOGLE_API));
    }

    private static ProviderCredentials.Microsoft microsoft(MicrosoftProperties p) {
        List<String> missing = new ArrayList<>();
        if (p.tenantId().isBlank()) {
            missing.add("MS_TENANT_ID");
        }
        if (p.clientId().isBlank()) {
            missing.add("MS_CLIENT_ID");
        }
        if (p.clientSecret().isBlank()) {
            missing.add("MS_CLIENT_SECRET");
        }
        if (missing.size() == 3) {
            return null;
        }
        if (!missing.isEmpty()) {
            throw new StartupRefused("A Microsoft 365 connection needs MS_TENANT_ID, MS_CLIENT_ID and MS_CLIENT_SECRET; "
                    + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " missing");
        }
        ProviderCredentialsPolicy.microsoftProblem(p.tenantId(), p.clientId(), p.clientSecret()).ifPresent(problem -> {
            throw new StartupRefused("MS_TENANT_ID/MS_CLIENT_ID/MS_CLIENT_SECRET: " + problem);
        });
        ProviderCredentialsPolicy.urlProblem(p.graphUrl(), "MS_GRAPH_URL").or(
                () -> ProviderCredentialsPolicy.urlProblem(p.loginUrl(), "MS_LOGIN_URL")).ifPresent(problem -> {
                    throw new StartupRefused(problem);
                });
        return new ProviderCredentials.Microsoft(p.tenantId().strip(), p.clientId().strip(), p.clientSecret().strip(),
                ProviderCredentialsPolicy.root(p.graphUrl(), ProviderCredentialsPolicy.GRAPH),
                ProviderCredentialsPolicy.root(p.loginUrl(), ProviderCredentialsPolicy.LOGIN));
    }
}
