package dev.liaison.sandbox.microsoft;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person's stand-in mailbox: calendar, automatic reply and two mail folders. Every change takes the
 * next version, which is what delta tokens remember ("changes after version N"). Guarded by the stand-in's
 * lock.
 */
final class Mailbox {

    static final String INBOX = "inbox";
    static final String SENT_ITEMS = "sentitems";

    final String email;
    private long version;
    final Map<String, StoredEvent> events = new LinkedHashMap<>();
    final Map<String, List<StoredMessage>> folders = Map.of(INBOX, new ArrayList<>(), SENT_ITEMS, new ArrayList<>());
    AutoReply autoReply;
    GraphFailure failure;
    /** Bumped by {@link MicrosoftStandIn#expireDeltaTokens}: tokens of an older generation get 410. */
    int tokenGeneration;

    Mailbox(String email, Instant now) {
        this.email = email;
        this.autoReply = new AutoReply("disabled", now, now.plusSeconds(86_400), now);
    }

    long nextVersion() {
        return ++version;
    }

    long version() {
        return version;
    }

    static final class StoredEvent {
        final String id;
        final String iCalUId;
        final Instant created;
        GraphEvent event;
        boolean cancelled;
        boolean deleted;
        long version;
        Instant modified;

        StoredEvent(String id, String iCalUId, GraphEvent event, long version, Instant now) {
            this.id = id;
            this.iCalUId = iCalUId;
            this.event = event;
            this.version = version;
            this.created = now;
            this.modified = now;
        }

        Instant start() {
            return event.allDay() ? event.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant() : event.start();
        }

        Instant end() {
            return event.allDay() ? event.lastDay().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant() : event.end();
        }

        boolean overlaps(Instant from, Instant to) {
            return start().isBefore(to) && end().isAfter(from);
        }
    }

    record StoredMessage(String id, String from, List<String> to, List<String> cc, String subject, Instant received,
                         Instant sent, long version) {
    }

    record AutoReply(String status, Instant scheduledStart, Instant scheduledEnd, Instant since) {
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
