package dev.liaison.client.slack;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import dev.liaison.client.Client;
import dev.liaison.client.ClientService;
import dev.liaison.client.Sentiment;
import dev.liaison.client.TouchType;
import dev.liaison.parsing.Durations;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.people.Caller;
import dev.liaison.people.PeopleService;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackMessenger;
import org.springframework.stereotype.Component;

/**
 * The client forms other surfaces open or submit: the log form (from the card, the check-in menu,
 * App Home, /client log and the "Log to client" shortcut) and the add form (/client add alone, App
 * Home). Listeners share this service instead of one another.
 */
@Component
class ClientForms {

    private final ClientService clients;
    private final PeopleService people;
    private final SlackMessenger slack;
    private final HomePublisher home;
    private final Clock clock;

    ClientForms(ClientService clients, PeopleService people, SlackMessenger slack, HomePublisher home, Clock clock) {
        this.clients = clients;
        this.people = people;
        this.slack = slack;
        this.home = home;
        this.clock = clock;
    }

    void openAddForm(String teamId, String userId, String triggerId) {
        slack.openModal(teamId, triggerId, ClientFormModals.add(userId));
    }

    /** The log form, set to one client. */
    void openLogForm(String teamId, String userId, String clientId, String triggerId) {
        Client client = clients.get(teamId, clientId);
        slack.openModal(teamId, triggerId, ClientModals.logTouch(client, people.caller(teamId, userId).today()));
    }

    /** A submitted log form (the card's or the shortcut's, once its client is known): checked, then logged. */
    Response submitLog(String teamId, String userId, String clientId, ViewState state,
                               ViewSubmissionContext ctx) {
        Map<String, String> errors = new LinkedHashMap<>();
        ViewValues values = new ViewValues(state);
        TouchType type = values.text(ClientModals.TYPE).flatMap(TouchType::parseTyped).orElse(TouchType.NOTE);
        Sentiment sentiment = values.text(ClientModals.SENTIMENT).flatMap(Sentiment::parse).orElse(Sentiment.NEUTRAL);
        int minutes = 0;
        Optional<String> duration = values.text(ClientModals.DURATION);
        if (duration.isPresent()) {
            try {
                minutes = Durations.minutes(duration.get().strip().replace(" ", "")).orElse(-1);
                if (minutes < 0) {
                    errors.put(ClientModals.DURATION, "Write a duration like 30m, 1h or 1h30m.");
                }
            } catch (InvalidInputException invalid) {
                errors.put(ClientModals.DURATION, invalid.getMessage());
            }
        }
        Caller caller = people.caller(teamId, userId);
        ZoneId zone = caller.zone();
        LocalDate today = caller.today();
        LocalDate date = values.text(ClientModals.DATE).map(LocalDate::parse).orElse(today);
        if (date.isAfter(today)) {
            errors.put(ClientModals.DATE, "A touch can't be in the future; pick today or an earlier day.");
        }
        String summary = values.text(ClientModals.SUMMARY).orElse("");
        if (summary.isEmpty()) {
            errors.put(ClientModals.SUMMARY, "Add a few words about the touch.");
        }
        if (!errors.isEmpty()) {
            return ctx.ackWithErrors(errors);
        }
        // a past day is logged at noon there: the day is what matters, not a made-up time
        Instant at = date.equals(today) ? clock.instant() : date.atTime(LocalTime.NOON).atZone(zone).toInstant();
        ClientService.LoggedTouch logged = clients.logTouch(teamId, clientId, userId, type, sentiment, minutes,
                summary, at, "modal");
        home.refreshLater(teamId, userId, logged.client().ownerId());
        return ctx.ackWithUpdate(ClientModals.done("Logged", Mrkdwn.of(
                ":white_check_mark: Logged a %s with *%s*.", type.label(), logged.client().name())));
    }
}
