package dev.liaison.digest;

import java.time.LocalDate;
import java.util.List;

/** Today's one batch of check-in reminders for a person. */
public record Nudge(String teamId, String userId, LocalDate date, List<Digest.DueClient> clients) {

    public String key() {
        return "nudge:" + teamId + ":" + userId + ":" + date;
    }
}
