package dev.liaison.connect;

import java.util.Optional;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;

/**
 * Whether what an operator or a head of accounts gave looks like working credentials, checked before
 * anything is stored, with an answer that says what is wrong (never echoing a secret). Pure: no I/O.
 */
final class ProviderCredentialsPolicy {

    static final String GOOGLE_API = "https://www.googleapis.com/";
    static final String GRAPH = "https://graph.microsoft.com/v1.0/";
    static final String LOGIN = "https://login.microsoftonline.com/";

    /** A key file is a few kilobytes; anything much larger is not one. */
    static final int MAX_KEY_CHARS = 20_000;
    private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9.\\-\\[\\]:]{1,255}(/[^\\s]{0,500})?");
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9\\-]{0,62}\\.){1,10}[A-Za-z]{2,63}");

    private ProviderCredentialsPolicy() {
    }

    /** What is wrong with a Google service account key (the JSON file), or empty when it looks right. */
    static Optional<String> googleKeyProblem(String json) {
        if (json == null || json.isBlank()) {
            return Optional.of("Paste the service account's key: the whole JSON file Google gave you.");
        }
        if (json.length() > MAX_KEY_CHARS) {
            return Optional.of("That is too long to be a service account key (a key file is a few kilobytes).");
        }
        JsonObject key;
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (!parsed.isJsonObject()) {
                return Optional.of("That is not a service account key: the key is a JSON object, `{ \"type\": \"service_account\", … }`.");
            }
            key = parsed.getAsJsonObject();
        } catch (JsonSyntaxException | IllegalStateException notJson) {
            return Optional.of("That is not JSON. Paste the whole key file Google gave you, from `{` to `}`.");
        }
        if (!"service_account".equals(text(key, "type"))) {
            return Optional.of("That key's `type` is not `service_account`: create a key for a service account"
                    + " (IAM → Service accounts → Keys → Add key → JSON).");
        }
        String email = text(key, "client_email");
        if (email == null || !email.contains("@")) {
            return Optional.of("That key has no `client_email`.");
        }
        String privateKey = text(key, "private_key");
        if (privateKey == null || !privateKey.contains("BEGIN PRIVATE KEY")) {
            return Optional.of("That key has no `private_key` (a PEM block starting `-----BEGIN PRIVATE KEY-----`).");
        }
        String tokenUri = text(key, "token_uri");
        if (tokenUri == null || !URL.matcher(tokenUri).matches()) {
            return Optional.of("That key has no valid `token_uri` (Google's is `https://oauth2.googleapis.com/token`).");
        }
        return Optional.empty();
    }

    /** What is wrong with an API root URL, or empty; {@code what} names it in the answer. */
    static Optional<String> urlProblem(String url, String what) {
        if (url == null || !URL.matcher(url.strip()).matches()) {
            return Optional.of(what + " must be an http(s) URL, like `https://graph.microsoft.com/v1.0/`.");
        }
        return Optional.empty();
    }

    /** What is wrong with a Microsoft Entra app's details, or empty. */
    static Optional<String> microsoftProblem(String tenantId, String clientId, String clientSecret) {
        if (tenantId == null || !(GUID.matcher(tenantId.strip()).matches() || DOMAIN.matcher(tenantId.strip()).matches())) {
            return Optional.of("The tenant is the directory (tenant) ID, a GUID like `72f988bf-86f1-41af-91ab-2d7cd011db47`,"
                    + " or its domain, like `contoso.onmicrosoft.com`.");
        }
        if (clientId == null || !GUID.matcher(clientId.strip()).matches()) {
            return Optional.of("The client ID is the app's application (client) ID, a GUID like"
                    + " `00001111-aaaa-2222-bbbb-3333cccc4444`.");
        }
        if (clientSecret == null || clientSecret.isBlank() || clientSecret.length() > 1000) {
            return Optional.of("Paste the client secret's value (not its ID).");
        }
        return Optional.empty();
    }

    /** A blank URL is the default; every root ends with one slash, so paths are appended alike. */
    static String root(String url, String fallback) {
        String u = url == null || url.isBlank() ? fallback : url.strip();
        return u.endsWith("/") ? u : u + "/";
    }

    private static String text(JsonObject object, String field) {
        JsonElement value = object.get(field);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
