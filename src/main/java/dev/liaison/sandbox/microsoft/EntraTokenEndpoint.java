package dev.liaison.sandbox.microsoft;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;

/**
 * Entra's v2.0 token endpoint for the client credentials grant, {@code POST /{tenant}/oauth2/v2.0/token}:
 * the tenant, client id, secret, grant and scope are checked, and a wrong one gets Entra's error (status,
 * {@code error}, an {@code AADSTS} description and {@code error_codes}).
 */
final class EntraTokenEndpoint {

    static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";
    static final long EXPIRES_IN_SECONDS = 3599;
    /** What MSAL sends besides the grant itself; anything else is refused. */
    private static final Set<String> KNOWN = Set.of("grant_type", "client_id", "client_secret", "scope", "client_info", "claims");

    private static final Set<String> OPENID = Set.of("openid", "profile", "offline_access");

    private final MicrosoftStandIn standIn;

    EntraTokenEndpoint(MicrosoftStandIn standIn) {
        this.standIn = standIn;
    }

    void handle(HttpExchange exchange, String tenant) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            standIn.refuse(exchange, 405, "token endpoint called with " + exchange.getRequestMethod(),
                    entraError("invalid_request", 900561, "The endpoint only accepts POST requests."));
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        for (String name : form.keySet()) {
            if (!KNOWN.contains(name)) {
                standIn.refuse(exchange, 400, "token request with unknown parameter " + name,
                        entraError("invalid_request", 900144, "The request body contains an unexpected parameter: '" + name + "'."));
                return;
            }
        }
        String client = form.getOrDefault("client_id", "");
        synchronized (standIn.lock) {
            standIn.record("token", null);
            if (!standIn.tenantId.equals(tenant)) {
                standIn.answer(exchange, 400, entraError("invalid_request", 90002,
                        "Tenant '" + tenant + "' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."));
            } else if (!"client_credentials".equals(form.get("grant_type"))) {
                standIn.refuse(exchange, 400, "token request with grant_type " + form.get("grant_type"),
                        entraError("unsupported_grant_type", 70003, "The app requested an unsupported grant type."));
            } else if (!graphScope(form.get("scope"))) {
                standIn.refuse(exchange, 400, "token request with scope " + form.get("scope"),
                        entraError("invalid_scope", 1002012, "The provided value for scope " + form.get("scope") + " is not valid."));
            } else if (standIn.appRevoked || !standIn.clientId.equals(client)) {
                standIn.answer(exchange, 400, entraError("unauthorized_client", 700016,
                        "Application with identifier '" + client + "' was not found in the directory '" + tenant
                                + "'. This can happen if the application has not been installed by the administrator of the tenant."));
            } else if (!standIn.clientSecret.equals(form.get("client_secret"))) {
                standIn.answer(exchange, 401, entraError("invalid_client", 7000215,
                        "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, "
                                + "not the client secret ID, for a secret added to app '" + client + "'."));
            } else {
                String token = "stand-in-access-" + UUID.randomUUID();
                standIn.accessTokens.put(token, standIn.clock.instant());
                JsonObject body = new JsonObject();
                body.addProperty("token_type", "Bearer");
                body.addProperty("expires_in", EXPIRES_IN_SECONDS);
                body.addProperty("ext_expires_in", EXPIRES_IN_SECONDS);
                body.addProperty("access_token", token);
                standIn.answer(exchange, 200, body);
            }
        }
    }

    /** Graph's {@code .default} scope; MSAL adds the OpenID ones to every request, which Entra ignores here. */
    private static boolean graphScope(String scope) {
        Set<String> scopes = scope == null ? Set.of() : Set.of(scope.strip().split("\\s+"));
        return scopes.contains(GRAPH_SCOPE) && OPENID.containsAll(scopes.stream().filter(s -> !s.equals(GRAPH_SCOPE)).toList());
    }

    private JsonObject entraError(String error, int code, String description) {
        Instant now = standIn.clock.instant();
        String trace = UUID.randomUUID().toString();
        String correlation = UUID.randomUUID().toString();
        JsonObject body = new JsonObject();
        body.addProperty("error", error);
        body.addProperty("error_description", "AADSTS" + code + ": " + description + "\r\nTrace ID: " + trace
                + "\r\nCorrelation ID: " + correlation + "\r\nTimestamp: " + now);
        JsonArray codes = new JsonArray();
        codes.add(code);
        body.add("error_codes", codes);
        body.addProperty("timestamp", now.toString());
        body.addProperty("trace_id", trace);
        body.addProperty("correlation_id", correlation);
        body.addProperty("error_uri", "https://login.microsoftonline.com/error?code=" + code);
        return body;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }
}
