package dev.liaison.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox page draws emoji codes from its own map (a browser has no Slack emoji): every
 * {@code :code:} Liaison writes in a message must be in it, or the page shows the code as text.
 */
class SandboxEmojiTest {

    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final Pattern CODE = Pattern.compile(":([a-z0-9_+-]*[a-z][a-z0-9_+-]*):");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    /**
     * Colons in literals that are not emoji: the sealed-token prefixes "enc:v1:" and "enc:v2:", and the OAuth
     * JWT-bearer grant type "urn:ietf:params:oauth:grant-type:jwt-bearer" (the Google stand-in's token endpoint).
     */
    private static final Set<String> NOT_EMOJI = Set.of("v1", "v2", "ietf", "oauth");

    @Test
    void everyEmojiCodeInTheSourceIsInTheSandboxMap() throws IOException {
        Set<String> map = sandboxMap();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> used.addAll(codesInLiterals(read(f))));
        }
        used.removeAll(NOT_EMOJI);
        assertThat(used).as("emoji codes Liaison sends").contains("white_check_mark", "handshake", "eyes",
                "spiral_calendar_pad");
        assertThat(map).as("the sandbox page's EMOJI map (src/main/resources/sandbox/sandbox.js)").containsAll(used);
    }

    @Test
    void theScanFindsCodesInLiteralsButNotInComments() {
        assertThat(codesInLiterals("""
                /** "v0:timestamp:body" in a comment */
                // ":ignored:"
                String a = ":eyes: Acknowledged"; String b = "10:00:00 and \\":bell:\\"";
                """)).containsExactlyInAnyOrder("eyes", "bell");
    }

    static Set<String> sandboxMap() {
        String js = read(Path.of("src", "main", "resources", "sandbox", "sandbox.js"));
        int start = js.indexOf("var EMOJI = {");
        int end = js.indexOf("};", start);
        assertThat(start).as("the EMOJI map in sandbox.js").isNotNegative();
        Set<String> keys = new TreeSet<>();
        Matcher m = Pattern.compile("([a-z0-9_+-]+):\\s*'").matcher(js.substring(start, end));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    static Set<String> codesInLiterals(String source) {
        String code = BLOCK_COMMENT.matcher(source).replaceAll("");
        StringBuilder kept = new StringBuilder();
        code.lines().filter(l -> !l.strip().startsWith("//")).forEach(l -> kept.append(l).append('\n'));
        Set<String> found = new TreeSet<>();
        Matcher literal = STRING_LITERAL.matcher(kept);
        while (literal.find()) {
            Matcher emoji = CODE.matcher(literal.group());
            while (emoji.find()) {
                found.add(emoji.group(1));
            }
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
