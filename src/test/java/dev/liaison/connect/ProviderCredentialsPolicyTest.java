package dev.liaison.connect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderCredentialsPolicyTest {

    private static final String KEY = ServiceAccountKeys.key("liaison@agency.iam.gserviceaccount.com",
            "https://oauth2.googleapis.com/token");

    @Test
    void aServiceAccountKeyPasses() {
        assertThat(ProviderCredentialsPolicy.googleKeyProblem(KEY)).isEmpty();
        assertThat(KEY.length()).as("a key fits the modal's 3,000 characters").isLessThan(3000);
    }

    @Test
    void whatIsNotAKeySaysWhy() {
        assertThat(ProviderCredentialsPolicy.googleKeyProblem("")).hasValueSatisfying(p -> assertThat(p).contains("Paste"));
        assertThat(ProviderCredentialsPolicy.googleKeyProblem("{not json")).hasValueSatisfying(p -> assertThat(p).contains("not JSON"));
        assertThat(ProviderCredentialsPolicy.googleKeyProblem("[1,2]")).hasValueSatisfying(p -> assertThat(p).contains("JSON object"));
        assertThat(ProviderCredentialsPolicy.googleKeyProblem(KEY.replace("service_account", "authorized_user")))
                .hasValueSatisfying(p -> assertThat(p).contains("`type`"));
        assertThat(ProviderCredentialsPolicy.googleKeyProblem(KEY.replace("BEGIN PRIVATE KEY", "BEGIN NOTHING")))
                .hasValueSatisfying(p -> assertThat(p).contains("private_key"));
        assertThat(ProviderCredentialsPolicy.googleKeyProblem(KEY.replace("https://oauth2.googleapis.com/token", "oauth2")))
                .hasValueSatisfying(p -> assertThat(p).contains("token_uri"));
        assertThat(ProviderCredentialsPolicy.googleKeyProblem("{\"type\":\"service_account\"," + "\"x\":\"" + "a".repeat(20_001) + "\"}"))
                .hasValueSatisfying(p -> assertThat(p).contains("too long"));
    }

    @Test
    void anEntraAppNeedsATenantAClientIdAndASecret() {
        String tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        String client = "00001111-aaaa-2222-bbbb-3333cccc4444";
        assertThat(ProviderCredentialsPolicy.microsoftProblem(tenant, client, "s3cr3t~value")).isEmpty();
        assertThat(ProviderCredentialsPolicy.microsoftProblem("contoso.onmicrosoft.com", client, "s")).isEmpty();
        assertThat(ProviderCredentialsPolicy.microsoftProblem("not a tenant", client, "s"))
                .hasValueSatisfying(p -> assertThat(p).startsWith("The tenant"));
        assertThat(ProviderCredentialsPolicy.microsoftProblem(tenant, "app", "s"))
                .hasValueSatisfying(p -> assertThat(p).startsWith("The client ID"));
        assertThat(ProviderCredentialsPolicy.microsoftProblem(tenant, client, " "))
                .hasValueSatisfying(p -> assertThat(p).contains("client secret").doesNotContain(" s3cr3t"));
    }

    @Test
    void urlsAreHttpAndEndWithOneSlash() {
        assertThat(ProviderCredentialsPolicy.urlProblem("http://127.0.0.1:8089/google", "x")).isEmpty();
        assertThat(ProviderCredentialsPolicy.urlProblem("ftp://example.com/", "The Graph URL"))
                .hasValueSatisfying(p -> assertThat(p).startsWith("The Graph URL"));
        assertThat(ProviderCredentialsPolicy.urlProblem("javascript:alert(1)", "x")).isPresent();
        assertThat(ProviderCredentialsPolicy.root("http://127.0.0.1:1/graph", "d")).isEqualTo("http://127.0.0.1:1/graph/");
        assertThat(ProviderCredentialsPolicy.root(" ", ProviderCredentialsPolicy.GRAPH)).isEqualTo(ProviderCredentialsPolicy.GRAPH);
    }
}
