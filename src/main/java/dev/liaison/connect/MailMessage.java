package dev.liaison.connect;

import java.time.Instant;
import java.util.List;

/**
 * The metadata of one message in a person's mailbox: never the body.
 *
 * @param from    sender's e-mail, lower case
 * @param to      recipients, lower case
 * @param cc      copied recipients, lower case
 * @param subject the subject, or {@code null}: kept only when a head of accounts turned subjects on
 */
public record MailMessage(Provider provider, String messageId, String from, List<String> to, List<String> cc,
                          Instant date, String subject) {

    public MailMessage {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
    }
}
