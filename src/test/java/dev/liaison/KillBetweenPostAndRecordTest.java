package dev.liaison;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import dev.liaison.escalation.Escalation;
import dev.liaison.escalation.EscalationService;
import dev.liaison.slack.outbox.Outbox;
import dev.liaison.slack.outbox.OutboxMessage;
import dev.liaison.slack.outbox.OutboxSender;
import dev.liaison.support.TestDatabase;
import dev.liaison.support.FakeSlackWebApi;
import dev.liaison.support.SignedSlack;
import dev.liaison.support.TestInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Liaison processes on one MongoDB-wire server: this JVM's instance (its embedded database
 * listening on a TCP port) and a second JVM that posts an escalation's parent and is killed with
 * SIGKILL after Slack has posted it and before the post is recorded. The surviving instance, on
 * the real clock, finishes the work: one parent in the channel, its ts recorded, one DM to the rung.
 */
class KillBetweenPostAndRecordTest {

    static final String SECRET = "kill0between0post0and0record0000";
    static final FakeSlackWebApi SLACK = new FakeSlackWebApi();

    @AfterAll
    static void stop() {
        SLACK.close();
        TestDatabase.dropAll(KillBetweenPostAndRecordTest.class);
    }

    private static Map<String, String> common() {
        Map<String, String> properties = new LinkedHashMap<>(TestInstances.jobsOff());
        properties.put("server.port", "0");
        properties.put("management.server.port", "0");
        properties.put("slack.bot-token", "xoxb-test-token");
        properties.put("slack.signing-secret", SECRET);
        properties.put("slack.api-url", SLACK.apiUrl());
        properties.put("liaison.admins", "UKHEAD");
        return properties;
    }


    /** Another JVM running Liaison on the same database, its output in {@code log}. */
    private static Process otherProcess(String mongoUri, Path dataDir, Path log) throws IOException {
        Map<String, String> properties = common();
        properties.put("liaison.mongodb-uri", mongoUri);
        properties.put("liaison.data-dir", dataDir.toString());
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                LiaisonApplication.class.getName()));
        command.addAll(List.of(TestInstances.arguments(properties)));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test
    void aProcessKilledAfterSlackPostedTheParentAndBeforeItWasRecordedLeavesOneParent(@TempDir Path dir)
            throws Exception {
        Map<String, String> survivorProperties = common();
        TestDatabase database = TestDatabase.at(KillBetweenPostAndRecordTest.class, dir.resolve("db"));
        survivorProperties.putAll(database.properties());
        // this instance delivers only when the test says so: the other process is the one that posts first
        survivorProperties.put("liaison.outbox.worker", "false");
        try (ConfigurableApplicationContext survivor = new SpringApplicationBuilder(LiaisonApplication.class)
                .run(TestInstances.arguments(survivorProperties))) {
            String uri = database.uriFor(survivor);
            Path log = Files.createDirectories(Path.of("target")).resolve("kill-between-post-and-record.log");
            Process other = otherProcess(uri, dir.resolve("unused"), log);
            try {
                String team = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
                String owner = "UKOWN" + team.substring(1, 6);
                String channel = "C0KILL" + team.substring(1, 6);
                SLACK.member(team, owner, "Olive Owner", "Europe/London").member(team, "UKHEAD", "Hana Head", "UTC");
                SignedSlack slack = new SignedSlack("http://127.0.0.1:" + survivor.getEnvironment()
                        .getProperty("local.server.port") + "/slack/events", SECRET, Clock.systemUTC());
                slack.command(team, "UKHEAD", "/liaison", "config escalation-channel <#" + channel + "|escalations>",
                        SLACK.responseUrl("cfg"));
                slack.command(team, owner, "/client", "add \"Kestrel " + team + "\"", SLACK.responseUrl("add"));
                // Slack takes the parent at once and never answers the process that posted it
                SLACK.slowNext("chat.postMessage", 120_000, 1);
                assertThat(slack.command(team, owner, "/escalate", "kestrel p2 Feed broken", SLACK.responseUrl("e"))
                        .body()).contains("Opened P2 escalation E-1");
                String id = team + ":E-1";
                String key = "escalation:" + id + ":parent";
                Outbox outbox = survivor.getBean(Outbox.class);

                // the other process starts, claims the parent and posts it; Slack has it, the record does not
                await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(200))
                        .until(() -> !SLACK.posted(channel).isEmpty());
                OutboxMessage inFlight = outbox.find(key);
                assertThat(inFlight.status()).isEqualTo(OutboxMessage.Status.PENDING);
                assertThat(inFlight.inFlightSince()).as("posted and not recorded").isNotNull();
                other.destroyForcibly(); // SIGKILL: no shutdown hook, no release
                assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();

                // the survivor's delivery worker and escalation timers, as they run on their schedules
                OutboxSender sender = survivor.getBean(OutboxSender.class);
                EscalationService escalations = survivor.getBean(EscalationService.class);
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    sender.deliverDue();
                    escalations.climbDue();
                    return escalations.get(team, id).parentTs() != null && !SLACK.posted(owner).isEmpty();
                });
                for (int i = 0; i < 4; i++) {
                    sender.deliverDue();
                    escalations.climbDue();
                }

                List<JsonObject> parents = SLACK.posted(channel).stream().filter(m -> !m.has("thread_ts")).toList();
                assertThat(parents).as("parents in the escalation channel").hasSize(1);
                Escalation escalation = escalations.get(team, id);
                assertThat(escalation.parentTs()).isEqualTo(parents.get(0).get("ts").getAsString());
                assertThat(escalation.permalink()).isNotNull();
                assertThat(SLACK.posted(owner)).as("the rung's DM").hasSize(1);
                assertThat(outbox.find(key).status()).isEqualTo(OutboxMessage.Status.SENT);
            } finally {
                other.destroyForcibly();
                other.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
