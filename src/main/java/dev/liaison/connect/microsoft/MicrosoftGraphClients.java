package dev.liaison.connect.microsoft;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import com.azure.core.credential.SimpleTokenCache;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpClient;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.core.http.policy.FixedDelayOptions;
import com.azure.core.http.policy.RetryOptions;
import com.azure.identity.ClientSecretCredential;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.microsoft.graph.core.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.http.middleware.RetryHandler;

import dev.liaison.connect.ProviderCredentials;
import io.netty.handler.ssl.SslContextBuilder;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import reactor.netty.http.Http11SslContextSpec;

/**
 * One Graph client per Entra app: the credential (azure-identity's {@link ClientSecretCredential}, whose
 * MSAL cache holds the app's token) and the SDK's client are made once per tenant, app, secret and URLs, so
 * one token serves every mailbox of a workspace. A changed secret (rotated through
 * {@code /liaison config calendar microsoft}) makes a new one.
 *
 * <p>Neither the SDK nor azure-identity retries: the Graph client is built without the SDK's
 * {@link RetryHandler} (which would sleep on a 429's {@code Retry-After} inside the call) and the token
 * pipeline with no retries, so a throttle or an outage reaches the sync as a {@code SyncFailure} and the
 * sync decides when to come back.
 */
final class MicrosoftGraphClients {

    static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";

    private record Key(String tenantId, String clientId, String graphUrl, String loginUrl) {
    }

    private record Entry(String secretFingerprint, GraphServiceClient client) {
    }

    private final Map<Key, Entry> clients = new ConcurrentHashMap<>();
    private final Trust trust;

    /** Clients that trust the JVM's certificate authorities (Microsoft's endpoints). */
    MicrosoftGraphClients() {
        this.trust = null;
    }

    /**
     * Clients that also trust {@code certificate}: a local stand-in's self-signed one (the sandbox), or a
     * proxy's that inspects TLS. The JVM's authorities stay trusted.
     */
    MicrosoftGraphClients(X509Certificate certificate) {
        this.trust = Trust.alsoTrusting(certificate);
    }

    GraphServiceClient client(ProviderCredentials.Microsoft credentials) {
        Key key = new Key(credentials.tenantId(), credentials.clientId(), credentials.graphUrl(), credentials.loginUrl());
        String fingerprint = fingerprint(credentials.clientSecret());
        return clients.compute(key, (k, old) -> old != null && old.secretFingerprint().equals(fingerprint) ? old
                : new Entry(fingerprint, build(credentials))).client();
    }

    private GraphServiceClient build(ProviderCredentials.Microsoft credentials) {
        ClientSecretCredentialBuilder credential = new ClientSecretCredentialBuilder()
                .tenantId(credentials.tenantId())
                .clientId(credentials.clientId())
                .clientSecret(credentials.clientSecret())
                .authorityHost(credentials.loginUrl())
                // instance discovery asks login.microsoftonline.com about the authority: not for a sovereign
                // cloud's or a stand-in's login URL, which is used as given
                .disableInstanceDiscovery()
                .retryOptions(new RetryOptions(new FixedDelayOptions(0, Duration.ofMillis(1))));
        OkHttpClient.Builder http = GraphClientFactory.create(withoutRetries(
                GraphClientFactory.createDefaultGraphInterceptors(GraphServiceClient.getGraphClientOptions())));
        if (trust != null) {
            credential.httpClient(trust.azureHttpClient());
            http.sslSocketFactory(trust.context().getSocketFactory(), trust.manager());
        }
        String graphUrl = credentials.graphUrl().endsWith("/")
                ? credentials.graphUrl().substring(0, credentials.graphUrl().length() - 1) : credentials.graphUrl();
        // The token goes to the configured Graph host only, for Graph's scope whatever that host is. Without
        // continuous access evaluation: with it every token request carries claims, and MSAL skips its cache
        // for a request with claims (a token per call instead of one per app)
        AzureIdentityAuthenticationProvider auth = new AzureIdentityAuthenticationProvider(oneToken(credential.build()),
                new String[] {URI.create(graphUrl).getHost()}, null, false, GRAPH_SCOPE);
        GraphServiceClient client = new GraphServiceClient(auth, http.build());
        client.getRequestAdapter().setBaseUrl(graphUrl);
        return client;
    }

    /**
     * The app's token, asked for again only when it nears expiry. MSAL has a cache of its own, but it misses
     * for an authority with a port (a stand-in's: each call took a new token); azure-core's
     * {@link SimpleTokenCache} keeps "one token for every mailbox" true whatever the authority looks like.
     */
    private static TokenCredential oneToken(TokenCredential credential) {
        SimpleTokenCache cache = new SimpleTokenCache(() -> credential.getToken(new TokenRequestContext().addScopes(GRAPH_SCOPE)));
        return request -> cache.getToken();
    }

    private static List<Interceptor> withoutRetries(Interceptor[] interceptors) {
        return Arrays.stream(interceptors).filter(i -> !(i instanceof RetryHandler)).toList();
    }

    private static String fingerprint(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JVM's authorities plus one certificate, for both HTTP stacks (OkHttp for Graph, Netty for Entra). */
    private record Trust(SSLContext context, X509TrustManager manager, TrustManagerFactory factory) {

        static Trust alsoTrusting(X509Certificate certificate) {
            try {
                TrustManagerFactory defaults = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                defaults.init((KeyStore) null);
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                int i = 0;
                for (TrustManager manager : defaults.getTrustManagers()) {
                    if (manager instanceof X509TrustManager x509) {
                        for (X509Certificate authority : x509.getAcceptedIssuers()) {
                            store.setCertificateEntry("authority-" + i++, authority);
                        }
                    }
                }
                store.setCertificateEntry("also-trusted", certificate);
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(store);
                X509TrustManager manager = Arrays.stream(factory.getTrustManagers())
                        .filter(X509TrustManager.class::isInstance).map(X509TrustManager.class::cast)
                        .findFirst().orElseThrow();
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new TrustManager[] {manager}, null);
                return new Trust(context, manager, factory);
            } catch (GeneralSecurityException | java.io.IOException e) {
                throw new IllegalStateException("cannot build the trust store", e);
            }
        }

        HttpClient azureHttpClient() {
            reactor.netty.http.client.HttpClient netty = reactor.netty.http.client.HttpClient.create()
                    .secure(spec -> spec.sslContext(Http11SslContextSpec.forClient()
                            .configure((SslContextBuilder builder) -> builder.trustManager(factory))));
            return new NettyAsyncHttpClientBuilder(netty).build();
        }
    }
}
