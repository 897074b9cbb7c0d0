package dev.liaison.sandbox.google;

import java.time.Instant;
import java.util.List;

/**
 * A message in a user's mailbox of {@link GoogleStandIn}: its headers as Gmail keeps them (raw header values,
 * e.g. {@code "Ann Lee" <ann@acme.com>}) and its labels ({@code INBOX} for received, {@code SENT} for sent).
 *
 * @param received Gmail's {@code internalDate}; the {@code Date} header says the same
 */
public record StandInMessage(String from, List<String> to, List<String> cc, String subject, Instant received,
                             List<String> labelIds) {

    public StandInMessage {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        labelIds = List.copyOf(labelIds);
    }

    /** A message received in the inbox. */
    public static StandInMessage received(String from, String to, String subject, Instant at) {
        return new StandInMessage(from, List.of(to), List.of(), subject, at, List.of("INBOX", "UNREAD"));
    }

    /** A message the mailbox's owner sent. */
    public static StandInMessage sent(String from, String to, String subject, Instant at) {
        return new StandInMessage(from, List.of(to), List.of(), subject, at, List.of("SENT"));
    }

    public StandInMessage withCc(String... copied) {
        return new StandInMessage(from, to, List.of(copied), subject, received, labelIds);
    }
}
