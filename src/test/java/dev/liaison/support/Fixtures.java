package dev.liaison.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/** Reads real Slack material: copies under src/test/resources, or the shared fixtures beside the project. */
public final class Fixtures {

    public static final Path SHARED = Path.of("..", "shared", "slack-fixtures");

    private Fixtures() {
    }

    public static String text(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonElement json(String resource) {
        return JsonParser.parseString(text(resource));
    }

    public static boolean sharedAvailable() {
        return Files.isDirectory(SHARED);
    }

    public static String shared(String relative) {
        try {
            return Files.readString(SHARED.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
