package dev.liaison.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.liaison.people.PeopleService;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** With real Slack credentials there is no sandbox: no page, no stand-in, no demo data, no demo admin. */
class SandboxOffWithCredentialsTest extends LiaisonE2eTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PeopleService people;

    @Test
    void theSandboxIsNotServed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/sandbox", "/sandbox/sandbox.js", "/sandbox/people", "/sandbox/state?user=UDEMOHEAD1"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
        for (String path : new String[] {"/sandbox/api/auth.test", "/sandbox/command", "/sandbox/jobs/daily-digest",
                "/sandbox/reset"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void noneOfItsPartsExist() {
        assertThat(context.getBeanNamesForType(SandboxWorkspace.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SandboxAddress.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DemoAgency.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SandboxController.class)).isEmpty();
        assertThat(people.isAdmin(DemoAgency.TEAM, DemoAgency.HEAD)).as("the demo head is no admin of a real workspace").isFalse();
        assertThat(people.find(DemoAgency.TEAM, DemoAgency.HEAD)).isEmpty();
    }
}
