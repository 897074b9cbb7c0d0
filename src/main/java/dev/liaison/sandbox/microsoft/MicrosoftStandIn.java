package dev.liaison.sandbox.microsoft;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import dev.liaison.connect.ProviderCredentials;
import dev.liaison.sandbox.microsoft.Mailbox.StoredEvent;
import dev.liaison.sandbox.microsoft.Mailbox.StoredMessage;

/**
 * A local stand-in for Microsoft 365, for the tests, the benchmark and the sandbox: Entra's token endpoint
 * ({@code POST {loginUrl}{tenant}/oauth2/v2.0/token}, client credentials) and the Graph v1.0 calls Liaison
 * makes ({@code calendarView/delta}, {@code mailboxSettings/automaticRepliesSetting}, {@code messages/delta} of
 * Inbox and Sent Items), answering with Graph's documented shapes, pages and delta links. One HTTPS server on
 * 127.0.0.1 and an ephemeral port (Entra's client refuses plain http); trust {@link #certificate()}.
 *
 * <p>Strict: a call without a token it issued, an unknown path or query parameter, or a message read that
 * could return bodies is answered with an error and listed in {@link #refusals()} (tests assert it empty).
 * Every call is recorded ({@link #calls()}). Its data is changed through {@link #addEvent}, {@link #moveEvent},
 * {@link #cancelEvent}, {@link #deleteEvent}, {@link #setAutomaticReplies}, {@link #addMessage}, on its own
 * {@link Clock}; failures are scripted per person ({@link #fail}) or for the app ({@link #revokeApp}).
 */
public final class MicrosoftStandIn implements AutoCloseable {

    /** The {@code Retry-After} of a {@link GraphFailure#THROTTLED} answer, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 7;

    private static final Pattern TOKEN_PATH = Pattern.compile("^/([^/]+)/oauth2/v2\\.0/token$");

    /** One Graph or token call: {@code endpoint} is {@code token}, {@code calendarView/delta},
     *  {@code automaticRepliesSetting}, {@code inbox/messages/delta} or {@code sentitems/messages/delta};
     *  {@code user} is the lower-case e-mail ({@code null} for {@code token}). */
    public record Call(String endpoint, String user) {
    }

    final Object lock = new Object();
    final Clock clock;
    final String tenantId;
    final String clientId;
    final String clientSecret;
    final Map<String, Mailbox> mailboxes = new ConcurrentHashMap<>();
    final Map<String, Instant> accessTokens = new ConcurrentHashMap<>(); // token → when issued
    volatile boolean appRevoked;
    volatile int pageSize = 10;

    private final List<Call> calls = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private final StandInTls tls;
    private final HttpsServer server;
    private final ExecutorService executor;
    private final EntraTokenEndpoint tokenEndpoint = new EntraTokenEndpoint(this);
    private final GraphApi graph = new GraphApi(this);
    private long ids;

    private MicrosoftStandIn(Clock clock, String tenantId, String clientId, String clientSecret) throws IOException {
        this.clock = clock;
        this.tenantId = tenantId;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.tls = StandInTls.load();
        this.server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.server.setHttpsConfigurator(new HttpsConfigurator(tls.context()));
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "microsoft-stand-in");
            thread.setDaemon(true);
            return thread;
        });
        this.server.setExecutor(executor);
        this.server.createContext("/", this::dispatch);
        this.server.start();
    }

    /** Starts a stand-in for one tenant and one Entra app (random ids and secret) on its own clock. */
    public static MicrosoftStandIn start(Clock clock) {
        try {
            return new MicrosoftStandIn(clock, UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    "stand-in-secret-" + UUID.randomUUID());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the Microsoft stand-in", e);
        }
    }

    /** {@code https://127.0.0.1:{port}/}: what {@code MS_LOGIN_URL} would be. */
    public String loginUrl() {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** {@code https://127.0.0.1:{port}/v1.0/}: what {@code MS_GRAPH_URL} would be. */
    public String graphUrl() {
        return loginUrl() + "v1.0/";
    }

    /** The app's credentials, pointing at this stand-in. */
    public ProviderCredentials.Microsoft credentials() {
        return new ProviderCredentials.Microsoft(tenantId, clientId, clientSecret, graphUrl(), loginUrl());
    }

    /** The self-signed certificate the stand-in serves (localhost, 127.0.0.1): what a client must trust. */
    public X509Certificate certificate() {
        return tls.certificate();
    }

    /** Adds a person (an empty mailbox); the data methods add them too. A person never added is an invalid user (404). */
    public void addUser(String email) {
        mailbox(email);
    }

    /** Puts an event in {@code email}'s calendar; returns its Graph id. The iCalendar UID is new. */
    public String addEvent(String email, GraphEvent event) {
        return addEvent(email, event, "040000008200E00074C5B7101A82E008" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** Puts an event with a given iCalendar UID (the same meeting in several calendars); returns its id. */
    public String addEvent(String email, GraphEvent event, String iCalUId) {
        synchronized (lock) {
            Mailbox mailbox = mailbox(email);
            String id = "AAMkAD" + (++ids) + "-" + UUID.randomUUID().toString().substring(0, 8);
            mailbox.events.put(id, new StoredEvent(id, iCalUId, event, mailbox.nextVersion(), clock.instant()));
            return id;
        }
    }

    /** Moves a timed event, or an all-day one (then {@code start}/{@code end}'s UTC days are its first and last day). */
    public void moveEvent(String email, String eventId, Instant start, Instant end) {
        change(email, eventId, stored -> {
            GraphEvent e = stored.event;
            stored.event = e.allDay()
                    ? new GraphEvent(e.subject(), null, null, Mailbox.day(start), Mailbox.day(end), e.showAs(), e.organizer(), e.attendees())
                    : new GraphEvent(e.subject(), start, end, null, null, e.showAs(), e.organizer(), e.attendees());
        });
    }

    /** The organizer cancelled it: it stays in the calendar with {@code isCancelled: true}. */
    public void cancelEvent(String email, String eventId) {
        change(email, eventId, stored -> stored.cancelled = true);
    }

    /** Deleted from the calendar: the next delta lists it as {@code @removed}. */
    public void deleteEvent(String email, String eventId) {
        change(email, eventId, stored -> stored.deleted = true);
    }

    /** Automatic replies {@code disabled}, {@code alwaysEnabled} or {@code scheduled} (then between start and end). */
    public void setAutomaticReplies(String email, String status, Instant scheduledStart, Instant scheduledEnd) {
        if (!List.of("disabled", "alwaysEnabled", "scheduled").contains(status)) {
            throw new IllegalArgumentException("Graph's automaticRepliesStatus is disabled, alwaysEnabled or scheduled");
        }
        synchronized (lock) {
            Mailbox mailbox = mailbox(email);
            Mailbox.AutoReply old = mailbox.autoReply;
            mailbox.autoReply = new Mailbox.AutoReply(status,
                    scheduledStart == null ? old.scheduledStart() : scheduledStart,
                    scheduledEnd == null ? old.scheduledEnd() : scheduledEnd, clock.instant());
        }
    }

    /**
     * Files a message in {@code email}'s {@code inbox} or {@code sentitems}, received (and sent) at the stand-in
     * clock's now; returns its id.
     */
    public String addMessage(String email, String folder, String from, List<String> to, List<String> cc, String subject) {
        String name = folder.toLowerCase(Locale.ROOT);
        synchronized (lock) {
            Mailbox mailbox = mailbox(email);
            List<StoredMessage> messages = mailbox.folders.get(name);
            if (messages == null) {
                throw new IllegalArgumentException("the stand-in has the folders inbox and sentitems");
            }
            String id = "AAMkAGI" + (++ids) + "-" + UUID.randomUUID().toString().substring(0, 8);
            Instant now = clock.instant();
            messages.add(new StoredMessage(id, from, List.copyOf(to), cc == null ? List.of() : List.copyOf(cc), subject,
                    now, now, mailbox.nextVersion()));
            return id;
        }
    }

    /** From now on, every Graph call for {@code email} gets {@code failure}; {@code null} clears it. */
    public void fail(String email, GraphFailure failure) {
        synchronized (lock) {
            mailbox(email).failure = failure;
        }
    }

    /** The app is deleted from the tenant: the token endpoint refuses it and tokens it had stop working. */
    public void revokeApp() {
        appRevoked = true;
    }

    /** The app is back. */
    public void restoreApp() {
        appRevoked = false;
    }

    /** {@code email}'s delta and skip tokens are forgotten: following one gets 410 {@code syncStateNotFound}. */
    public void expireDeltaTokens(String email) {
        synchronized (lock) {
            mailbox(email).tokenGeneration++;
        }
    }

    /** Items per page when the client sends no {@code Prefer: odata.maxpagesize} (default 10). */
    public void pageSize(int size) {
        this.pageSize = size;
    }

    /** Every call so far, in order. */
    public List<Call> calls() {
        synchronized (lock) {
            return List.copyOf(calls);
        }
    }

    /** How many calls went to {@code endpoint} (see {@link Call}). */
    public long calls(String endpoint) {
        return calls().stream().filter(c -> c.endpoint().equals(endpoint)).count();
    }

    /** How many Graph calls were about {@code email}. */
    public long callsFor(String email) {
        String user = email.toLowerCase(Locale.ROOT);
        return calls().stream().filter(c -> user.equals(c.user())).count();
    }

    /** What the stand-in refused because no well-behaved client would send it: a test expects none. */
    public List<String> refusals() {
        synchronized (lock) {
            return List.copyOf(refusals);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // --- the HTTP side, for EntraTokenEndpoint and GraphApi ---

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Matcher token = TOKEN_PATH.matcher(path);
            if (token.matches()) {
                tokenEndpoint.handle(exchange, token.group(1));
            } else if (path.startsWith("/v1.0/")) {
                graph.handle(exchange);
            } else {
                refuse(exchange, 404, "unknown path " + exchange.getRequestMethod() + " " + path,
                        graph.error("BadRequest", "Invalid version: " + path));
            }
        } catch (RuntimeException e) {
            synchronized (lock) {
                refusals.add("stand-in failed on " + exchange.getRequestURI() + ": " + e);
            }
            throw e;
        }
    }

    void record(String endpoint, String user) {
        synchronized (lock) {
            calls.add(new Call(endpoint, user));
        }
    }

    void refuse(HttpExchange exchange, int status, String why, JsonObject body) throws IOException {
        synchronized (lock) {
            refusals.add(why);
        }
        answer(exchange, status, body);
    }

    void answer(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Mailbox mailbox(String email) {
        return mailboxes.computeIfAbsent(email.toLowerCase(Locale.ROOT), e -> new Mailbox(e, clock.instant()));
    }

    private void change(String email, String eventId, java.util.function.Consumer<StoredEvent> change) {
        synchronized (lock) {
            Mailbox mailbox = mailbox(email);
            StoredEvent stored = mailbox.events.get(eventId);
            if (stored == null) {
                throw new IllegalArgumentException("no event " + eventId + " in " + email + "'s calendar");
            }
            change.accept(stored);
            stored.version = mailbox.nextVersion();
            stored.modified = clock.instant();
        }
    }
}
