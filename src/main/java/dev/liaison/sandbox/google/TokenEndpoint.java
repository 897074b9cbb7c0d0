package dev.liaison.sandbox.google;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Google's OAuth token endpoint for a service account with domain-wide delegation: the JWT-bearer grant
 * ({@code grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer}, {@code assertion=<JWT>}). The assertion
 * must be signed RS256 by the registered key ({@code kid} its key id), with {@code iss} the service account,
 * {@code aud} Google's token endpoint (or this one), {@code sub} the delegated user, {@code scope} the granted scopes and a lifetime
 * of at most an hour that covers now.
 */
final class TokenEndpoint {

    static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    /** The audience Google documents for service-account assertions (its auth library always sends it). */
    static final String GOOGLE_AUDIENCE = "https://oauth2.googleapis.com/token";
    private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(3599);
    private static final Duration SKEW = Duration.ofMinutes(5);
    private static final String TIMEFRAME = "Invalid JWT: Token must be a short-lived token (60 minutes) and in a"
            + " reasonable timeframe. Check your iat and exp values in the JWT claim.";

    private final StandInData data;
    private final String tokenUri;

    TokenEndpoint(StandInData data, String tokenUri) {
        this.data = data;
        this.tokenUri = tokenUri;
    }

    JsonObject answer(Incoming in) {
        if (!in.method().equals("POST")) {
            throw ApiError.oauth(405, "invalid_request", "The token endpoint takes POST only", true);
        }
        String type = in.header("Content-Type");
        if (type == null || !type.startsWith("application/x-www-form-urlencoded")) {
            throw ApiError.oauth(400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded", true);
        }
        Map<String, List<String>> form = Incoming.parse(in.body());
        if (!Set.of("grant_type", "assertion").containsAll(form.keySet()) || form.values().stream().anyMatch(v -> v.size() != 1)) {
            throw ApiError.oauth(400, "invalid_request", "Unexpected parameters: " + form.keySet(), true);
        }
        String grant = first(form, "grant_type");
        if (!JWT_BEARER.equals(grant)) {
            throw ApiError.oauth(400, "unsupported_grant_type", "Invalid grant_type: " + grant, true);
        }
        String assertion = first(form, "assertion");
        String[] parts = assertion == null ? new String[0] : assertion.split("\\.", -1);
        if (parts.length != 3) {
            throw ApiError.oauth(400, "invalid_grant", "Invalid JWT: not a signed JWT", true);
        }
        JsonObject header = json(parts[0]);
        JsonObject claims = json(parts[1]);
        if (!"RS256".equals(string(header, "alg"))) {
            throw ApiError.oauth(400, "invalid_grant", "Invalid JWT: alg must be RS256", true);
        }
        StandInData.ServiceAccount account = data.accounts.get(String.valueOf(string(claims, "iss")));
        if (account == null) {
            throw ApiError.oauth(401, "invalid_client", "The OAuth client was not found.", true);
        }
        String sub = string(claims, "sub");
        if (sub != null) {
            data.count(GoogleCall.TOKEN, sub);
        }
        StandInFailure failure = data.tokenFailures.get(account.clientEmail());
        if (failure != null) {
            throw ApiError.oauth(failure.status(), failure.status() >= 500 ? "internal_failure" : "rate_limit_exceeded",
                    failure.message(), failure.retryAfter(), false);
        }
        if (account.revoked()) {
            // the key was deleted or the account disabled: Google says the signature is invalid
            throw ApiError.oauth(400, "invalid_grant", "Invalid JWT Signature.", false);
        }
        String kid = string(header, "kid");
        if ((kid != null && !kid.equals(account.keyId())) || !verified(parts, account)) {
            throw ApiError.oauth(400, "invalid_grant", "Invalid JWT Signature.", true);
        }
        String aud = string(claims, "aud");
        if (!GOOGLE_AUDIENCE.equals(aud) && !tokenUri.equals(aud)) {
            throw ApiError.oauth(400, "invalid_grant", "Invalid JWT: aud must be " + GOOGLE_AUDIENCE, true);
        }
        Instant now = data.tokenClock.instant();
        if (!claims.has("iat") || !claims.has("exp")) {
            throw ApiError.oauth(400, "invalid_grant", TIMEFRAME, true);
        }
        Instant iat = Instant.ofEpochSecond(claims.get("iat").getAsLong());
        Instant exp = Instant.ofEpochSecond(claims.get("exp").getAsLong());
        if (Duration.between(iat, exp).compareTo(Duration.ofHours(1)) > 0 || !exp.isAfter(now)
                || iat.isAfter(now.plus(SKEW))) {
            throw ApiError.oauth(400, "invalid_grant", TIMEFRAME, true);
        }
        Set<String> scopes = new LinkedHashSet<>(Arrays.asList(String.valueOf(string(claims, "scope")).split(" ")));
        if (!Set.of(GoogleStandIn.CALENDAR_READONLY, GoogleStandIn.GMAIL_METADATA).containsAll(scopes)) {
            // Liaison asks for these two and nothing else: a wider scope is a bug, not an admin's choice
            throw ApiError.oauth(400, "invalid_scope", "Scopes other than calendar.readonly and gmail.metadata: "
                    + scopes, true);
        }
        if (sub == null || sub.isBlank()) {
            throw ApiError.oauth(400, "invalid_grant", "Invalid JWT: no sub (domain-wide delegation needs the user)", true);
        }
        if (!account.grantedScopes().containsAll(scopes)) {
            throw ApiError.oauth(401, "unauthorized_client", "Client is unauthorized to retrieve access tokens using"
                    + " this method, or client not authorized for any of the scopes requested.", false);
        }
        if (data.existing(sub) == null) {
            throw ApiError.oauth(400, "invalid_grant", "Invalid email or User ID", false);
        }
        String token = data.opaque("ya29.standin-");
        data.tokens.put(token, new StandInData.AccessToken(sub.toLowerCase(java.util.Locale.ROOT), Set.copyOf(scopes),
                now.plus(TOKEN_LIFETIME)));
        JsonObject answer = new JsonObject();
        answer.addProperty("access_token", token);
        answer.addProperty("expires_in", TOKEN_LIFETIME.toSeconds());
        answer.addProperty("token_type", "Bearer");
        return answer;
    }

    private static boolean verified(String[] parts, StandInData.ServiceAccount account) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(account.publicKey());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static JsonObject json(String part) {
        try {
            return JsonParser.parseString(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8))
                    .getAsJsonObject();
        } catch (RuntimeException e) {
            throw ApiError.oauth(400, "invalid_grant", "Invalid JWT: not JSON", true);
        }
    }

    private static String string(JsonObject o, String name) {
        return o.has(name) && o.get(name).isJsonPrimitive() ? o.get(name).getAsString() : null;
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null ? null : values.get(0);
    }
}
