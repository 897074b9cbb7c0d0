package dev.liaison.slack;

import java.net.URI;
import java.util.Locale;

/**
 * Where a file may be fetched with a workspace's bot token: over https from Slack's file host, or
 * from the very host SLACK_API_URL names when that is not Slack (a stand-in or a proxy, already sent
 * the token on every Web API call). Nothing else: a URL from an event, an external file or a
 * redirect elsewhere would hand the token, and a server-side request, to whoever chose it.
 */
final class SlackFileHosts {

    static final String SLACK_FILES = "files.slack.com";

    private final URI standIn;

    SlackFileHosts(String apiUrl) {
        URI api = URI.create(apiUrl);
        this.standIn = api.getHost() == null || api.getHost().equalsIgnoreCase("slack.com") ? null : api;
    }

    boolean allowed(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException | NullPointerException notAUrl) {
            return false;
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getScheme() == null) {
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (uri.getScheme().equals("https") && host.equals(SLACK_FILES) && (uri.getPort() == -1 || uri.getPort() == 443)) {
            return true;
        }
        return standIn != null && uri.getScheme().equals(standIn.getScheme()) && host.equalsIgnoreCase(standIn.getHost())
                && uri.getPort() == standIn.getPort();
    }
}
