package dev.liaison.slack.transport;

import dev.liaison.support.EveryKindOfRequest;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.Test;

/** The scenario of {@link EveryKindOfRequest} over HTTP: signed requests at /slack/events. */
class HttpTransportE2eTest extends LiaisonE2eTest {

    @Test
    void everyKindOfRequestOverHttp() {
        EveryKindOfRequest.run(slack(), SLACK, newTeam(), "xoxb-test-token");
    }
}
