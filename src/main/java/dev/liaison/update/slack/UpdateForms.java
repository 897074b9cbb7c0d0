package dev.liaison.update.slack;

import dev.liaison.people.PeopleService;
import dev.liaison.slack.ClientUpdateForms;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.update.ClientUpdates;
import org.springframework.stereotype.Component;

/** Opens the drafted update: from /client update, the card's Update button and the digest. */
@Component
class UpdateForms implements ClientUpdateForms {

    private final ClientUpdates updates;
    private final PeopleService people;
    private final SlackMessenger slack;

    UpdateForms(ClientUpdates updates, PeopleService people, SlackMessenger slack) {
        this.updates = updates;
        this.people = people;
        this.slack = slack;
    }

    @Override
    public void open(String teamId, String userId, String clientId, String triggerId) {
        ClientUpdates.Draft draft = updates.draft(people.caller(teamId, userId), clientId);
        slack.openModal(teamId, triggerId, UpdateBlocks.modal(draft));
    }
}
