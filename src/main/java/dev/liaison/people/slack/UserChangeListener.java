package dev.liaison.people.slack;

import com.slack.api.model.event.UserChangeEvent;
import dev.liaison.people.PeopleService;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackUsers;
import org.springframework.stereotype.Component;

/** Keeps a person's name, time zone and guest status current the moment they change in Slack. */
@Component
class UserChangeListener implements SlackListener {

    private final PeopleService people;

    UserChangeListener(PeopleService people) {
        this.people = people;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.event(UserChangeEvent.class, (payload, ctx) -> {
            var user = payload.getEvent().getUser();
            if (user != null && user.getId() != null) {
                people.apply(payload.getTeamId(), SlackUsers.from(user));
            }
            return ctx.ack();
        });
    }
}
