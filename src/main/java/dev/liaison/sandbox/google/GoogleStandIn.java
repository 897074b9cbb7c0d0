package dev.liaison.sandbox.google;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Google Workspace, as strict as Google about what it receives: the OAuth token
 * endpoint (JWT-bearer grant of a service account with domain-wide delegation), Calendar API v3
 * {@code events.list} and Gmail API v1 (messages, history, profile) under the {@code calendar.readonly} and
 * {@code gmail.metadata} scopes, answered in Google's documented shapes. One plain JDK HTTP server on
 * 127.0.0.1 and an ephemeral port.
 *
 * <p>What a correct client never sends (no bearer token, a token for another user, an unknown path or
 * parameter, a bad JWT signature, {@code q} or {@code format=full} under the metadata scope…) is answered
 * as Google would and recorded in {@link #refusals()}, which tests assert empty. Every call is counted per
 * user ({@link #calls(GoogleCall, String)}). Data (events, messages) is put in with {@link #putEvent},
 * {@link #cancelEvent}, {@link #addMessage}; timestamps come from the clock given to {@link #start(Clock)};
 * tokens and JWTs are checked against the real time, as the client's auth library mints them by it.
 *
 * <pre>{@code
 * GoogleStandIn google = GoogleStandIn.start(clock);
 * String keyJson = google.newServiceAccount("liaison@agency.iam.gserviceaccount.com");
 * google.putEvent("ann@agency.com", StandInEvent.outOfOffice("ooo1", "ann@agency.com", from, to));
 * ProviderCredentials creds = new ProviderCredentials.Google(keyJson, google.apiUrl());
 * }</pre>
 */
public final class GoogleStandIn implements AutoCloseable {

    /** The Calendar scope an admin grants Liaison's service account. */
    public static final String CALENDAR_READONLY = "https://www.googleapis.com/auth/calendar.readonly";
    /** The Gmail scope an admin grants Liaison's service account: headers and labels, never bodies. */
    public static final String GMAIL_METADATA = "https://www.googleapis.com/auth/gmail.metadata";

    private static final Pattern EVENTS = Pattern.compile("/calendar/v3/calendars/([^/]+)/events");
    private static final Pattern GMAIL = Pattern.compile("/gmail/v1/users/([^/]+)/(messages|history|profile)(?:/([^/]+))?");

    private final HttpServer server;
    private final ExecutorService threads;
    private final StandInData data;
    private final TokenEndpoint tokens;
    private final CalendarApi calendar;
    private final GmailApi gmail;
    private final String root;

    private GoogleStandIn(Clock clock, Clock tokenClock) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.root = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        this.data = new StandInData(clock, tokenClock);
        BearerCheck bearer = new BearerCheck(data);
        Pages pages = new Pages(data);
        this.tokens = new TokenEndpoint(data, tokenUri());
        this.calendar = new CalendarApi(data, bearer, pages);
        this.gmail = new GmailApi(data, bearer, pages);
        this.threads = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "google-stand-in");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts the stand-in on 127.0.0.1 and a free port; data timestamps come from {@code clock}. */
    public static GoogleStandIn start(Clock clock) {
        return start(clock, Clock.systemUTC());
    }

    /** As {@link #start(Clock)}, with the clock tokens and JWT lifetimes are checked against. */
    public static GoogleStandIn start(Clock clock, Clock tokenClock) {
        try {
            return new GoogleStandIn(clock, tokenClock);
        } catch (IOException e) {
            throw new IllegalStateException("The Google stand-in could not listen on 127.0.0.1", e);
        }
    }

    /** The API root to give the client ({@code GOOGLE_API_URL}), ending in a slash. */
    public String apiUrl() {
        return root;
    }

    /** The token endpoint, written as {@code token_uri} in the keys {@link #newServiceAccount} hands out. */
    public String tokenUri() {
        return root + "token";
    }

    /**
     * Registers a service account with a fresh RSA key, granted both scopes for the whole domain, and returns
     * its key file (the JSON Google hands out), {@code token_uri} pointing here.
     */
    public String newServiceAccount(String clientEmail) {
        return newServiceAccount(clientEmail, Set.of(CALENDAR_READONLY, GMAIL_METADATA));
    }

    /** As {@link #newServiceAccount(String)}, with only {@code grantedScopes} granted by the admin. */
    public String newServiceAccount(String clientEmail, Set<String> grantedScopes) {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String keyId = data.opaque("") + "0000";
        data.accounts.put(clientEmail, new StandInData.ServiceAccount(clientEmail, keyId, pair.getPublic(),
                Set.copyOf(grantedScopes), false));
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        JsonObject key = new JsonObject();
        key.addProperty("type", "service_account");
        key.addProperty("project_id", "liaison-stand-in");
        key.addProperty("private_key_id", keyId);
        key.addProperty("private_key", pem);
        key.addProperty("client_email", clientEmail);
        key.addProperty("client_id", "1" + String.format("%020d", Math.abs((long) clientEmail.hashCode())));
        key.addProperty("auth_uri", "https://accounts.google.com/o/oauth2/auth");
        key.addProperty("token_uri", tokenUri());
        key.addProperty("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs");
        key.addProperty("client_x509_cert_url", root + "robot/v1/metadata/x509/" + clientEmail);
        key.addProperty("universe_domain", "googleapis.com");
        return key.toString();
    }

    /** The key was deleted or domain-wide delegation revoked: the token endpoint answers {@code invalid_grant}. */
    public void revoke(String clientEmail) {
        data.accounts.computeIfPresent(clientEmail, (k, a) -> new StandInData.ServiceAccount(a.clientEmail(),
                a.keyId(), a.publicKey(), a.grantedScopes(), true));
    }

    /**
     * From now on the token endpoint answers the service account's requests with {@code failure}'s status (a
     * 5xx, or 429 with its {@code Retry-After}) until {@link #recoverTokens}.
     */
    public void failTokens(String clientEmail, StandInFailure failure) {
        data.tokenFailures.put(clientEmail, failure);
    }

    public void recoverTokens(String clientEmail) {
        data.tokenFailures.remove(clientEmail);
    }

    /** Adds a user of the domain (their calendar in {@code zone}); events and messages add one in UTC if needed. */
    public void addUser(String email, ZoneId zone) {
        synchronized (data) {
            data.user(email).zone = zone;
        }
    }

    /** Adds an event to the user's primary calendar, or changes it (moved, retitled) if its id is there. */
    public void putEvent(String user, StandInEvent event) {
        synchronized (data) {
            StandInData.User owner = data.user(user);
            StandInData.StoredEvent before = owner.events.get(event.id());
            java.time.Instant now = data.clock.instant();
            owner.events.put(event.id(), new StandInData.StoredEvent(event, false, ++owner.calendarSeq,
                    before == null ? now : before.created(), now));
        }
    }

    /** Cancels (deletes) an event: incremental listings give it as {@code status: cancelled}. */
    public void cancelEvent(String user, String eventId) {
        synchronized (data) {
            StandInData.User owner = data.user(user);
            StandInData.StoredEvent before = owner.events.get(eventId);
            if (before == null) {
                throw new IllegalArgumentException("No event " + eventId + " in " + user + "'s calendar");
            }
            owner.events.put(eventId, new StandInData.StoredEvent(before.event(), true, ++owner.calendarSeq,
                    before.created(), data.clock.instant()));
        }
    }

    /** Adds a message to the user's mailbox (a new history record) and returns its id. */
    public String addMessage(String user, StandInMessage message) {
        synchronized (data) {
            StandInData.User owner = data.user(user);
            String id = data.nextMessageId();
            owner.messages.add(new StandInData.StoredMessage(id, message, ++owner.historyId));
            return id;
        }
    }

    /** Every sync token given for the user's calendar expires: the next incremental listing gets 410. */
    public void expireSyncTokens(String user) {
        synchronized (data) {
            String email = data.user(user).email;
            synchronized (data.syncTokens) {
                data.syncTokens.values().removeIf(p -> p.user().equals(email));
            }
        }
    }

    /** The user's mail history so far is no longer kept: a {@code startHistoryId} up to now gets 404. */
    public void expireHistory(String user) {
        synchronized (data) {
            StandInData.User owner = data.user(user);
            owner.oldestHistoryId = owner.historyId + 1;
        }
    }

    /** From now on, the user's API calls (after a valid token) answer {@code failure}, until {@link #recover}. */
    public void failUser(String user, StandInFailure failure) {
        synchronized (data) {
            data.user(user).failure = failure;
        }
    }

    public void recover(String user) {
        synchronized (data) {
            data.user(user).failure = null;
        }
    }

    /** How many times {@code call} was made for {@code user} (by the token's user; for {@link GoogleCall#TOKEN} its {@code sub}). */
    public int calls(GoogleCall call, String user) {
        return data.calls(call, user);
    }

    /** How many times {@code call} was made, all users together. */
    public int calls(GoogleCall call) {
        return data.calls(call);
    }

    /** Forgets the counted calls (e.g. between a benchmark's full and incremental rounds). */
    public void resetCalls() {
        data.calls.clear();
    }

    /** What a correct client never sends, in the order received (method, path and why). Tests assert it empty. */
    public List<String> refusals() {
        return List.copyOf(data.refusals);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        try (exchange) {
            try {
                Incoming in = Incoming.read(exchange);
                respond(exchange, 200, route(in), null);
            } catch (ApiError e) {
                if (e.refusal()) {
                    data.refusals.add(exchange.getRequestMethod() + " " + path + ": " + e.getMessage());
                }
                respond(exchange, e.status(), e.body(), e);
            } catch (RuntimeException e) {
                data.refusals.add(exchange.getRequestMethod() + " " + path + ": the stand-in failed: " + e);
                ApiError error = ApiError.api(500, "global", "backendError", "Stand-in failure", null, true);
                respond(exchange, 500, error.body(), error);
            }
        }
    }

    private JsonObject route(Incoming in) {
        String path = in.path();
        if (path.equals("/token")) {
            return tokens.answer(in);
        }
        Matcher events = EVENTS.matcher(path);
        Matcher gmailPath = GMAIL.matcher(path);
        boolean known = events.matches() || gmailPath.matches();
        if (!known) {
            throw ApiError.notFound("No such path on the Google stand-in: " + path, true);
        }
        if (!in.method().equals("GET")) {
            throw ApiError.api(405, "global", "httpMethodNotAllowed", "Method " + in.method() + " not allowed here",
                    null, true);
        }
        if (events.matches()) {
            return calendar.events(in, events.group(1));
        }
        String userId = java.net.URLDecoder.decode(gmailPath.group(1), StandardCharsets.UTF_8);
        String resource = gmailPath.group(2);
        String id = gmailPath.group(3);
        return switch (resource) {
            case "messages" -> id == null ? gmail.messages(in, userId) : gmail.message(in, userId, id);
            case "history" -> only(id, () -> gmail.history(in, userId));
            default -> only(id, () -> gmail.profile(in, userId));
        };
    }

    private static JsonObject only(String id, java.util.function.Supplier<JsonObject> answer) {
        if (id != null) {
            throw ApiError.notFound("No such path on the Google stand-in", true);
        }
        return answer.get();
    }

    private static void respond(HttpExchange exchange, int status, JsonObject body, ApiError error) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        if (error != null && error.retryAfter() != null) {
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(error.retryAfter().toSeconds()));
        }
        if (status == 401 && error != null && !exchange.getRequestURI().getPath().equals("/token")) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public String toString() {
        return "GoogleStandIn[" + root + "]";
    }
}
