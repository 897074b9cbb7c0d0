package dev.liaison.ooo;

import dev.liaison.people.ProfileStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An "away" Slack status (:palm_tree:, "PTO"…) starts an absence until the status expires; clearing
 * it early ends the absence. The lead's prompt waits for the ooo-watch run after the status has
 * settled, so a status set and cleared within minutes reaches nobody.
 */
@Component
class StatusWatcher {

    private final OooService ooo;

    StatusWatcher(OooService ooo) {
        this.ooo = ooo;
    }

    @EventListener
    void on(ProfileStatusChanged status) {
        if (OooStatus.looksOutOfOffice(status.emoji(), status.text())) {
            ooo.statusAway(status.teamId(), status.userId(), status.expiration());
        } else {
            ooo.statusBack(status.teamId(), status.userId());
        }
    }
}
