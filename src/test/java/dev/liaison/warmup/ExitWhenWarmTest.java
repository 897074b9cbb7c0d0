package dev.liaison.warmup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.liaison.LiaisonApplication;
import dev.liaison.support.TestInstances;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20 item 1: {@code liaison.exit-when-warm=true} is the AppCDS training run. A separate JVM (it really
 * exits), one workspace over HTTP on an empty database (the cheapest start: what it sends with a workspace is
 * WarmUpBeforeReadyTest's), with the Web API on a port nothing listens on: it warms up through the real
 * endpoint and exits 0 by itself.
 */
class ExitWhenWarmTest {

    @Test
    void theProcessWarmsUpThroughTheRealPipelineAndExitsZero() throws Exception {
        Path log = Files.createTempFile(Path.of("target"), "liaison-exit-when-warm-", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LiaisonApplication.class.getName()));
        command.addAll(List.of(TestInstances.arguments(TestInstances.properties(
                TestInstances.freshDataDir("liaison-exit-when-warm-"), java.util.Map.of(
                        "server.port", "0", "management.server.port", "0",
                        "liaison.warm-up.requests", "30", "liaison.exit-when-warm", "true",
                        "slack.bot-token", "xoxb-exit-when-warm", "slack.signing-secret", "exit0when0warm0secret",
                        "slack.api-url", "http://127.0.0.1:9/api/")))));
        ProcessBuilder launcher = new ProcessBuilder(command).redirectErrorStream(true);
        launcher.redirectOutput(log.toFile());
        launcher.environment().keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("LIAISON_"));
        Process process = launcher.start();
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the process stopped by itself").isTrue();
        } finally {
            process.destroyForcibly();
        }
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).contains("Warm-up: 30 requests answered 200", "url_verification only", "exiting")
                .doesNotContain("Warm-up stopped", "Exception", "exit0when0warm0secret");
    }
}
