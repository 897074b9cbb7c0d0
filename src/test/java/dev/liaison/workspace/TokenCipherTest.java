package dev.liaison.workspace;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bot tokens at rest: sealed with the operator's key, read back only with it. */
class TokenCipherTest {

    private static final String KEY = "3f6c1d2e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d";
    /** Shaped like a bot token, plainly not one. */
    private static final String TOKEN = "xoxb-not-a-real-token-for-cipher-tests";

    @Test
    void aSealedTokenHidesTheTokenAndOpensToIt() {
        TokenCipher cipher = new TokenCipher(KEY);
        String sealed = cipher.seal(TOKEN);
        assertThat(sealed).startsWith(TokenCipher.SEALED).doesNotContain(TOKEN).doesNotContain("cipher-tests");
        assertThat(cipher.open(sealed)).isEqualTo(TOKEN);
        // a fresh IV each time: the same token never looks the same twice
        assertThat(cipher.seal(TOKEN)).isNotEqualTo(sealed);
        assertThat(new TokenCipher(KEY).open(sealed)).isEqualTo(TOKEN);
    }

    @Test
    void tokensStoredBeforeTheKeyWasSetAreStillRead() {
        assertThat(new TokenCipher(KEY).open(TOKEN)).isEqualTo(TOKEN);
        assertThat(new TokenCipher(KEY).open(null)).isNull();
        assertThat(new TokenCipher(KEY).seal(null)).isNull();
    }

    @Test
    void withoutAKeyTokensAreKeptAsTheyAreAndASealedOneIsAClearError() {
        TokenCipher none = new TokenCipher("");
        assertThat(none.sealing()).isFalse();
        assertThat(none.seal(TOKEN)).isEqualTo(TOKEN);
        String sealed = new TokenCipher(KEY).seal(TOKEN);
        assertThatThrownBy(() -> none.open(sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LIAISON_TOKEN_KEY is not set").hasMessageNotContaining(TOKEN);
    }

    @Test
    void theWrongKeyIsAClearErrorAndNeverAToken() {
        String sealed = new TokenCipher(KEY).seal(TOKEN);
        assertThatThrownBy(() -> new TokenCipher("another-key-entirely-0123456789abcdef").open(sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not the key it was stored with");
    }
}
