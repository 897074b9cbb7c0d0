package dev.liaison.ooo;

import java.time.LocalDate;
import java.util.List;

import dev.liaison.slack.Mrkdwn;

/** What the out-of-office feature tells people; the Slack side renders and queues it. */
public interface OooMessages {

    /** The reallocation prompt to the lead (or whoever decides). */
    void prompt(PlanRecord plan, String recipientId);

    /** One DM per coverer listing everything they now cover. */
    void coverNotice(PlanRecord plan, String coverId, List<PlanRecord.Item> items);

    /** A single item applied on its own: its coverer hears about that item. */
    void coverItemNotice(PlanRecord plan, PlanRecord.Item item);

    /** The absent person learns who covers what. */
    void absentSummary(PlanRecord plan);

    /** At the return: which tasks went back, with a way to keep them with their coverers. */
    void handBack(PlanRecord plan, List<Coverage> returnedTasks);

    /** At the return: what happened on their clients while they were out. */
    void whileYouWereOut(String teamId, String userId, LocalDate from, LocalDate to, List<Mrkdwn> lines);

    /** A calendar no longer has them out ({@code from}–{@code to}, its old days): the absence is withdrawn. */
    void withdrawn(Absence absence, LocalDate from, LocalDate to, String recipientId);

    /** A calendar moved their time off from {@code from}–{@code to} to the absence's days now. */
    void moved(Absence now, LocalDate from, LocalDate to, String recipientId);
}
