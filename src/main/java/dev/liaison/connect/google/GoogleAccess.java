package dev.liaison.connect.google;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import dev.liaison.connect.ProviderCredentials;
import dev.liaison.connect.SyncFailure;

/**
 * Access to Google's APIs as one Workspace user through a service account with domain-wide delegation,
 * for one scope. The parsed key and each user's delegated credentials are kept (at most {@link #MOST}
 * users, least recently used first out), so Google's auth library reuses an access token until it is near
 * expiry instead of minting a JWT per call. Requests get the bearer header and nothing else: no retry on
 * 401 and no back-off, the sync decides what to do after a failure.
 */
final class GoogleAccess {

    static final String DEFAULT_API_URL = "https://www.googleapis.com/";
    private static final int MOST = 20_000;
    private static final int TIMEOUT_MILLIS = 20_000;

    static final HttpTransport TRANSPORT = new NetHttpTransport();

    private final String scope;
    private final Map<String, ServiceAccountCredentials> keys = lru();
    private final Map<String, GoogleCredentials> delegated = lru();

    GoogleAccess(String scope) {
        this.scope = scope;
    }

    /** The API root to call: the credentials' {@code apiUrl}, Google's by default, always ending in a slash. */
    static String rootUrl(ProviderCredentials.Google credentials) {
        String url = credentials.apiUrl() == null || credentials.apiUrl().isBlank() ? DEFAULT_API_URL
                : credentials.apiUrl().strip();
        return url.endsWith("/") ? url : url + "/";
    }

    /** Signs each request as {@code email}, with no retry of its own. */
    HttpRequestInitializer as(ProviderCredentials.Google credentials, String email) {
        GoogleCredentials user = credentialsFor(credentials, email);
        return request -> {
            request.setConnectTimeout(TIMEOUT_MILLIS);
            request.setReadTimeout(TIMEOUT_MILLIS);
            request.setNumberOfRetries(0);
            Map<String, List<String>> metadata;
            try {
                metadata = user.getRequestMetadata(URI.create(request.getUrl().build()));
            } catch (IOException e) {
                throw new TokenRefused(e);
            }
            metadata.forEach((name, values) -> request.getHeaders().set(name, values));
        };
    }

    /** After a 401 the token is not kept: the next sync mints a new one. */
    void forget(ProviderCredentials.Google credentials, String email) {
        synchronized (delegated) {
            delegated.remove(userKey(credentials, email));
        }
    }

    private GoogleCredentials credentialsFor(ProviderCredentials.Google credentials, String email) {
        String key = userKey(credentials, email);
        synchronized (delegated) {
            GoogleCredentials known = delegated.get(key);
            if (known != null) {
                return known;
            }
        }
        GoogleCredentials user = serviceAccount(credentials).createDelegated(email.toLowerCase(Locale.ROOT));
        synchronized (delegated) {
            return delegated.computeIfAbsent(key, k -> user);
        }
    }

    private ServiceAccountCredentials serviceAccount(ProviderCredentials.Google credentials) {
        String fingerprint = fingerprint(credentials.serviceAccountJson());
        synchronized (keys) {
            ServiceAccountCredentials known = keys.get(fingerprint);
            if (known != null) {
                return known;
            }
        }
        ServiceAccountCredentials parsed;
        try {
            parsed = ServiceAccountCredentials.fromStream(new ByteArrayInputStream(
                            credentials.serviceAccountJson().getBytes(StandardCharsets.UTF_8)))
                    // no hidden retries with back-off at the token endpoint either
                    .createWithCustomRetryStrategy(false);
        } catch (IOException | RuntimeException e) {
            // the message may quote the key: never pass it on
            throw new SyncFailure(SyncFailure.Kind.CREDENTIALS, "The Google service account key could not be read"
                    + " (not a service account JSON key file)");
        }
        ServiceAccountCredentials scoped = (ServiceAccountCredentials) parsed.createScoped(List.of(scope));
        synchronized (keys) {
            return keys.computeIfAbsent(fingerprint, k -> scoped);
        }
    }

    private static String userKey(ProviderCredentials.Google credentials, String email) {
        return fingerprint(credentials.serviceAccountJson()) + " " + email.toLowerCase(Locale.ROOT);
    }

    private static String fingerprint(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(key).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <V> Map<String, V> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MOST;
            }
        };
    }

    /** The token endpoint did not give a token (its answer, or the network on the way to it). */
    static final class TokenRefused extends IOException {
        TokenRefused(IOException cause) {
            super("The token endpoint refused", cause);
        }
    }
}
