package dev.liaison.qbr.slack;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import dev.liaison.client.Client;
import dev.liaison.client.ClientActions;
import dev.liaison.client.ClientService;
import dev.liaison.people.Caller;
import dev.liaison.people.PeopleService;
import dev.liaison.qbr.QbrBriefs;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackMessenger;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Prepare brief" on a quarterly business review: the QBR brief in the presser's DM. The client is
 * checked in the presser's workspace before the ack (the registry has already refused guests and
 * outsiders, as for /client status); the brief is gathered, drawn and uploaded after it.
 */
@Component
class QbrBriefListener implements SlackListener {

    private static final Logger log = LoggerFactory.getLogger(QbrBriefListener.class);

    private final QbrBriefs briefs;
    private final ClientService clients;
    private final PeopleService people;
    private final SlackMessenger slack;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "qbr-brief");
        thread.setDaemon(true);
        return thread;
    });

    QbrBriefListener(QbrBriefs briefs, ClientService clients, PeopleService people, SlackMessenger slack) {
        this.briefs = briefs;
        this.clients = clients;
        this.people = people;
        this.slack = slack;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.blockAction(Pattern.compile(Pattern.quote(ClientActions.QBR_BRIEF)), (req, ctx) -> {
            var payload = req.getPayload();
            var action = payload.getActions().get(0);
            Caller presser = people.caller(payload.getTeam().getId(), payload.getUser().getId());
            // another workspace's client id finds nothing here: "That client no longer exists."
            Client client = clients.get(presser.teamId(), action.getValue());
            // one brief per click: the click's time (Slack's action_ts, and ours) tells two clicks apart
            String key = "qbr-brief:" + presser.teamId() + ":" + client.id() + ":" + presser.userId() + ":"
                    + action.getActionTs() + ":" + presser.now().toEpochMilli();
            String responseUrl = payload.getResponseUrl();
            background.submit(() -> {
                try {
                    briefs.deliver(presser, client.id(), key);
                    tell(responseUrl, Mrkdwn.of("The QBR brief for *%s* is in your DM with Liaison.", client.name()));
                } catch (RuntimeException e) {
                    log.warn("QBR brief of client {} for {} failed: {}", client.id(), presser.userId(), e.getMessage());
                    tell(responseUrl, Mrkdwn.of("I couldn't prepare the QBR brief for *%s* just now. Please try again.",
                            client.name()));
                }
            });
            return ctx.ack();
        });
    }

    private void tell(String responseUrl, Mrkdwn text) {
        if (responseUrl == null) {
            return;
        }
        try {
            slack.respond(responseUrl, false, text.markup(), null);
        } catch (RuntimeException e) {
            log.debug("Could not answer a QBR brief click: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }
}
