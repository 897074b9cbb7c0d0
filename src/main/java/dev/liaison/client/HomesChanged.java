package dev.liaison.client;

import java.util.List;

/**
 * Something these people see in their App Home changed outside the client feature (cover applied or
 * ended): their Homes are republished, for those who have opened theirs.
 */
public record HomesChanged(String teamId, List<String> userIds) {

    public HomesChanged {
        userIds = userIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
