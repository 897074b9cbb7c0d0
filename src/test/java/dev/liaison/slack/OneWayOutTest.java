package dev.liaison.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message Liaison posts goes through the delivery queue (docs/reliability.md, "One way out").
 * This reads the main sources: a new direct chat.postMessage (or a posting call that bypasses the
 * queue) anywhere else fails the build until it goes through {@code Outbox} or is listed as an
 * exception in the docs and here.
 */
class OneWayOutTest {

    private static final Path MAIN = Path.of("src/main/java/dev/liaison");
    /** The sandbox is a stand-in for Slack's Web API (it answers chat.postMessage), not a caller of it. */
    private static final Path SANDBOX = MAIN.resolve("sandbox");

    /** Each posting call, and the only files allowed to make it. */
    private static final Map<Pattern, List<String>> ALLOWED = Map.of(
            // the Web API call itself, made only by the port's postMessage
            Pattern.compile("\\.chatPostMessage\\("), List.of("slack/WebApiSlackMessenger.java"),
            // the port's postMessage, called only by the guarded sender (claim, key in metadata, record)
            Pattern.compile("\\bslack\\.postMessage\\(|\\bmessenger\\.postMessage\\("), List.of("slack/outbox/OutboxSender.java"),
            // chat.update of a message Liaison owns (an exception, listed in the docs)
            Pattern.compile("\\.chatUpdate\\("), List.of("slack/WebApiSlackMessenger.java"),
            // ways to post that would bypass the queue altogether: none
            Pattern.compile("\\.chat(PostEphemeral|ScheduleMessage|MeMessage)\\(|\\.filesUpload\\(|\"chat\\.postMessage\""),
            List.of());

    @Test
    void onlyTheDeliveryQueuePostsMessages() {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources()) {
            String relative = MAIN.relativize(file).toString().replace('\\', '/');
            String code = read(file);
            ALLOWED.forEach((call, allowed) -> {
                Matcher found = call.matcher(code);
                while (found.find()) {
                    if (!allowed.contains(relative)) {
                        offenders.add(relative + ":" + line(code, found.start()) + " " + found.group());
                    }
                }
            });
        }
        assertThat(offenders).as("posting call sites outside the delivery queue (see docs/reliability.md)").isEmpty();
    }

    @Test
    void thePortsPostMessageIsCalledOnceAndOnlyByTheSender() {
        long calls = sources().stream().filter(f -> !f.startsWith(SANDBOX)).map(OneWayOutTest::read)
                .mapToLong(code -> Pattern.compile("\\.postMessage\\(").matcher(code).results().count()).sum();
        assertThat(calls).as("calls of SlackMessenger.postMessage in the main code").isEqualTo(1);
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(SANDBOX)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int line(String code, int offset) {
        return (int) code.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
