package dev.liaison.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22 item 7: the Docker files say what the README promises. No engine runs here, so the files are
 * read: a stop that waits longer than Liaison's own drain, the scale-out variant with two replicas on a
 * replica set behind one proxy, nothing local sent to the image build, and the runtime on the current LTS.
 */
class DockerFilesTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String path) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> map, String... keys) {
        Map<String, Object> current = map;
        for (String key : keys) {
            current = (Map<String, Object>) current.get(key);
            assertThat(current).as(String.join(".", keys)).isNotNull();
        }
        return current;
    }

    /** The longest Liaison may take to stop by itself: one shutdown phase's timeout plus the scheduler's wait. */
    static Duration drain() throws IOException {
        Map<String, Object> app = yaml("src/main/resources/application.yml");
        Duration phase = DurationStyle.detectAndParse(String.valueOf(at(app, "spring", "lifecycle")
                .get("timeout-per-shutdown-phase")));
        Duration scheduler = DurationStyle.detectAndParse(String.valueOf(at(app, "spring", "task", "scheduling",
                "shutdown").get("await-termination-period")));
        return phase.plus(scheduler);
    }

    @Test
    void dockerWaitsLongerThanLiaisonTakesToDrain() throws IOException {
        Duration drain = drain();
        assertThat(drain).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        for (String compose : List.of("docker/compose.yml", "docker/compose.replicas.yml")) {
            Map<String, Object> liaison = at(yaml(compose), "services", "liaison");
            Object grace = liaison.get("stop_grace_period");
            assertThat(grace).as("%s: stop_grace_period (Docker's default is 10 s)", compose).isNotNull();
            assertThat(DurationStyle.detectAndParse(grace.toString())).as(compose).isGreaterThan(drain);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theScaleOutExampleRunsTwoReplicasOnAReplicaSetBehindOneProxy() throws IOException {
        Map<String, Object> services = at(yaml("docker/compose.replicas.yml"), "services");
        Map<String, Object> liaison = (Map<String, Object>) services.get("liaison");
        assertThat(at(liaison, "deploy").get("replicas")).isEqualTo(2);
        String uri = String.valueOf(at(liaison, "environment").get("MONGODB_URI"));
        assertThat(uri).contains("mongo1:27017,mongo2:27017,mongo3:27017").contains("replicaSet=rs0");
        assertThat(liaison).as("two replicas cannot publish one host port").doesNotContainKey("ports");
        for (String member : List.of("mongo1", "mongo2", "mongo3")) {
            assertThat(services).containsKey(member);
        }
        Map<String, Object> proxy = (Map<String, Object>) services.get("proxy");
        assertThat((List<String>) proxy.get("ports")).containsExactly("${LIAISON_PUBLISH_ADDRESS:-127.0.0.1}:8080:8080");
        assertThat(Files.readString(Path.of("docker/nginx-replicas.conf"))).contains("http://liaison:8080");
    }

    @Test
    void nothingLocalGoesIntoTheImageOrIntoGit() throws IOException {
        List<String> ignored = Files.readAllLines(Path.of(".dockerignore"));
        assertThat(ignored).contains(".git", ".env", "data/", "target/");
        assertThat(Files.readAllLines(Path.of(".gitignore"))).contains(".env", "data/", "target/");
    }

    @Test
    void theImageIsBuiltWithTheWrapperAndRunsOnTheCurrentLtsWithVirtualThreads() throws IOException {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
        assertThat(dockerfile).contains("FROM eclipse-temurin:25-jre", "./mvnw -B", "SPRING_THREADS_VIRTUAL_ENABLED=true")
                .contains("ENTRYPOINT [\"java\"");
    }

    /**
     * Issue 20: the image runs with the JVM settings bench/ measured (docker/jvm.options and jvm.env), and starts
     * from the class cache its training run wrote, a run that warms up and exits by itself.
     */
    @Test
    void theImageRunsTheMeasuredJvmSettingsFromItsTrainedCache() throws Exception {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
        List<String> imageEnv = new java.util.ArrayList<>();
        for (String line : dockerfile.split("\n")) {
            if (line.startsWith("ENV ")) {
                imageEnv.addAll(List.of(line.substring(4).trim().split("\\s+")));
            }
        }
        List<String> jvmEnv = Files.readAllLines(Path.of("docker/jvm.env")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(jvmEnv).isNotEmpty();
        assertThat(imageEnv).as("every line of docker/jvm.env is an ENV of the image").containsAll(jvmEnv);
        assertThat(dockerfile).contains("docker/jvm.options /app/jvm.options").contains("ENV JDK_JAVA_OPTIONS=@/app/jvm.options");

        java.util.regex.Matcher written = java.util.regex.Pattern.compile("-XX:AOTCacheOutput=(\\S+)").matcher(dockerfile);
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("\"-XX:AOTCache=([^\"]+)\"").matcher(dockerfile);
        assertThat(written.find()).as("a training run writes the cache").isTrue();
        assertThat(used.find()).as("the entrypoint uses a cache").isTrue();
        assertThat(used.group(1)).isEqualTo(written.group(1));
        assertThat(dockerfile.substring(dockerfile.lastIndexOf("RUN ", written.start()), written.start()))
                .as("the training run exits once warm").contains("LIAISON_EXIT_WHEN_WARM=true");

        // every option in jvm.options is one this JVM accepts (a typo would stop the container at start)
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@docker/jvm.options", "-version").redirectErrorStream(true).start();
        String said = new String(java.getInputStream().readAllBytes());
        assertThat(java.waitFor()).as(said).isZero();
    }
}
