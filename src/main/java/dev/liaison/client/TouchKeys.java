package dev.liaison.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The id of a touch that is logged at most once: workspace, client and a digest of the caller's key
 * (an iCalendar UID can be hundreds of characters, and says nothing the id needs to show).
 */
final class TouchKeys {

    private TouchKeys() {
    }

    static String id(String teamId, String clientId, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "once:" + teamId + ":" + clientId + ":" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }
}
