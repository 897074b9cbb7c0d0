package dev.liaison.slack;

/**
 * /client update: opens the drafted client update for one client. Implemented where updates are
 * built (the update feature), so the client feature does not depend on it.
 */
public interface ClientUpdateForms {

    void open(String teamId, String userId, String clientId, String triggerId);
}
