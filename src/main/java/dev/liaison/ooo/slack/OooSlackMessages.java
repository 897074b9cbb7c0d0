package dev.liaison.ooo.slack;

import java.time.LocalDate;
import java.util.List;

import dev.liaison.ooo.Absence;
import dev.liaison.ooo.CoverCandidates;
import dev.liaison.ooo.Coverage;
import dev.liaison.ooo.OooMessages;
import dev.liaison.ooo.PlanRecord;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Out-of-office messages through the delivery queue, each under a key that makes it once-only. */
@Component
class OooSlackMessages implements OooMessages {

    private final Outbox outbox;
    private final CoverCandidates candidates;

    OooSlackMessages(Outbox outbox, CoverCandidates candidates) {
        this.outbox = outbox;
        this.candidates = candidates;
    }

    @Override
    public void prompt(PlanRecord plan, String recipientId) {
        outbox.enqueue("ooo-prompt:" + plan.id() + ":" + recipientId, plan.teamId(), recipientId, "ooo-prompt",
                OooBlocks.promptText(plan).markup(), OooBlocks.prompt(plan, candidates.of(plan)));
    }

    @Override
    public void coverNotice(PlanRecord plan, String coverId, List<PlanRecord.Item> items) {
        outbox.enqueue("ooo-cover:" + plan.id() + ":" + coverId, plan.teamId(), coverId, "ooo-cover",
                "You cover for someone who is out", OooBlocks.coverNotice(plan, items));
    }

    @Override
    public void coverItemNotice(PlanRecord plan, PlanRecord.Item item) {
        outbox.enqueue("ooo-cover:" + plan.id() + ":" + item.chosenId() + ":" + item.itemId(), plan.teamId(),
                item.chosenId(), "ooo-cover", "You cover for someone who is out",
                OooBlocks.coverNotice(plan, List.of(item)));
    }

    @Override
    public void absentSummary(PlanRecord plan) {
        outbox.enqueue("ooo-summary:" + plan.id(), plan.teamId(), plan.absentId(), "ooo-summary",
                "Your cover while you're out", OooBlocks.absentSummary(plan));
    }

    @Override
    public void handBack(PlanRecord plan, List<Coverage> returnedTasks) {
        String to = plan.leadId() != null ? plan.leadId() : plan.absentId();
        outbox.enqueue("ooo-handback:" + plan.id(), plan.teamId(), to, "ooo-handback", "Cover has ended",
                OooBlocks.handBack(plan, returnedTasks));
    }

    @Override
    public void whileYouWereOut(String teamId, String userId, LocalDate from, LocalDate to, List<Mrkdwn> lines) {
        outbox.enqueue("ooo-welcome:" + teamId + ":" + userId + ":" + from + ":" + to, teamId, userId, "ooo-welcome",
                "While you were out", OooBlocks.whileYouWereOut(from, to, lines));
    }

    @Override
    public void withdrawn(Absence absence, LocalDate from, LocalDate to, String recipientId) {
        Mrkdwn text = Mrkdwn.of("%s's %s no longer has them out %s, so that absence is withdrawn and any cover for it ends.",
                Mrkdwn.user(absence.userId()), calendar(absence), OooBlocks.period(from.toString(), to.toString()));
        outbox.enqueue("ooo-withdrawn:" + absence.id() + ":" + recipientId, absence.teamId(), recipientId, "ooo-withdrawn",
                text.markup(), List.of(BlockKit.text(text)));
    }

    @Override
    public void moved(Absence now, LocalDate from, LocalDate to, String recipientId) {
        Mrkdwn text = Mrkdwn.of("%s's %s moved their time off from %s–%s to %s–%s. I'll ask you about cover for the new days"
                        + " when they come near; cover planned for the old days ends.", Mrkdwn.user(now.userId()), calendar(now),
                from.toString(), to.toString(), now.from(), now.to());
        outbox.enqueue("ooo-moved:" + now.id() + ":" + from + ":" + recipientId, now.teamId(), recipientId, "ooo-moved",
                text.markup(), List.of(BlockKit.text(text)));
    }

    private static String calendar(Absence absence) {
        return switch (absence.sourceLabel()) {
            case "Google" -> "Google calendar";
            case "Microsoft" -> "Microsoft 365 calendar";
            default -> "calendar";
        };
    }
}
