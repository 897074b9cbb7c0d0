package dev.liaison.workspace;

import dev.liaison.LiaisonProperties;
import dev.liaison.slack.SlackCredentials;
import org.springframework.stereotype.Component;

/**
 * Other secrets a workspace hands Liaison (calendar and mail credentials), sealed at rest exactly like
 * bot tokens ({@link TokenCipher}: AES-256-GCM under LIAISON_TOKEN_KEY, the workspace's id as associated
 * data, so a sealed value copied onto another workspace does not open).
 */
@Component
public class WorkspaceSecrets {

    private final TokenCipher cipher;
    private final boolean plaintextAllowed;

    public WorkspaceSecrets(LiaisonProperties properties, SlackCredentials credentials) {
        TokenCipher made;
        try {
            made = new TokenCipher(properties.tokenKey(), properties.tokenKeyPrevious());
        } catch (IllegalArgumentException notAKey) {
            made = new TokenCipher("");  // Workspaces refuses to start with this key and says why
        }
        this.cipher = made;
        // the sandbox's only secrets are its own stand-ins' throwaway keys
        this.plaintextAllowed = properties.allowPlaintextTokens() || credentials.sandbox();
    }

    /** False when there is no key to seal with and the operator did not allow plaintext. */
    public boolean canStore() {
        return cipher.sealing() || plaintextAllowed;
    }

    public String seal(String teamId, String secret) {
        if (!canStore()) {
            throw new IllegalStateException("LIAISON_TOKEN_KEY is not set, so secrets cannot be stored encrypted");
        }
        return cipher.seal(teamId, secret);
    }

    public String open(String teamId, String stored) {
        return cipher.open(teamId, stored);
    }
}
