package dev.liaison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No file in the repository holds a value shaped like a real Slack token, not even a made-up one in an
 * example: secret scanners (GitHub's, gitleaks) flag the shape, and a reader cannot tell a made-up token
 * from a leaked one. Examples say "replace-with-…"; tests use short values such as {@code xoxb-1-2-3}.
 */
class NoTokenShapedValuesTest {

    /** The shapes secret scanners look for: bot, user and refresh tokens, and app-level tokens. */
    static final Pattern TOKEN = Pattern.compile("xox[abposre]-\\d{8,}-\\d{8,}[-A-Za-z0-9]*|xapp-\\d-[A-Z0-9]{8,}-\\d{8,}-[a-z0-9]+");

    /** Build output, and the files git ignores because an operator's real values go there. */
    private static final Set<String> SKIPPED = Set.of(".git", "target", "node_modules", "data", "secret.yaml", ".env");

    @Test
    void noFileHoldsATokenShapedValue() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("."))) {
            for (Path file : walk.filter(Files::isRegularFile).filter(NoTokenShapedValuesTest::kept).toList()) {
                String text = text(file);
                Matcher m = TOKEN.matcher(text);
                while (m.find()) {
                    found.add(file + ": " + m.group().substring(0, 9) + "…");
                }
            }
        }
        assertThat(found).as("token-shaped values committed (use a placeholder)").isEmpty();
    }

    @Test
    void theShapeIsTheOneScannersFlag() {
        // built from parts, so this file holds no token-shaped literal for a secret scanner to flag
        String bot = String.join("-", "xoxb", "0".repeat(10), "0".repeat(13), "EXAMPLE".repeat(3) + "EXA");
        String app = String.join("-", "xapp", "1", "A" + "0123456789", "1234567890123", "abcdef" + "0123456789");
        assertThat(TOKEN.matcher(bot).matches()).isTrue();
        assertThat(TOKEN.matcher(app).matches()).isTrue();
        assertThat(TOKEN.matcher("xoxb-1-2-3").find()).as("the tests' short values").isFalse();
    }

    private static boolean kept(Path file) {
        for (Path part : file.normalize()) {
            if (SKIPPED.contains(part.toString())) {
                return false;
            }
        }
        String name = file.getFileName().toString();
        return !name.startsWith(".env.") && !name.equals("NoTokenShapedValuesTest.java");
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (MalformedInputException binary) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
