package dev.liaison;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operator settings (README "Configuration"), bound from LIAISON_* env vars and MONGODB_URI.
 *
 * @param dataDir           where the embedded database keeps its files
 * @param admins            Slack user ids of the heads of accounts
 * @param escalationChannel default channel id for escalation threads; blank when unset
 * @param mongodbUri        a real MongoDB; blank selects the embedded one
 * @param tokenKey          a 256-bit key (hex or base64) that encrypts workspaces' bot tokens in the
 *                          database (OAuth mode); without it OAuth mode refuses to start unless
 *                          {@code allowPlaintextTokens}
 * @param tokenKeyPrevious  the key tokens were sealed with before a rotation: they are sealed again on start
 */
@ConfigurationProperties("liaison")
public record LiaisonProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue List<String> admins,
        @DefaultValue("") String escalationChannel,
        @DefaultValue("") String mongodbUri,
        @DefaultValue("") String tokenKey,
        @DefaultValue("") String tokenKeyPrevious,
        @DefaultValue("false") boolean allowPlaintextTokens) {

    public LiaisonProperties {
        admins = admins == null ? List.of() : admins.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Set<String> adminIds() {
        return Set.copyOf(admins);
    }

    public boolean embeddedDatabase() {
        return mongodbUri == null || mongodbUri.isBlank();
    }

    /** The database address may carry a password and the token key is a secret: neither is printed. */
    @Override
    public String toString() {
        return "LiaisonProperties[dataDir=" + dataDir + ", admins=" + admins + ", escalationChannel="
                + escalationChannel + ", mongodbUri=" + (embeddedDatabase() ? "embedded" : "set")
                + ", tokenKey=" + (tokenKey == null || tokenKey.isBlank() ? "unset" : "set")
                + ", tokenKeyPrevious=" + (tokenKeyPrevious == null || tokenKeyPrevious.isBlank() ? "unset" : "set")
                + ", allowPlaintextTokens=" + allowPlaintextTokens + "]";
    }
}
