package dev.liaison.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import static dev.liaison.ops.OpsLiaison.PASSWORD;
import static dev.liaison.ops.OpsLiaison.USER;
import static dev.liaison.ops.OpsLiaison.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 22 item 8: /actuator/info says which build is running: the version from the pom (Boot's build-info)
 * and the commit it was built from (git-commit-id's git.properties).
 */
class InfoEndpointTest {

    private static JsonObject info() {
        var answer = OpsLiaison.get("/actuator/info", basic(USER, PASSWORD));
        assertThat(answer.statusCode()).isEqualTo(200);
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    @Test
    void infoNamesTheVersionTheBuildSays() throws Exception {
        String version = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile())
                .getDocumentElement().getElementsByTagName("version").item(1).getTextContent();
        JsonObject build = info().getAsJsonObject("build");
        assertThat(build.get("version").getAsString()).isEqualTo(version);
        assertThat(build.get("artifact").getAsString()).isEqualTo("liaison");
        assertThat(build.has("time")).isTrue();
    }

    @Test
    void infoNamesTheCommitItWasBuiltFrom() throws IOException, InterruptedException {
        assumeTrue(Files.exists(Path.of(".git")), "built from a source archive: no commit to name");
        JsonObject commit = info().getAsJsonObject("git").getAsJsonObject("commit");
        String id = commit.get("id").getAsString();
        assertThat(id).matches("[0-9a-f]{7,40}");
        // a commit of this repository (in a git worktree the plugin reads the main checkout's HEAD, so the id is
        // checked to exist rather than to be this checkout's HEAD)
        Process cat = new ProcessBuilder("git", "cat-file", "-t", id).redirectErrorStream(true).start();
        assertThat(cat.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(cat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip()).isEqualTo("commit");
    }
}
