package dev.liaison.sandbox;

import com.google.gson.JsonArray;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo agency shows public holidays: Hugo in Sydney keeps New South Wales'. */
class SandboxHolidaysE2eTest extends SandboxTestSupport {

    @Test
    void aDemoPersonKeepsTheirRegionsHolidaysAndSaysSo() {
        assertThat(post("/sandbox/command", "{\"user\":\"UDEMOAM008\",\"text\":\"/liaison me\"}").statusCode()).isEqualTo(200);

        JsonArray answers = state("UDEMOAM008").getAsJsonArray("answers");
        assertThat(answers.get(answers.size() - 1).toString()).contains("Public holidays: New South Wales, Australia (`au-nsw`)");
    }
}
