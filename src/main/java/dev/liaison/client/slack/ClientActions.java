package dev.liaison.client.slack;

/** Action ids and callback ids of the client surfaces. */
final class ClientActions {

    static final String SHARE = "client_share";
    static final String LOG = "client_log";
    static final String ADD_TASK = "client_add_task";

    static final String LOG_VIEW = "client_log_view";
    static final String TASK_VIEW = "client_task_view";

    private ClientActions() {
    }
}
