package dev.liaison.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;

/**
 * /client report: a team's account report, answered in the ack. Implemented where the report is
 * built (the digest feature), so the client feature does not depend on it.
 */
public interface TeamReports {

    record Answer(Mrkdwn text, List<LayoutBlock> blocks) {
    }

    Answer report(String teamId, String callerId, String leadId);
}
