package dev.liaison.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.stereotype.Component;

/**
 * The operator's view of installations on the management port (127.0.0.1 only):
 * {@code GET /actuator/workspaces} lists who installed and who left (never a token);
 * {@code DELETE /actuator/workspaces/{teamId}} forgets a workspace that uninstalled Liaison, all
 * its data with it. An active workspace cannot be deleted.
 */
@Component
@Endpoint(id = "workspaces")
class WorkspacesEndpoint {

    private final Workspaces workspaces;

    WorkspacesEndpoint(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    @ReadOperation
    List<Map<String, Object>> list() {
        return workspaces.all().stream().map(WorkspacesEndpoint::describe).toList();
    }

    @DeleteOperation
    WebEndpointResponse<Map<String, Object>> delete(@Selector String teamId) {
        try {
            long deleted = workspaces.deleteData(teamId);
            return new WebEndpointResponse<>(Map.of("teamId", teamId, "deletedDocuments", deleted));
        } catch (IllegalStateException refused) {
            return new WebEndpointResponse<>(Map.of("teamId", teamId, "error", refused.getMessage()),
                    WebEndpointResponse.STATUS_BAD_REQUEST);
        }
    }

    private static Map<String, Object> describe(Installation installation) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("teamId", installation.teamId());
        row.put("teamName", installation.teamName());
        row.put("status", installation.status());
        row.put("botUserId", installation.botUserId());
        row.put("installerUserId", installation.installerUserId());
        row.put("installedAt", installation.installedAt());
        row.put("changedAt", installation.changedAt());
        return row;
    }
}
