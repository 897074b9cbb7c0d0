package dev.liaison.connect;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import com.google.gson.JsonObject;

/** A service account key file as Google hands it out (a fresh RSA key each time), for tests. */
public final class ServiceAccountKeys {

    private ServiceAccountKeys() {
    }

    public static String key(String clientEmail, String tokenUri) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            JsonObject key = new JsonObject();
            key.addProperty("type", "service_account");
            key.addProperty("project_id", "liaison-test");
            key.addProperty("private_key_id", "0123456789abcdef0123456789abcdef01234567");
            key.addProperty("private_key", pem);
            key.addProperty("client_email", clientEmail);
            key.addProperty("client_id", "100000000000000000001");
            key.addProperty("auth_uri", "https://accounts.google.com/o/oauth2/auth");
            key.addProperty("token_uri", tokenUri);
            return key.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
