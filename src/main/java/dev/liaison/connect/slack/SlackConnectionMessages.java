package dev.liaison.connect.slack;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.liaison.connect.ConnectionMessages;
import dev.liaison.connect.Provider;
import dev.liaison.connect.SyncFailure;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Connection trouble, told to the heads of accounts through the delivery queue, each message once. */
@Component
class SlackConnectionMessages implements ConnectionMessages {

    /** A DM lists at most this many people; the rest are counted. */
    static final int LISTED = 30;

    private final Outbox outbox;

    SlackConnectionMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void connectionBroken(String teamId, Provider provider, String problem, Instant since, String headId) {
        String command = "/liaison config calendar " + provider.name().toLowerCase(Locale.ROOT);
        Mrkdwn text = Mrkdwn.of(":warning: Liaison can't read %s calendars and mail any more: %s. Absences and touches"
                + " from %s wait until it works again. Fix the credentials (or give new ones with `%s`).",
                provider.label(), problem == null ? "the credentials were refused" : problem, provider.label(), command);
        // one message per breakage: the key carries when it broke
        outbox.enqueue("connection-broken:" + teamId + ":" + provider + ":" + since.toEpochMilli() + ":" + headId, teamId,
                headId, "connection-broken", text.markup(), List.of(BlockKit.text(text)));
    }

    @Override
    public void peopleUnreachable(String teamId, Provider provider, List<Unreachable> people, String headId) {
        String listed = people.stream().limit(LISTED).map(p -> "• <@" + p.userId() + "> ("
                + (p.kind() == SyncFailure.Kind.NOT_FOUND ? "no calendar or mailbox for their Slack e-mail"
                : "access refused: not covered by the delegation or consent") + ")").collect(Collectors.joining("\n"))
                + (people.size() > LISTED ? "\n…and " + (people.size() - LISTED) + " more" : "");
        String key = people.stream().map(Unreachable::userId).sorted().collect(Collectors.joining(","));
        Mrkdwn text = Mrkdwn.of("%s can't read these people's calendars or mail, so their absences and touches are not"
                + " picked up (everyone else's are):", provider.label());
        outbox.enqueue("connection-people:" + teamId + ":" + provider + ":" + Integer.toHexString(key.hashCode()) + ":"
                        + key.length() + ":" + headId, teamId, headId, "connection-people", text.markup(),
                List.of(BlockKit.text(text), BlockKit.text(Mrkdwn.escapedAlready(listed))));
    }
}
