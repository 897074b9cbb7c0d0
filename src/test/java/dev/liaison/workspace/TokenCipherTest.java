package dev.liaison.workspace;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;


import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.encrypt.Encryptors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bot tokens at rest: sealed with the operator's 256-bit key, bound to their workspace, read back only with it. */
class TokenCipherTest {

    private static final String KEY = "3f6c1d2e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d";
    private static final String OTHER_KEY = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    /** The same 32 bytes as KEY, in base64. */
    private static final String KEY_BASE64 = Base64.getEncoder()
            .encodeToString(HexFormat.of().parseHex(KEY));
    /** Shaped like a bot token, plainly not one. */
    private static final String TOKEN = "xoxb-not-a-real-token-for-cipher-tests";
    private static final String TEAM = "T0CIPHER01";

    @Test
    void aSealedTokenHidesTheTokenAndOpensToItInItsOwnWorkspaceOnly() {
        TokenCipher cipher = new TokenCipher(KEY);
        String sealed = cipher.seal(TEAM, TOKEN);
        assertThat(sealed).startsWith(TokenCipher.SEALED).doesNotContain(TOKEN).doesNotContain("cipher-tests");
        assertThat(cipher.open(TEAM, sealed)).isEqualTo(TOKEN);
        // a fresh IV each time: the same token never looks the same twice
        assertThat(cipher.seal(TEAM, TOKEN)).isNotEqualTo(sealed);
        assertThat(new TokenCipher(KEY_BASE64).open(TEAM, sealed)).as("the key in base64").isEqualTo(TOKEN);
        // the workspace id is bound in: a sealed token moved to another workspace's record does not open
        assertThatThrownBy(() -> cipher.open("T0SOMEONE2", sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void onlyA256BitKeyIsTaken() {
        for (String weak : new String[] {"correct horse battery staple", "3f6c1d2e9a8b7c6d", KEY.substring(2),
                Base64.getEncoder().encodeToString(new byte[16])}) {
            assertThatThrownBy(() -> new TokenCipher(weak)).as(weak).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("256-bit").hasMessageNotContaining(weak);
        }
    }

    @Test
    void aTokenSealedWithThePreviousKeyOpensAndIsToBeSealedAgain() {
        String underOld = new TokenCipher(OTHER_KEY).seal(TEAM, TOKEN);
        TokenCipher rotated = new TokenCipher(KEY, OTHER_KEY);
        assertThat(rotated.open(TEAM, underOld)).isEqualTo(TOKEN);
        assertThat(rotated.current(TEAM, underOld)).isFalse();
        String resealed = rotated.seal(TEAM, rotated.open(TEAM, underOld));
        assertThat(rotated.current(TEAM, resealed)).isTrue();
        assertThat(new TokenCipher(KEY).open(TEAM, resealed)).as("the previous key can go").isEqualTo(TOKEN);
        assertThatThrownBy(() -> new TokenCipher(KEY).open(TEAM, underOld)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LIAISON_TOKEN_KEY_PREVIOUS");
    }

    @Test
    void tokensStoredPlainOrInTheOlderFormAreStillReadAndSealedAgain() {
        TokenCipher cipher = new TokenCipher(KEY);
        assertThat(cipher.open(TEAM, TOKEN)).isEqualTo(TOKEN);
        assertThat(cipher.current(TEAM, TOKEN)).isFalse();
        assertThat(cipher.open(TEAM, null)).isNull();
        assertThat(cipher.seal(TEAM, null)).isNull();
        String v1 = TokenCipher.SEALED_V1 + Encryptors.delux(KEY,
                HexFormat.of().formatHex("liaison-bot-tokens".getBytes(StandardCharsets.UTF_8)))
                .encrypt(TOKEN);
        assertThat(cipher.open(TEAM, v1)).isEqualTo(TOKEN);
        assertThat(cipher.current(TEAM, v1)).isFalse();
    }

    @Test
    void withoutAKeyTokensAreKeptAsTheyAreAndASealedOneIsAClearError() {
        TokenCipher none = new TokenCipher("");
        assertThat(none.sealing()).isFalse();
        assertThat(none.seal(TEAM, TOKEN)).isEqualTo(TOKEN);
        String sealed = new TokenCipher(KEY).seal(TEAM, TOKEN);
        assertThatThrownBy(() -> none.open(TEAM, sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LIAISON_TOKEN_KEY is not set").hasMessageNotContaining(TOKEN);
    }

    @Test
    void theWrongKeyIsAClearErrorAndNeverAToken() {
        String sealed = new TokenCipher(KEY).seal(TEAM, TOKEN);
        assertThatThrownBy(() -> new TokenCipher(OTHER_KEY).open(TEAM, sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is the key it was stored with");
    }
}
