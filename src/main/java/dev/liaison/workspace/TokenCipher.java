package dev.liaison.workspace;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;

/**
 * Workspaces' bot tokens at rest (OAuth distribution): sealed with AES-256-GCM under
 * LIAISON_TOKEN_KEY, a 256-bit key given as 64 hex characters or 32 bytes in base64 (used as it is,
 * no password stretching), a fresh 96-bit IV each time, and the workspace's id bound as associated
 * data, so a sealed token copied onto another workspace's record does not open. A token sealed with
 * LIAISON_TOKEN_KEY_PREVIOUS (rotation), or in the older {@code enc:v1:} form, still opens, and
 * {@link #current} says it should be sealed again.
 */
final class TokenCipher {

    static final String SEALED = "enc:v2:";
    /** Spring Security's Encryptors.delux with a key string, before the key was a real 256-bit key. */
    static final String SEALED_V1 = "enc:v1:";
    private static final String V1_SALT = HexFormat.of().formatHex("liaison-bot-tokens".getBytes(StandardCharsets.UTF_8));
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final SecretKeySpec previous;
    private final String keyText;
    private final String previousText;

    TokenCipher(String key) {
        this(key, "");
    }

    /**
     * @throws IllegalArgumentException when a key is set but is not 256 bits in hex or base64
     */
    TokenCipher(String key, String previousKey) {
        this.keyText = blank(key) ? null : key.strip();
        this.previousText = blank(previousKey) ? null : previousKey.strip();
        this.key = keyText == null ? null : aesKey(keyText, "LIAISON_TOKEN_KEY");
        this.previous = previousText == null ? null : aesKey(previousText, "LIAISON_TOKEN_KEY_PREVIOUS");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static SecretKeySpec aesKey(String text, String name) {
        byte[] bytes = null;
        if (text.matches("[0-9a-fA-F]{64}")) {
            bytes = HexFormat.of().parseHex(text);
        } else {
            try {
                bytes = Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException notBase64) {
                bytes = null;
            }
        }
        if (bytes == null || bytes.length != 32) {
            throw new IllegalArgumentException(name + " must be a 256-bit key: 64 hex characters or 32 bytes in "
                    + "base64 (openssl rand -hex 32)");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    boolean sealing() {
        return key != null;
    }

    String seal(String teamId, String token) {
        if (token == null || key == null) {
            return token;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(teamId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a bot token: " + e.getClass().getSimpleName());
        }
    }

    /** Whether a stored value is sealed the way {@link #seal} seals now (else it is sealed again on start). */
    boolean current(String teamId, String stored) {
        if (stored == null || key == null) {
            return true;
        }
        return stored.startsWith(SEALED) && openV2(key, teamId, stored) != null;
    }

    String open(String teamId, String stored) {
        if (stored == null || !(stored.startsWith(SEALED) || stored.startsWith(SEALED_V1))) {
            return stored;
        }
        if (key == null && previous == null) {
            throw new IllegalStateException("A workspace's bot token is stored encrypted but LIAISON_TOKEN_KEY is not set");
        }
        String opened = stored.startsWith(SEALED) ? openV2(key, teamId, stored) : openV1(keyText, stored);
        if (opened == null) {
            opened = stored.startsWith(SEALED) ? openV2(previous, teamId, stored) : openV1(previousText, stored);
        }
        if (opened == null) {
            throw new IllegalStateException("A workspace's bot token cannot be decrypted: neither LIAISON_TOKEN_KEY nor "
                    + "LIAISON_TOKEN_KEY_PREVIOUS is the key it was stored with");
        }
        return opened;
    }

    private static String openV2(SecretKeySpec with, String teamId, String stored) {
        if (with == null) {
            return null;
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, with, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(teamId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException wrongKeyOrWorkspace) {
            return null;
        }
    }

    private static String openV1(String keyText, String stored) {
        if (keyText == null) {
            return null;
        }
        try {
            TextEncryptor v1 = Encryptors.delux(keyText, V1_SALT);
            return v1.decrypt(stored.substring(SEALED_V1.length()));
        } catch (RuntimeException wrongKey) {
            return null;
        }
    }
}
