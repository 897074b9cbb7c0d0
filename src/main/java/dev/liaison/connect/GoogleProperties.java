package dev.liaison.connect;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator's Google Workspace connection for the single workspace: {@code GOOGLE_SERVICE_ACCOUNT_FILE}
 * (a service account key with domain-wide delegation) and {@code GOOGLE_API_URL}.
 */
@ConfigurationProperties("google")
record GoogleProperties(@DefaultValue("") String serviceAccountFile,
                        @DefaultValue(ProviderCredentialsPolicy.GOOGLE_API) String apiUrl) {
}
