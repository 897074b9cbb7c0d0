package dev.liaison.qbr.slack;

import dev.liaison.qbr.QbrBrief;
import dev.liaison.qbr.QbrMessages;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The QBR brief through Slack: the chart uploaded to the presser's DM, the brief through the delivery queue. */
@Component
class SlackQbrMessages implements QbrMessages {

    private static final Logger log = LoggerFactory.getLogger(SlackQbrMessages.class);

    private final Outbox outbox;
    private final SlackMessenger slack;

    SlackQbrMessages(Outbox outbox, SlackMessenger slack) {
        this.outbox = outbox;
        this.slack = slack;
    }

    @Override
    public boolean uploadChart(QbrBrief brief, byte[] png) {
        try {
            slack.uploadFile(brief.teamId(), brief.presserId(), "qbr-health-" + brief.today() + ".png",
                    "Health over the last 12 weeks", png, brief.healthInWords(), null);
            return true;
        } catch (SlackMessenger.SlackUnavailable unavailable) {
            log.warn("QBR chart for {} not uploaded: {}", brief.presserId(), unavailable.getMessage());
            return false;
        }
    }

    @Override
    public boolean queueBrief(QbrBrief brief, boolean chartUploaded, String key) {
        return outbox.enqueue(key, brief.teamId(), brief.presserId(), "qbr-brief", QbrBriefBlocks.text(brief),
                QbrBriefBlocks.blocks(brief, chartUploaded));
    }
}
