package dev.liaison.slack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** manifest.yml and the code must agree: what Slack sends us is exactly what we listen for. */
class ManifestTest extends LiaisonE2eTest {

    /** Commands declared in the manifest before their listeners exist (none now: all four are built). */
    private static final Set<String> DECLARED_AHEAD = Set.of();

    @Autowired
    ListenerRegistry registry;

    @Autowired
    Environment environment;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> manifest() throws IOException {
        return manifest("manifest.yml");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> manifest(String file) throws IOException {
        return new Yaml().load(Files.readString(Path.of(file)));
    }

    /** The manifest with what differs between the HTTP and Socket Mode apps taken out. */
    @SuppressWarnings("unchecked")
    private static Object withoutTransport(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new TreeMap<>();
            ((Map<String, Object>) map).forEach((key, value) -> {
                if (!Set.of("url", "request_url", "redirect_urls", "socket_mode_enabled").contains(key)) {
                    copy.put(key, withoutTransport(value));
                }
            });
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(ManifestTest::withoutTransport).toList();
        }
        return node;
    }

    @Test
    void theSocketModeManifestIsTheSameAppWithSocketModeOnAndNoUrls() throws IOException {
        Map<String, Object> http = manifest();
        Map<String, Object> socket = manifest("manifest.socket-mode.yml");
        assertThat((Object) at(http, "settings", "socket_mode_enabled")).isEqualTo(false);
        assertThat((Object) at(socket, "settings", "socket_mode_enabled")).isEqualTo(true);
        assertThat(Files.readString(Path.of("manifest.socket-mode.yml"))).doesNotContain("liaison.example.com");
        assertThat(withoutTransport(socket)).isEqualTo(withoutTransport(http));
    }

    @Test
    void oauthInstallsAskForTheManifestsScopesAndComeBackToTheRedirectPath() throws IOException {
        List<String> scopes = at(manifest(), "oauth_config", "scopes", "bot");
        assertThat(List.of(environment.getProperty("slack.scopes").split(","))).isEqualTo(scopes);
        List<String> redirects = at(manifest(), "oauth_config", "redirect_urls");
        assertThat(redirects).singleElement().asString().endsWith("/slack/oauth_redirect");
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Map<String, Object> map, String... path) {
        Object current = map;
        for (String key : path) {
            current = ((Map<String, Object>) current).get(key);
        }
        return (T) current;
    }

    @Test
    void everyRegisteredCommandIsDeclaredAndTheOtherWayRound() throws IOException {
        List<Map<String, Object>> commands = at(manifest(), "features", "slash_commands");
        Set<String> declared = commands.stream().map(c -> (String) c.get("command")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(declared).containsAll(registry.commands());
        Set<String> notRegistered = new TreeSet<>(declared);
        notRegistered.removeAll(registry.commands());
        assertThat(notRegistered).isEqualTo(new TreeSet<>(DECLARED_AHEAD));
        DECLARED_AHEAD.forEach(command -> assertThat(registry.commands()).doesNotContain(command));
    }

    @Test
    void commandsEscapeMentionsAndPointAtTheEventsEndpoint() throws IOException {
        List<Map<String, Object>> commands = at(manifest(), "features", "slash_commands");
        assertThat(commands).hasSize(4).allSatisfy(c -> {
            assertThat(c.get("should_escape")).isEqualTo(true);
            assertThat((String) c.get("usage_hint")).isNotBlank();
            assertThat((String) c.get("url")).endsWith("/slack/events");
        });
    }

    @Test
    void everyHandledEventIsSubscribedAndTheOtherWayRound() throws IOException {
        List<String> events = at(manifest(), "settings", "event_subscriptions", "bot_events");
        // message.channels, message.groups and message.im all arrive as the "message" event
        Set<String> arriving = events.stream().map(e -> e.startsWith("message.") ? "message" : e)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(arriving).isEqualTo(new TreeSet<>(registry.events()));
    }

    @Test
    void interactivityIsOnWhenTheCodeHasActionsOrViews() throws IOException {
        Map<String, Object> manifest = manifest();
        boolean interactive = !registry.actions().isEmpty() || !registry.views().isEmpty();
        assertThat(at(manifest, "settings", "interactivity", "is_enabled").equals(Boolean.TRUE)).isEqualTo(interactive);
        assertThat((String) at(manifest, "settings", "interactivity", "request_url")).endsWith("/slack/events");
    }

    @Test
    void everyMessageShortcutIsDeclaredAndTheOtherWayRound() throws IOException {
        List<Map<String, Object>> shortcuts = at(manifest(), "features", "shortcuts");
        Set<String> declared = shortcuts.stream().filter(s -> "message".equals(s.get("type")))
                .map(s -> (String) s.get("callback_id")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(declared).isEqualTo(new TreeSet<>(registry.messageShortcuts()));
        assertThat(shortcuts).allSatisfy(s -> assertThat((String) s.get("description")).isNotBlank());
    }

    @Test
    void scopesCoverWhatTheCodeUses() throws IOException {
        List<String> scopes = at(manifest(), "oauth_config", "scopes", "bot");
        // commands for slash commands; users:read for users.info and user_change; chat:write for DMs
        assertThat(scopes).contains("commands", "users:read", "chat:write");
        // views.publish needs no scope; message events per conversation type need their history scope
        List<String> events = at(manifest(), "settings", "event_subscriptions", "bot_events");
        Map<String, String> historyScope = Map.of("message.channels", "channels:history",
                "message.groups", "groups:history", "message.im", "im:history", "message.mpim", "mpim:history");
        events.stream().filter(historyScope::containsKey).forEach(e -> assertThat(scopes).contains(historyScope.get(e)));
        if (registry.events().contains("message")) {
            // chat.getPermalink, the import report, owners by e-mail, files shared in the DM
            assertThat(scopes).contains("chat:write", "users:read.email", "files:read");
        }
    }
}
