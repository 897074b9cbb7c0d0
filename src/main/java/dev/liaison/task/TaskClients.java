package dev.liaison.task;

/**
 * What tasks need to know of the clients they belong to, answered by the client feature: tasks depend on
 * no client class, so the client feature can use tasks without a cycle.
 */
public interface TaskClients {

    /**
     * Who a client's task goes to when nobody is named: the client's owner. Throws
     * {@link dev.liaison.parsing.InvalidInputException} when the client no longer exists.
     */
    String ownerOf(String teamId, String clientId);
}
