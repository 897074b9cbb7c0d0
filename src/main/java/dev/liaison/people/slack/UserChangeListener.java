package dev.liaison.people.slack;

import java.time.Instant;


import com.slack.api.model.event.UserChangeEvent;
import dev.liaison.people.PeopleService;
import dev.liaison.people.ProfileStatusChanged;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackUsers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Keeps a person's name, time zone and guest status current the moment they change in Slack. */
@Component
class UserChangeListener implements SlackListener {

    private final PeopleService people;
    private final ApplicationEventPublisher events;

    UserChangeListener(PeopleService people, ApplicationEventPublisher events) {
        this.people = people;
        this.events = events;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.event(UserChangeEvent.class, (payload, ctx) -> {
            var user = payload.getEvent().getUser();
            if (user != null && user.getId() != null) {
                people.apply(payload.getTeamId(), SlackUsers.from(user));
                var profile = user.getProfile();
                if (profile != null) {
                    Long expiry = profile.getStatusExpiration();
                    events.publishEvent(new ProfileStatusChanged(payload.getTeamId(), user.getId(),
                            profile.getStatusEmoji() == null ? "" : profile.getStatusEmoji(),
                            profile.getStatusText() == null ? "" : profile.getStatusText(),
                            expiry == null || expiry == 0 ? null : Instant.ofEpochSecond(expiry)));
                }
            }
            return ctx.ack();
        });
    }
}
