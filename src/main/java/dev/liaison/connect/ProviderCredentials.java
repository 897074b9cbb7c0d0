package dev.liaison.connect;

/**
 * What Liaison needs to read one workspace's calendars and mailboxes from one provider. Secrets live
 * here only in memory: stored encrypted like bot tokens, never logged ({@link #toString()} hides them).
 */
public sealed interface ProviderCredentials {

    Provider provider();

    /**
     * A Google Workspace service account key (the JSON file Google hands out) with domain-wide
     * delegation; tokens come from the key's {@code token_uri}, API calls go to {@code apiUrl}
     * (default {@code https://www.googleapis.com/}).
     */
    record Google(String serviceAccountJson, String apiUrl) implements ProviderCredentials {
        @Override
        public Provider provider() {
            return Provider.GOOGLE;
        }

        @Override
        public String toString() {
            return "Google[apiUrl=" + apiUrl + ", key=(hidden)]";
        }
    }

    /**
     * A Microsoft Entra app (client credentials, app-only). Tokens from
     * {@code {loginUrl}{tenantId}/oauth2/v2.0/token}, Graph calls to {@code graphUrl}
     * (defaults {@code https://login.microsoftonline.com/}, {@code https://graph.microsoft.com/v1.0/}).
     */
    record Microsoft(String tenantId, String clientId, String clientSecret, String graphUrl, String loginUrl)
            implements ProviderCredentials {
        @Override
        public Provider provider() {
            return Provider.MICROSOFT;
        }

        @Override
        public String toString() {
            return "Microsoft[tenant=" + tenantId + ", client=" + clientId + ", graphUrl=" + graphUrl
                    + ", loginUrl=" + loginUrl + ", secret=(hidden)]";
        }
    }
}
