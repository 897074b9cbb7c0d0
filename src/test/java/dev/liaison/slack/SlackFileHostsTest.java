package dev.liaison.slack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a bot token may go with a file download (issue 15 item 3). */
class SlackFileHostsTest {

    @Test
    void onlyHttpsToSlacksFileHostWhenTheWebApiIsSlacks() {
        SlackFileHosts hosts = new SlackFileHosts("https://slack.com/api/");
        assertThat(hosts.allowed("https://files.slack.com/files-pri/T1-F1/download/clients.csv")).isTrue();
        assertThat(hosts.allowed("http://files.slack.com/files-pri/T1-F1/clients.csv")).as("plain http").isFalse();
        assertThat(hosts.allowed("https://files.slack.com:8443/x")).isFalse();
        assertThat(hosts.allowed("https://files.slack.com.evil.example/x")).isFalse();
        assertThat(hosts.allowed("https://files.slack.com@evil.example/x")).isFalse();
        assertThat(hosts.allowed("https://evil.example/files.slack.com")).isFalse();
        assertThat(hosts.allowed("http://127.0.0.1:8081/actuator/env")).isFalse();
        assertThat(hosts.allowed("file:///etc/passwd")).isFalse();
        assertThat(hosts.allowed("not a url")).isFalse();
        assertThat(hosts.allowed(null)).isFalse();
    }

    @Test
    void aStandInWebApiIsTrustedOnItsOwnAddressOnly() {
        SlackFileHosts hosts = new SlackFileHosts("http://127.0.0.1:9999/api/");
        assertThat(hosts.allowed("http://127.0.0.1:9999/files/a.csv")).isTrue();
        assertThat(hosts.allowed("http://127.0.0.1:8081/actuator/env")).isFalse();
        assertThat(hosts.allowed("https://files.slack.com/files-pri/x")).isTrue();
    }
}
