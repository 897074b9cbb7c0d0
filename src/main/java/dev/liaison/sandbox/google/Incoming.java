package dev.liaison.sandbox.google;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.sun.net.httpserver.HttpExchange;

/** One request to the stand-in, read once: method, path, query (repeated names kept), headers and body. */
final class Incoming {

    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final HttpExchange exchange;
    private final String body;

    private Incoming(HttpExchange exchange, String body) {
        this.exchange = exchange;
        this.method = exchange.getRequestMethod();
        this.path = exchange.getRequestURI().getRawPath();
        this.query = parse(exchange.getRequestURI().getRawQuery());
        this.body = body;
    }

    static Incoming read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new Incoming(exchange, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Form or query pairs; a name given twice keeps both values in order. */
    static Map<String, List<String>> parse(String raw) {
        Map<String, List<String>> pairs = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return pairs;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            pairs.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return pairs;
    }

    String method() {
        return method;
    }

    /** The raw path, e.g. {@code /gmail/v1/users/me/messages}. */
    String path() {
        return path;
    }

    String body() {
        return body;
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The single value of a parameter, or {@code null}; given twice it is refused. */
    String param(String name) {
        List<String> values = query.get(name);
        if (values == null) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiError.badRequest("Parameter " + name + " given more than once", true);
        }
        return values.get(0);
    }

    List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    boolean has(String name) {
        return query.containsKey(name);
    }

    /** Refuses (and records) any parameter this call does not know: the stand-in never ignores one silently. */
    void allowOnly(Set<String> known) {
        for (String name : query.keySet()) {
            if (!known.contains(name) && !Set.of("alt", "prettyPrint").contains(name)) {
                throw ApiError.badRequest("Unknown parameter: " + name, true);
            }
        }
        String alt = query.containsKey("alt") ? query.get("alt").get(0) : "json";
        if (!alt.equals("json")) {
            throw ApiError.badRequest("Only alt=json is answered", true);
        }
    }

    /** The query without the page token: a page token must come with the same query as the first page. */
    String queryWithoutPageToken() {
        Map<String, List<String>> rest = new TreeMap<>(query);
        rest.remove("pageToken");
        return rest.toString();
    }
}
