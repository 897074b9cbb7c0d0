package dev.liaison.client.slack;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import dev.liaison.client.ChannelTouches;
import dev.liaison.client.ThreadReplyPosted;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.SlackText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Messages in channels: one in a client's linked channel is a touch (Slack Connect people inbound,
 * the agency's people outbound). Edits, deletions, bot messages and thread broadcasts are
 * acknowledged and ignored; so are DMs (the CSV import listens for files there).
 */
@Component
class ChannelMessageListener implements SlackListener {

    private static final Logger log = LoggerFactory.getLogger(ChannelMessageListener.class);

    private final ChannelTouches touches;
    private final PeopleService people;
    private final HomePublisher home;
    private final ApplicationEventPublisher events;

    ChannelMessageListener(ChannelTouches touches, PeopleService people, HomePublisher home,
                           ApplicationEventPublisher events) {
        this.touches = touches;
        this.people = people;
        this.home = home;
        this.events = events;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent message = payload.getEvent();
            String teamId = payload.getTeamId();
            if (message.getUser() == null || message.getBotId() != null || message.getEdited() != null
                    || "im".equals(message.getChannelType()) || "mpim".equals(message.getChannelType())) {
                return ctx.ack();
            }
            // Slack sends a message's text escaped (&amp; &lt; &gt;), Slack Connect's too: kept as written,
            // so it is escaped once on the way out and never shows as "&amp;lt;"
            String text = SlackText.fromSlack(message.getText());
            if (message.getThreadTs() != null && !message.getThreadTs().equals(message.getTs())) {
                events.publishEvent(new ThreadReplyPosted(teamId, message.getChannel(),
                        message.getThreadTs(), message.getUser(), text, at(message.getTs())));
            }
            direction(teamId, message).ifPresent(direction -> {
                var logged = touches.messagePosted(teamId, message.getChannel(), message.getUser(), direction,
                        text, at(message.getTs()));
                logged.forEach(t -> home.refreshLater(teamId, t.client().ownerId()));
            });
            return ctx.ack();
        });
        // other kinds of message events: acknowledged so Slack does not retry them, never touches
        registry.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
        registry.event(MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
        registry.event(MessageBotEvent.class, (payload, ctx) -> ctx.ack());
        registry.event(MessageThreadBroadcastEvent.class, (payload, ctx) -> ctx.ack());
    }

    /** Inbound from another organisation or a guest; outbound from a member; nothing from bots. */
    private Optional<ChannelTouches.Direction> direction(String teamId, MessageEvent message) {
        if (message.getTeam() != null && !message.getTeam().equals(teamId)) {
            return Optional.of(ChannelTouches.Direction.INBOUND);
        }
        Optional<Person> person;
        try {
            person = people.lookup(teamId, message.getUser());
        } catch (SlackMessenger.SlackUnavailable unavailable) {
            log.info("Could not tell who wrote a message in {}: {}", message.getChannel(), unavailable.getMessage());
            return Optional.empty();
        }
        if (person.isEmpty() || person.get().stranger()
                || (person.get().homeTeamId() != null && !person.get().homeTeamId().equals(teamId))) {
            return Optional.of(ChannelTouches.Direction.INBOUND);
        }
        if (person.get().bot() || person.get().deleted()) {
            return Optional.empty();
        }
        return Optional.of(person.get().guest() ? ChannelTouches.Direction.INBOUND : ChannelTouches.Direction.OUTBOUND);
    }

    private static Instant at(String ts) {
        try {
            BigDecimal seconds = new BigDecimal(ts);
            return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
