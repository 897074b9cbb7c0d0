package dev.liaison.client;

import java.util.List;

/**
 * Action ids and callback ids of the client surfaces: the one list of them, read by the client's
 * Slack listeners and by other features' messages that carry a client's buttons (the digest's
 * check-in menu, the card's Escalate button answered by the escalation feature).
 */
public final class ClientActions {

    public static final String SHARE = "client_share";
    public static final String LOG = "client_log";
    public static final String ADD_TASK = "client_add_task";
    /** "Done" next to an open task on a status card or in App Home. */
    public static final String TASK_DONE = "client_task_done";

    /** The card's Escalate button; the escalation feature answers it with its form. */
    public static final String ESCALATE = "client_escalate";
    /** The overflow menu next to a due client in digests and nudges: log, snooze, open. */
    public static final String CHECKIN_MENU = "client_checkin_menu";
    public static final String OPEN_STATUS = "client_open_status";
    public static final String EDIT = "client_edit";
    public static final String ADD_CLIENT = "client_add";

    /** The card's Update button (and the digest's due update): the update feature opens its draft. */
    public static final String UPDATE = "client_update";
    public static final String UPDATE_VIEW = "client_update_view";

    public static final String HOME_CLIENT_MENU = "home_client_menu";

    /** "Prepare brief" on a quarterly business review (the digest's item): the QBR brief in the presser's DM. */
    public static final String QBR_BRIEF = "client_qbr_brief";
    /** "Mark held" on a quarterly business review (the digest's item and the brief): a meeting touch, the next date. */
    public static final String QBR_HELD = "client_qbr_held";

    /** The block id of a review's line in a message, so "Mark held" can settle that line and drop its buttons. */
    public static String qbrBlockId(String clientId) {
        return "qbr-" + clientId;
    }

    /** The block id of the buttons under a review's line. */
    public static String qbrButtonsBlockId(String clientId) {
        return "qbr-buttons-" + clientId;
    }

    public static final String LOG_VIEW = "client_log_view";
    public static final String LOG_MESSAGE_VIEW = "client_log_message_view";
    public static final String LOG_SHORTCUT = "log_to_client";
    public static final String ADD_VIEW = "client_add_view";
    public static final String EDIT_VIEW = "client_edit_view";
    public static final String TASK_VIEW = "client_task_view";

    /** One choice of the check-in menu: its label and its value ("snooze3|<client id>"). */
    public record Choice(String label, String value) {
    }

    public static final String CHECKIN_LOG = "log";
    public static final String CHECKIN_STATUS = "status";

    /** The check-in menu of a due client (5 choices: Slack's most for an overflow menu). */
    public static List<Choice> checkInMenu(String clientId) {
        return List.of(new Choice("Log check-in", CHECKIN_LOG + "|" + clientId),
                new Choice("Snooze 1 day", "snooze1|" + clientId),
                new Choice("Snooze 3 days", "snooze3|" + clientId),
                new Choice("Snooze 1 week", "snooze7|" + clientId),
                new Choice("Open status", CHECKIN_STATUS + "|" + clientId));
    }

    private ClientActions() {
    }
}
