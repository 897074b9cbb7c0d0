package dev.liaison.sandbox;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Sandbox mode is "no Slack credentials", the rule SlackProperties uses; the demo head is an admin only then. */
class SandboxModeTest {

    @Test
    void activeWithoutATokenOrWithoutASecretAndNeverWithBoth() {
        assertThat(SandboxMode.active(new MockEnvironment())).isTrue();
        assertThat(SandboxMode.active(new MockEnvironment().withProperty("slack.bot-token", "xoxb-1")
                .withProperty("slack.signing-secret", " "))).isTrue();
        assertThat(SandboxMode.active(new MockEnvironment().withProperty("slack.signing-secret", "s3cret"))).isTrue();
        assertThat(SandboxMode.active(new MockEnvironment().withProperty("slack.bot-token", "xoxb-1")
                .withProperty("slack.signing-secret", "s3cret"))).isFalse();
        // Socket Mode and OAuth distribution are real Slack too
        assertThat(SandboxMode.active(new MockEnvironment().withProperty("slack.bot-token", "xoxb-1")
                .withProperty("slack.app-token", "xapp-1"))).isFalse();
        assertThat(SandboxMode.active(new MockEnvironment().withProperty("slack.client-id", "123.456")
                .withProperty("slack.client-secret", "cs").withProperty("slack.signing-secret", "s3cret"))).isFalse();
    }

    @Test
    void theDemoHeadJoinsTheConfiguredAdminsInSandboxModeOnly() {
        MockEnvironment sandbox = new MockEnvironment().withProperty("liaison.admins", "UREAL1");
        new SandboxAdmins().postProcessEnvironment(sandbox, new SpringApplication());
        assertThat(sandbox.getProperty("liaison.admins")).isEqualTo("UREAL1," + DemoAgency.HEAD);

        MockEnvironment empty = new MockEnvironment();
        new SandboxAdmins().postProcessEnvironment(empty, new SpringApplication());
        assertThat(empty.getProperty("liaison.admins")).isEqualTo(DemoAgency.HEAD);

        MockEnvironment live = new MockEnvironment().withProperty("slack.bot-token", "xoxb-1")
                .withProperty("slack.signing-secret", "s3cret").withProperty("liaison.admins", "UREAL1");
        new SandboxAdmins().postProcessEnvironment(live, new SpringApplication());
        assertThat(live.getProperty("liaison.admins")).isEqualTo("UREAL1");
    }
}
