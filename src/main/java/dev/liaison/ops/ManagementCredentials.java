package dev.liaison.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Basic auth user of the management port when it is not on loopback (MANAGEMENT_USERNAME,
 * MANAGEMENT_PASSWORD). The password is never printed.
 */
@ConfigurationProperties("liaison.management")
record ManagementCredentials(@DefaultValue("liaison") String username, @DefaultValue("") String password) {

    public boolean passwordSet() {
        return password != null && !password.isBlank();
    }

    /**
     * Whether an {@code Authorization} header carries exactly this user and password. Both sides are hashed
     * and compared in constant time, so neither the length nor a common prefix leaks through timing.
     */
    boolean accepts(String authorization) {
        if (!passwordSet() || authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(authorization.substring(6).strip());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        byte[] expected = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(sha256(given), sha256(expected));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    @Override
    public String toString() {
        return "ManagementCredentials[username=" + username + ", password=" + (passwordSet() ? "set" : "unset") + "]";
    }
}
