package dev.liaison.connect;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator's Microsoft 365 connection for the single workspace: {@code MS_TENANT_ID}, {@code MS_CLIENT_ID},
 * {@code MS_CLIENT_SECRET} (an Entra app, client credentials), {@code MS_GRAPH_URL}, {@code MS_LOGIN_URL}.
 */
@ConfigurationProperties("ms")
record MicrosoftProperties(@DefaultValue("") String tenantId, @DefaultValue("") String clientId,
                           @DefaultValue("") String clientSecret,
                           @DefaultValue(ProviderCredentialsPolicy.GRAPH) String graphUrl,
                           @DefaultValue(ProviderCredentialsPolicy.LOGIN) String loginUrl) {

    @Override
    public String toString() {
        return "MicrosoftProperties[tenantId=" + tenantId + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret.isBlank() ? "unset" : "set") + ", graphUrl=" + graphUrl + ", loginUrl=" + loginUrl + "]";
    }
}
