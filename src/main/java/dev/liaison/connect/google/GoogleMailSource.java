package dev.liaison.connect.google;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.History;
import com.google.api.services.gmail.model.HistoryMessageAdded;
import com.google.api.services.gmail.model.ListHistoryResponse;
import com.google.api.services.gmail.model.ListMessagesResponse;
import com.google.api.services.gmail.model.Message;
import com.google.api.services.gmail.model.MessagePartHeader;
import dev.liaison.connect.MailChanges;
import dev.liaison.connect.MailMessage;
import dev.liaison.connect.MailSource;
import dev.liaison.connect.Provider;
import dev.liaison.connect.ProviderCredentials;
import org.springframework.stereotype.Component;

/**
 * Gmail (API v1, {@code gmail.metadata}) of a Workspace user, with Google's Java client: headers only, never
 * bodies, and never a search query (Gmail refuses {@code q} under this scope). Without a cursor it takes the
 * mailbox's {@code historyId} first, then lists INBOX and SENT newest first down to {@code since}; with one it
 * follows {@code users.history.list} ({@code messageAdded}) and reads each new message's headers. A cursor
 * Gmail no longer keeps (404) lists since {@code since} again.
 *
 * <p>A Spring bean: the sync gets it as a {@link MailSource} (by provider), never by this class.
 */
@Component
class GoogleMailSource implements MailSource {

    static final String SCOPE = "https://www.googleapis.com/auth/gmail.metadata";
    private static final String ME = "me";
    private static final List<String> LABELS = List.of("INBOX", "SENT");

    private final GoogleAccess access = new GoogleAccess(SCOPE);
    private final long pageSize;

    GoogleMailSource() {
        this(100);
    }

    /** {@code pageSize}: {@code maxResults} per page of messages and history (Gmail's default 100, at most 500). */
    GoogleMailSource(int pageSize) {
        this.pageSize = pageSize;
    }

    @Override
    public Provider provider() {
        return Provider.GOOGLE;
    }

    @Override
    public MailChanges changes(ProviderCredentials credentials, String email, String cursor, Instant since,
                               boolean withSubjects) {
        ProviderCredentials.Google google = GoogleCalendarSource.google(credentials);
        Gmail gmail = new Gmail.Builder(GoogleAccess.TRANSPORT, GsonFactory.getDefaultInstance(),
                access.as(google, email))
                .setRootUrl(GoogleAccess.rootUrl(google))
                .setApplicationName("Liaison")
                .build();
        try {
            if (cursor != null) {
                try {
                    return sinceHistory(gmail, new BigInteger(cursor), withSubjects);
                } catch (IOException e) {
                    if (!GoogleFailures.is(e, 404)) {
                        throw e;
                    }
                    // Gmail keeps history for a limited time: list again from `since`
                }
            }
            return listed(gmail, since, withSubjects);
        } catch (IOException e) {
            if (GoogleFailures.is(e, 401)) {
                access.forget(google, email);
            }
            throw GoogleFailures.of(e, "Gmail of " + email);
        }
    }

    private MailChanges listed(Gmail gmail, Instant since, boolean withSubjects) throws IOException {
        // the historyId before listing: whatever arrives while we list comes again through history, not never
        BigInteger historyId = gmail.users().getProfile(ME).execute().getHistoryId();
        Set<String> seen = new LinkedHashSet<>();
        List<MailMessage> messages = new ArrayList<>();
        for (String label : LABELS) {
            String pageToken = null;
            boolean older = false;
            do {
                ListMessagesResponse page = gmail.users().messages().list(ME).setLabelIds(List.of(label))
                        .setMaxResults(pageSize).setPageToken(pageToken).execute();
                if (page.getMessages() != null) {
                    for (Message ref : page.getMessages()) {
                        if (!seen.add(ref.getId())) {
                            continue; // a message to oneself is in INBOX and SENT
                        }
                        MailMessage m = metadata(gmail, ref.getId(), withSubjects);
                        if (m == null) {
                            continue;
                        }
                        if (m.date() != null && m.date().isBefore(since)) {
                            older = true; // newest first: the rest is older still
                            break;
                        }
                        messages.add(m);
                    }
                }
                pageToken = page.getNextPageToken();
            } while (pageToken != null && !older);
        }
        return new MailChanges(messages, historyId.toString());
    }

    private MailChanges sinceHistory(Gmail gmail, BigInteger start, boolean withSubjects) throws IOException {
        Set<String> added = new LinkedHashSet<>();
        String pageToken = null;
        ListHistoryResponse page;
        do {
            page = gmail.users().history().list(ME).setStartHistoryId(start).setHistoryTypes(List.of("messageAdded"))
                    .setMaxResults(pageSize).setPageToken(pageToken).execute();
            if (page.getHistory() != null) {
                for (History record : page.getHistory()) {
                    if (record.getMessagesAdded() == null) {
                        continue;
                    }
                    for (HistoryMessageAdded a : record.getMessagesAdded()) {
                        Message m = a.getMessage();
                        List<String> labels = m.getLabelIds() == null ? List.of() : m.getLabelIds();
                        if (labels.stream().anyMatch(LABELS::contains)) {
                            added.add(m.getId()); // drafts, spam and chats are not correspondence
                        }
                    }
                }
            }
            pageToken = page.getNextPageToken();
        } while (pageToken != null);
        List<MailMessage> messages = new ArrayList<>();
        for (String id : added) {
            MailMessage m = metadata(gmail, id, withSubjects);
            if (m != null) {
                messages.add(m);
            }
        }
        BigInteger next = page.getHistoryId() == null ? start : page.getHistoryId();
        return new MailChanges(messages, next.toString());
    }

    /** The message's headers (From, To, Cc, Date, and Subject only when asked); {@code null} if it is gone. */
    private static MailMessage metadata(Gmail gmail, String id, boolean withSubjects) throws IOException {
        List<String> headers = withSubjects ? List.of("From", "To", "Cc", "Date", "Subject")
                : List.of("From", "To", "Cc", "Date");
        Message message;
        try {
            message = gmail.users().messages().get(ME, id).setFormat("metadata").setMetadataHeaders(headers).execute();
        } catch (IOException e) {
            if (GoogleFailures.is(e, 404)) {
                return null; // deleted between the listing and now
            }
            throw e;
        }
        String from = null;
        String to = null;
        String cc = null;
        String date = null;
        String subject = null;
        if (message.getPayload() != null && message.getPayload().getHeaders() != null) {
            for (MessagePartHeader h : message.getPayload().getHeaders()) {
                switch (h.getName().toLowerCase(java.util.Locale.ROOT)) {
                    case "from" -> from = h.getValue();
                    case "to" -> to = h.getValue();
                    case "cc" -> cc = h.getValue();
                    case "date" -> date = h.getValue();
                    case "subject" -> subject = h.getValue();
                    default -> {
                    }
                }
            }
        }
        List<String> senders = MailAddresses.in(from);
        Instant at = message.getInternalDate() != null ? Instant.ofEpochMilli(message.getInternalDate()) : parse(date);
        return new MailMessage(Provider.GOOGLE, message.getId(), senders.isEmpty() ? null : senders.get(0),
                MailAddresses.in(to), MailAddresses.in(cc), at, withSubjects ? subject : null);
    }

    private static Instant parse(String date) {
        if (date == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(date.replaceAll("\\s*\\(.*\\)$", "").strip(),
                    DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
