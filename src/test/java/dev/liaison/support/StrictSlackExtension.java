package dev.liaison.support;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test during which Liaison made a call Slack would refuse as built wrong: a Web API method
 * the fake does not know, a required argument missing, Block Kit Slack cannot show. The fake answers
 * such calls as Slack does, and the app may well take the answer in its stride: this makes sure
 * nobody has to notice. Registered for every JUnit Jupiter test (META-INF/services, autodetection
 * on in junit-platform.properties), it asks every {@link FakeSlackWebApi} alive.
 */
public final class StrictSlackExtension implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> refused = new ArrayList<>();
        for (FakeSlackWebApi slack : FakeSlackWebApi.ALIVE) {
            refused.addAll(slack.takeRefusals());
        }
        if (!refused.isEmpty()) {
            throw new AssertionError("Calls Slack would have refused:\n  " + String.join("\n  ", refused));
        }
    }
}
