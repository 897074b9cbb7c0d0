package dev.liaison.client;

import java.util.List;
import java.util.Objects;

/**
 * Something these people see in their App Home changed outside the client feature (cover applied or
 * ended): their Homes are republished, for those who have opened theirs.
 */
public record HomesChanged(String teamId, List<String> userIds) {

    public HomesChanged {
        userIds = userIds.stream().filter(Objects::nonNull).distinct().toList();
    }
}
