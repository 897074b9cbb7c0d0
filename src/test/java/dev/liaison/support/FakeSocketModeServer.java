package dev.liaison.support;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLSession;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode server, played locally: apps.connections.open (at {@link FakeSlackWebApi})
 * hands out this server's URL; each new connection gets Slack's {@code hello}; requests go out as
 * envelopes (slash_commands, interactive, events_api) and wait for the app's ack with the same
 * envelope_id; {@link #askToReconnect} sends Slack's {@code disconnect} message and {@link #dropAll}
 * cuts every connection, as Slack does when it rotates or restarts its servers.
 */
public final class FakeSocketModeServer implements AutoCloseable {

    private final Server server;
    private final AtomicInteger opened = new AtomicInteger();
    private final List<WebSocket> open = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<JsonObject>> acks = new ConcurrentHashMap<>();
    private final List<JsonObject> received = new CopyOnWriteArrayList<>();

    public FakeSocketModeServer() {
        server = new Server();
        server.setReuseAddr(true);
        server.start();
        try {
            if (!server.started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the fake Socket Mode server did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The WebSocket URL apps.connections.open answers with (Slack's carry a ticket; so do ours). */
    public String url() {
        return "ws://127.0.0.1:" + server.getPort() + "/link/?ticket=" + UUID.randomUUID();
    }

    /** Connections the app has opened so far, including closed ones. */
    public int connectionsOpened() {
        return opened.get();
    }

    public int connectionsOpen() {
        return (int) open.stream().filter(WebSocket::isOpen).count();
    }

    /** Everything the app sent, acks included. */
    public List<JsonObject> received() {
        return List.copyOf(received);
    }

    /** Slack's "disconnect" message: this connection is going away, open a new one (refresh_requested). */
    public void askToReconnect() {
        JsonObject disconnect = new JsonObject();
        disconnect.addProperty("type", "disconnect");
        disconnect.addProperty("reason", "refresh_requested");
        JsonObject debug = new JsonObject();
        debug.addProperty("host", "applink-fake-1");
        disconnect.add("debug_info", debug);
        latest().orElseThrow().send(disconnect.toString());
    }

    /** Every connection cut from Slack's side. */
    public void dropAll() {
        open.forEach(WebSocket::close);
    }

    /**
     * Sends one envelope and waits for its ack; the answer looks like the HTTP endpoint's: 200 with the
     * ack's payload as the body (empty for a bare ack).
     */
    public HttpResponse<String> send(String type, JsonObject payload, Integer retryAttempt) {
        return send(UUID.randomUUID().toString(), type, payload, retryAttempt);
    }

    /** As {@link #send(String, JsonObject, Integer)} under a given envelope id: Slack's redelivery of one envelope. */
    public HttpResponse<String> send(String envelopeId, String type, JsonObject payload, Integer retryAttempt) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty("envelope_id", envelopeId);
        envelope.addProperty("type", type);
        envelope.add("payload", payload);
        envelope.addProperty("accepts_response_payload", !type.equals("events_api"));
        if (retryAttempt != null) {
            envelope.addProperty("retry_attempt", retryAttempt);
            envelope.addProperty("retry_reason", "timeout");
        }
        CompletableFuture<JsonObject> ack = new CompletableFuture<>();
        acks.put(envelopeId, ack);
        latest().orElseThrow(() -> new IllegalStateException("the app is not connected")).send(envelope.toString());
        try {
            JsonObject answer = ack.get(10, TimeUnit.SECONDS);
            String body = answer.has("payload") ? answer.get("payload").toString() : "";
            return new Answer(body);
        } catch (Exception e) {
            throw new IllegalStateException("no ack for envelope " + envelopeId + " (" + type + ")", e);
        } finally {
            acks.remove(envelopeId);
        }
    }

    /** {@link SignedSlack}'s requests as Socket Mode envelopes: the same payloads, another way in. */
    public SignedSlack.Transport transport() {
        return (contentType, body, headers) -> {
            String retry = headers.get("X-Slack-Retry-Num");
            Integer retryAttempt = retry == null ? null : Integer.valueOf(retry);
            if (contentType.startsWith("application/json")) {
                return send("events_api", JsonParser.parseString(body).getAsJsonObject(), retryAttempt);
            }
            Map<String, String> form = SignedSlack.parseForm(body);
            if (form.containsKey("payload")) {
                return send("interactive", JsonParser.parseString(form.get("payload")).getAsJsonObject(), retryAttempt);
            }
            JsonObject command = new JsonObject();
            form.forEach(command::addProperty);
            return send("slash_commands", command, retryAttempt);
        };
    }

    private Optional<WebSocket> latest() {
        List<WebSocket> live = open.stream().filter(WebSocket::isOpen).toList();
        return live.isEmpty() ? Optional.empty() : Optional.of(live.get(live.size() - 1));
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(1000);
    }

    private final class Server extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);

        Server() {
            super(new InetSocketAddress("127.0.0.1", 0));
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            int n = opened.incrementAndGet();
            open.add(conn);
            // Slack's greeting on every new connection
            conn.send("{\"type\":\"hello\",\"num_connections\":" + connectionsOpen() + ",\"debug_info\":{\"host\":"
                    + "\"applink-fake-" + n + "\",\"build_number\":1,\"approximate_connection_time\":18060},"
                    + "\"connection_info\":{\"app_id\":\"A123ABC456\"}}");
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            open.remove(conn);
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            JsonObject json = JsonParser.parseString(message).getAsJsonObject();
            received.add(json);
            if (json.has("envelope_id")) {
                CompletableFuture<JsonObject> ack = acks.get(json.get("envelope_id").getAsString());
                if (ack != null) {
                    ack.complete(json);
                }
            }
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            // a connection the app dropped; the test sees it through connectionsOpen()
        }
    }

    /** An ack, shaped as the HTTP endpoint's response so the same assertions read both. */
    private record Answer(String body) implements HttpResponse<String> {
        @Override
        public int statusCode() {
            return 200;
        }

        @Override
        public HttpRequest request() {
            return HttpRequest.newBuilder(URI.create("ws://socket-mode/")).build();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(Map.of(), (a, b) -> true);
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return URI.create("ws://socket-mode/");
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
