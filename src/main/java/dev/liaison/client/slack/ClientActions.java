package dev.liaison.client.slack;

/** Action ids and callback ids of the client surfaces. */
public final class ClientActions {

    static final String SHARE = "client_share";
    static final String LOG = "client_log";
    static final String ADD_TASK = "client_add_task";
    /** "Done" next to an open task on a status card or in App Home. */
    static final String TASK_DONE = "client_task_done";

    /** The overflow menu next to a due client in digests and nudges: log, snooze, open. */
    /** The card's Escalate button; the escalation feature answers it with its form. */
    public static final String ESCALATE = "client_escalate";
    public static final String CHECKIN_MENU = "client_checkin_menu";
    public static final String OPEN_STATUS = "client_open_status";
    static final String EDIT = "client_edit";
    static final String ADD_CLIENT = "client_add";

    static final String HOME_CLIENT_MENU = "home_client_menu";

    static final String LOG_VIEW = "client_log_view";
    static final String LOG_MESSAGE_VIEW = "client_log_message_view";
    static final String LOG_SHORTCUT = "log_to_client";
    static final String ADD_VIEW = "client_add_view";
    static final String EDIT_VIEW = "client_edit_view";
    static final String TASK_VIEW = "client_task_view";

    private ClientActions() {
    }
}
