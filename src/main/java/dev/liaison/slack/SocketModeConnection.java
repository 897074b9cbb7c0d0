package dev.liaison.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.bolt.App;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Liaison's link to Slack in Socket Mode: Bolt's SocketModeApp (apps.connections.open with the
 * app-level token, then the WebSocket it names) feeding the same {@link App} and listeners as the
 * HTTP endpoint. Bolt already follows Slack's {@code disconnect} envelope to a fresh URL; this class
 * owns everything else about staying connected. Bolt's own session monitor retries every few seconds
 * forever and dies on an {@code ok:false} from apps.connections.open, so it is replaced by a
 * supervisor that checks the socket (ping/pong) and reconnects with exponential backoff and jitter,
 * and keeps the state the health endpoint shows.
 */
public final class SocketModeConnection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);
    private static final int CONCURRENCY = 10;
    static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
    /** How long a stop waits for requests in hand to be answered (Slack wants an ack within 3 s). */
    static final Duration DRAIN = Duration.ofSeconds(5);

    public enum State { STARTING, CONNECTED, RECONNECTING, STOPPED }

    /** What the health endpoint shows. */
    public record Status(State state, Instant since, int connections, int failedAttempts, String lastError) {
    }

    private final App app;
    private final String appToken;
    private final Clock clock;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;
    private final ScheduledExecutorService supervisor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "socket-mode-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger connections = new AtomicInteger();
    private volatile SocketModeApp socketApp;
    private volatile SocketModeClient wired;
    private volatile boolean running;
    private volatile State state = State.STOPPED;
    private volatile Instant since;
    private volatile String lastError;
    /** Attempts since the last hello; drives the backoff. Only the supervisor thread writes it. */
    private volatile int failures;
    /** System.nanoTime() before which no new attempt is made: backoff is wall time, not business time. */
    private volatile long nextAttemptNanos = System.nanoTime();

    private final SocketModeEnvelopes envelopes;

    SocketModeConnection(App app, String appToken, Clock clock, SocketModeEnvelopes envelopes) {
        this.app = app;
        this.envelopes = envelopes;
        this.appToken = appToken;
        this.clock = clock;
        app.use(this::track);
    }

    /**
     * Counts the Socket Mode requests in hand, and while stopping leaves new ones unanswered: Bolt
     * then sends no ack, and Slack gives the envelope to another connection (another instance, or
     * this one after a restart) instead of it being half-handled here.
     */
    private Response track(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (!req.isSocketMode()) {
            return chain.next(req);
        }
        if (draining) {
            return Response.builder().statusCode(503).body("stopping").build();
        }
        inFlight.incrementAndGet();
        try {
            return chain.next(req);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    public Status status() {
        return new Status(state, since, connections.get(), failures, lastError);
    }

    @Override
    public void start() {
        running = true;
        state = State.STARTING;
        since = clock.instant();
        supervisor.execute(this::supervise);
        supervisor.scheduleWithFixedDelay(this::supervise, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** One look at the connection: fine, or time for the next attempt, or still backing off. */
    private void supervise() {
        if (!running) {
            return;
        }
        try {
            SocketModeClient client = socketApp == null ? null : socketApp.getClient();
            if (client != null && client.verifyConnection()) {
                if (state != State.CONNECTED) {
                    connected();
                }
                return;
            }
            if (state == State.CONNECTED) {
                log.warn("The Socket Mode connection is gone; reconnecting");
                state = State.RECONNECTING;
                since = clock.instant();
            }
            if (System.nanoTime() - nextAttemptNanos < 0) {
                return;
            }
            attempt(client);
        } catch (RuntimeException e) {
            // nothing may kill the supervisor: it is the only thing that reconnects
            log.warn("Socket Mode supervisor: {}", e.getMessage());
        }
    }

    private void attempt(SocketModeClient client) {
        failures++;
        Duration wait = backoff(failures);
        nextAttemptNanos = System.nanoTime() + wait.toNanos();
        // looked at again when the wait is over (a connection that opens meanwhile says hello first)
        supervisor.schedule(this::supervise, wait.toMillis() + 10, TimeUnit.MILLISECONDS);
        try {
            if (client == null) {
                if (socketApp == null) {
                    socketApp = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket, CONCURRENCY);
                }
                socketApp.startAsync();
                wire(socketApp.getClient());
            } else {
                client.connectToNewEndpoint();
            }
        } catch (Exception e) {
            // e.g. apps.connections.open refused (IllegalStateException) or unreachable (IOException)
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Could not connect to Slack in Socket Mode (attempt {}, next in {} ms): {}", failures,
                    wait.toMillis(), lastError);
        }
    }

    /** Our listeners on a new client, and Bolt's monitor off: two reconnectors would race each other. */
    private void wire(SocketModeClient client) {
        if (client == null || client == wired) {
            return;
        }
        client.getSessionMonitorExecutor().ifPresent(ScheduledExecutorService::shutdownNow);
        client.setAutoReconnectEnabled(false);
        // Bolt's listener acts on an envelope once, however often Slack delivers it; while stopping,
        // nothing is claimed (the envelope is left unacked for another instance to act on)
        for (var bolt : List.copyOf(client.getWebSocketMessageListeners())) {
            var once = envelopes.once(bolt, client);
            client.removeWebSocketMessageListener(bolt);
            client.addWebSocketMessageListener(message -> {
                if (draining) {
                    bolt.handle(message);
                } else {
                    once.handle(message);
                }
            });
        }
        client.addWebSocketMessageListener(message -> {
            if (isHello(message)) {
                connected();
            }
        });
        // a closed socket is looked at straight away rather than at the next regular check
        client.addWebSocketCloseListener((code, reason) -> {
            if (running) {
                supervisor.schedule(this::supervise, 200, TimeUnit.MILLISECONDS);
            }
        });
        wired = client;
    }

    private static boolean isHello(String message) {
        try {
            JsonElement json = JsonParser.parseString(message);
            return json.isJsonObject() && json.getAsJsonObject().has("type")
                    && "hello".equals(json.getAsJsonObject().get("type").getAsString());
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private void connected() {
        int count = connections.incrementAndGet();
        state = State.CONNECTED;
        since = clock.instant();
        failures = 0;
        nextAttemptNanos = System.nanoTime();
        lastError = null;
        log.info("Connected to Slack in Socket Mode (connection {})", count);
    }

    /** 1 s, 2 s, 4 s … up to a minute, each with up to 20 % jitter so many instances do not retry in step. */
    static Duration backoff(int failures) {
        long base = Math.min(MAX_BACKOFF.toMillis(), 1000L << Math.min(16, Math.max(0, failures - 1)));
        long jitter = (long) (base * 0.2 * ThreadLocalRandom.current().nextDouble());
        return Duration.ofMillis(base + jitter);
    }

    /** Takes no more requests, lets those in hand be answered over the still-open socket, then closes it. */
    @Override
    public void stop() {
        running = false;
        draining = true;
        supervisor.shutdownNow();
        boolean busy = inFlight.get() > 0;
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() - deadline < 0) {
            pause(20);
        }
        if (inFlight.get() > 0) {
            log.warn("Stopping Socket Mode with {} request(s) still being handled", inFlight.get());
        } else if (busy) {
            pause(200); // Bolt sends the ack just after the handler returns
        }
        SocketModeApp current = socketApp;
        if (current != null && current.getClient() != null) {
            try {
                current.getClient().close();
            } catch (Exception e) {
                log.debug("Closing the Socket Mode client: {}", e.getMessage());
            }
        }
        state = State.STOPPED;
        since = clock.instant();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
