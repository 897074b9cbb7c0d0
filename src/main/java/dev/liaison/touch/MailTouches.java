package dev.liaison.touch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.liaison.client.Client;
import dev.liaison.client.ClientService;
import dev.liaison.client.Sentiment;
import dev.liaison.client.TouchSource;
import dev.liaison.client.TouchType;
import dev.liaison.connect.MailMessage;
import dev.liaison.connect.Provider;
import org.springframework.stereotype.Service;

/**
 * E-mail as touches: a message between a person and a client domain (from the client: inbound; sent by
 * the person to the client: outbound) logs an {@code email} touch on that client, at most one per client
 * per person per day of the person's time zone, so a thread of twenty messages is one touch a day. Only
 * sender, recipients and date are read; the subject only when the workspace keeps subjects.
 */
@Service
class MailTouches {

    static final int SUMMARY_CHARS = 300;

    enum Direction { INBOUND, OUTBOUND }

    private final ClientService clients;

    MailTouches(ClientService clients) {
        this.clients = clients;
    }

    /**
     * @param mailboxOf the person whose mailbox the messages are from
     * @return the touches logged
     */
    public int mailRead(String teamId, AgencyRoster agency, AgencyRoster.Member mailboxOf, List<MailMessage> messages,
                        boolean subjects) {
        int logged = 0;
        // oldest first: the day's touch says how the day's exchange began (providers list newest first)
        List<MailMessage> inOrder = messages.stream().filter(m -> m.date() != null && m.from() != null)
                .sorted(Comparator.comparing(MailMessage::date)).toList();
        for (MailMessage message : inOrder) {
            Direction direction;
            List<String> clientSide;
            if (message.from().equalsIgnoreCase(mailboxOf.email())) {
                direction = Direction.OUTBOUND;
                clientSide = new ArrayList<>(message.to());
                clientSide.addAll(message.cc());
            } else if (agency.byEmail(message.from()).isEmpty()) {
                direction = Direction.INBOUND;
                clientSide = List.of(message.from());
            } else {
                // between colleagues (the client maybe copied): the sender's own mailbox logs it
                continue;
            }
            for (Client client : clientsOf(teamId, agency, clientSide).values()) {
                LocalDate day = LocalDate.ofInstant(message.date(), mailboxOf.zone());
                TouchSource source = message.provider() == Provider.MICROSOFT ? TouchSource.OUTLOOK_MAIL : TouchSource.GMAIL;
                if (clients.logTouchOnce(teamId, client.id(), "email:" + mailboxOf.userId() + ":" + day,
                        mailboxOf.userId(), TouchType.EMAIL, Sentiment.NEUTRAL, 0,
                        summary(client, direction, subjects ? message.subject() : null), message.date(),
                        source.stored()).isPresent()) {
                    logged++;
                }
            }
        }
        return logged;
    }

    private Map<String, Client> clientsOf(String teamId, AgencyRoster agency, List<String> addresses) {
        Map<String, Client> found = new LinkedHashMap<>();
        for (String address : addresses) {
            if (agency.byEmail(address).isEmpty()) {
                clients.withDomainOf(teamId, address).forEach(c -> found.putIfAbsent(c.id(), c));
            }
        }
        return found;
    }

    private static String summary(Client client, Direction direction, String subject) {
        String summary = (direction == Direction.INBOUND ? "E-mail from " : "E-mail to ") + client.name();
        if (subject != null && !subject.isBlank()) {
            summary += ": " + subject.strip();
        }
        return summary.length() > SUMMARY_CHARS ? summary.substring(0, SUMMARY_CHARS - 1) + "…" : summary;
    }
}
