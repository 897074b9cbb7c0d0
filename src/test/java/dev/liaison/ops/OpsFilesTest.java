package dev.liaison.ops;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static dev.liaison.ops.OpsLiaison.PASSWORD;
import static dev.liaison.ops.OpsLiaison.SLACK;
import static dev.liaison.ops.OpsLiaison.USER;
import static dev.liaison.ops.OpsLiaison.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 22 item 5: the Grafana dashboard and the Prometheus alerts name only metrics a running Liaison
 * exports. The app is put through what makes its lazily created meters appear (a Slack request, a run of
 * every job), then every metric named in ops/ is looked for in its /actuator/prometheus.
 */
class OpsFilesTest {

    static final List<String> JOBS = List.of("daily-digest", "checkin-nudges", "escalation-timers", "ooo-watch",
            "weekly-report", "mail-sync");
    /** Metric names in PromQL: ours, Spring's HTTP server timer, the JVM's and the process's. */
    static final Pattern METRIC = Pattern.compile("\\b(liaison_[a-z0-9_]+|http_server_requests_[a-z0-9_]+|jvm_[a-z0-9_]+|process_[a-z0-9_]+)\\b");
    static final Pattern URI_LABEL = Pattern.compile("([a-z_]+)\\{[^}]*uri=\"([^\"]+)\"");

    private static String scrape;

    @BeforeAll
    static void aLiaisonThatHasWorked() {
        String team = "TOPSMETRIC";
        SLACK.member(team, "UOPS1", "Olu Ops", "Europe/London");
        OpsLiaison.slack().command(team, "UOPS1", "/client", "add \"Metrics Co\"", SLACK.responseUrl("ops"));
        for (String job : JOBS) {
            var run = OpsLiaison.send(HttpRequest.newBuilder(URI.create(OpsLiaison.management(
                    "/actuator/quartz/jobs/liaison/" + job))).header("Content-Type", "application/json")
                    .header("Authorization", basic(USER, PASSWORD))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"state\":\"running\"}")).build());
            assertThat(run.statusCode()).as(job).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> JOBS.stream().allMatch(job ->
                OpsLiaison.prometheus().contains("liaison_job_duration_seconds_count{job=\"" + job + "\"")));
        scrape = OpsLiaison.prometheus();
    }

    private static Set<String> exported() {
        Set<String> names = new TreeSet<>();
        for (String line : scrape.split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    private static void everyMetricExists(String file, List<String> expressions, int atLeast) {
        Set<String> named = new TreeSet<>();
        for (String expr : expressions) {
            Matcher metric = METRIC.matcher(expr);
            while (metric.find()) {
                named.add(metric.group(1));
            }
            Matcher uri = URI_LABEL.matcher(expr);
            while (uri.find()) {
                assertThat(scrape).as("%s: a %s series with uri=\"%s\"", file, uri.group(1), uri.group(2))
                        .containsPattern(Pattern.quote(uri.group(1)) + "\\{[^}]*uri=\"" + Pattern.quote(uri.group(2)) + "\"");
            }
        }
        assertThat(named).as("%s names metrics", file).hasSizeGreaterThanOrEqualTo(atLeast);
        assertThat(exported()).as("%s: metrics it names that /actuator/prometheus does not export", file)
                .containsAll(named);
    }

    @Test
    void theDashboardIsJsonAndEveryMetricItNamesIsExported() throws IOException {
        JsonObject dashboard = JsonParser.parseString(Files.readString(Path.of("ops/grafana/liaison.json"))).getAsJsonObject();
        assertThat(dashboard.get("uid").getAsString()).isEqualTo("liaison");
        List<String> expressions = new ArrayList<>();
        for (JsonElement panel : dashboard.getAsJsonArray("panels")) {
            for (JsonElement target : panel.getAsJsonObject().getAsJsonArray("targets")) {
                expressions.add(target.getAsJsonObject().get("expr").getAsString());
            }
        }
        assertThat(expressions).hasSizeGreaterThanOrEqualTo(10);
        everyMetricExists("ops/grafana/liaison.json", expressions, 10);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAlertsParseAndEveryMetricTheyNameIsExported() throws IOException {
        Map<String, Object> rules;
        try (InputStream in = Files.newInputStream(Path.of("ops/prometheus/alerts.yml"))) {
            rules = new Yaml().load(in);
        }
        List<String> expressions = new ArrayList<>();
        Set<String> alerts = new TreeSet<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                alerts.add((String) rule.get("alert"));
                expressions.add((String) rule.get("expr"));
            }
        }
        assertThat(alerts).contains("LiaisonMessagesParked", "LiaisonOutboxDepthGrowing", "LiaisonJobNotRun",
                "LiaisonSocketModeDown", "LiaisonDatabaseDown");
        everyMetricExists("ops/prometheus/alerts.yml", expressions, 6);
    }

    @Test
    void theDatabaseHealthIsAMetric() {
        assertThat(scrape).contains("liaison_health_up{component=\"mongo\"} 1.0");
    }
}
