package dev.liaison.workspace;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;

/**
 * Workspaces' bot tokens at rest: with LIAISON_TOKEN_KEY set they are stored encrypted (AES-GCM,
 * 256-bit key derived from it, a fresh IV each time; Spring Security's {@code Encryptors.delux}), so
 * a copy of the database alone does not give away any workspace. Sealed values are marked, so tokens
 * stored before the key was set are still read, and sealed at their next install.
 */
final class TokenCipher {

    static final String SEALED = "enc:v1:";
    /** Fixed per application: the key itself must be long and random (e.g. openssl rand -hex 32). */
    private static final String SALT = HexFormat.of().formatHex("liaison-bot-tokens".getBytes(StandardCharsets.UTF_8));

    private final TextEncryptor encryptor;

    TokenCipher(String key) {
        this.encryptor = key == null || key.isBlank() ? null : Encryptors.delux(key, SALT);
    }

    boolean sealing() {
        return encryptor != null;
    }

    String seal(String token) {
        if (token == null || encryptor == null) {
            return token;
        }
        return SEALED + encryptor.encrypt(token);
    }

    String open(String stored) {
        if (stored == null || !stored.startsWith(SEALED)) {
            return stored;
        }
        if (encryptor == null) {
            throw new IllegalStateException("A workspace's bot token is stored encrypted but LIAISON_TOKEN_KEY is not set");
        }
        try {
            return encryptor.decrypt(stored.substring(SEALED.length()));
        } catch (RuntimeException wrongKey) {
            throw new IllegalStateException("A workspace's bot token cannot be decrypted: LIAISON_TOKEN_KEY is not "
                    + "the key it was stored with");
        }
    }
}
