package dev.liaison.connect.microsoft;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import com.microsoft.graph.models.Message;
import com.microsoft.graph.models.Recipient;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.mailfolders.item.messages.delta.DeltaGetResponse;
import com.microsoft.graph.users.item.mailfolders.item.messages.delta.DeltaRequestBuilder;

import dev.liaison.connect.MailChanges;
import dev.liaison.connect.MailMessage;
import dev.liaison.connect.MailSource;
import dev.liaison.connect.Provider;
import dev.liaison.connect.ProviderCredentials;
import dev.liaison.connect.SyncFailure;

/**
 * People's Microsoft 365 mail metadata through Graph's per-folder message delta on Inbox and Sent Items,
 * with a {@code $select} of sender, recipients and dates (and the subject only when asked): a body is never
 * requested, so it never leaves Microsoft. The cursor holds both folders' delta links and whether subjects
 * were selected (a delta link keeps its round's {@code $select}, so turning subjects on opens new rounds).
 */
final class MicrosoftMailSource implements MailSource {

    static final String INBOX = "inbox";
    static final String SENT_ITEMS = "sentitems";
    private static final String[] METADATA = {"from", "toRecipients", "ccRecipients", "receivedDateTime", "sentDateTime"};

    private final MicrosoftGraphClients clients;
    private final Clock clock;

    MicrosoftMailSource(MicrosoftGraphClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public Provider provider() {
        return Provider.MICROSOFT;
    }

    @Override
    public MailChanges changes(ProviderCredentials credentials, String email, String cursor, Instant since,
                               boolean withSubjects) {
        GraphServiceClient graph = clients.client(MicrosoftCalendarSource.microsoft(credentials));
        Cursor previous = Cursor.parse(cursor);
        boolean sameSelect = previous != null && previous.withSubjects() == withSubjects;
        List<MailMessage> messages = new ArrayList<>();
        String inbox = folder(graph, email, INBOX, sameSelect ? previous.inbox() : null, since, withSubjects, messages);
        String sent = folder(graph, email, SENT_ITEMS, sameSelect ? previous.sent() : null, since, withSubjects, messages);
        return new MailChanges(messages, new Cursor(withSubjects, inbox, sent).encode());
    }

    /** Reads one folder's changes into {@code into}; returns its new delta link. */
    private String folder(GraphServiceClient graph, String email, String folder, String link, Instant since,
                          boolean withSubjects, List<MailMessage> into) {
        if (link != null) {
            try {
                return read(graph, email, folder, link, since, withSubjects, into);
            } catch (SyncFailure failure) {
                if (failure.kind() != SyncFailure.Kind.CURSOR_EXPIRED) {
                    throw failure;
                }
                // the delta token is gone (410): a new round from `since` (the sync keeps one touch a day anyway)
            }
        }
        return read(graph, email, folder, null, since, withSubjects, into);
    }

    private String read(GraphServiceClient graph, String email, String folder, String link, Instant since,
                        boolean withSubjects, List<MailMessage> into) {
        DeltaRequestBuilder delta = graph.users().byUserId(email).mailFolders().byMailFolderId(folder).messages().delta();
        List<MailMessage> read = new ArrayList<>();
        DeltaGetResponse page;
        try {
            page = link != null ? delta.withUrl(link).get() : delta.get(request -> {
                request.queryParameters.select = select(withSubjects);
                if (since != null) {
                    request.queryParameters.filter = "receivedDateTime ge " + since.truncatedTo(ChronoUnit.SECONDS);
                }
            });
            while (true) {
                for (Message message : page.getValue()) {
                    if (!message.getAdditionalData().containsKey("@removed")) {
                        read.add(message(message, folder, withSubjects));
                    }
                }
                if (page.getOdataNextLink() == null) {
                    break;
                }
                page = delta.withUrl(page.getOdataNextLink()).get();
            }
        } catch (RuntimeException e) {
            throw GraphFailures.of(e, folder + "/messages/delta for " + email, clock);
        }
        into.addAll(read);
        return page.getOdataDeltaLink();
    }

    static String[] select(boolean withSubjects) {
        if (!withSubjects) {
            return METADATA.clone();
        }
        String[] fields = java.util.Arrays.copyOf(METADATA, METADATA.length + 1);
        fields[METADATA.length] = "subject";
        return fields;
    }

    private static MailMessage message(Message message, String folder, boolean withSubjects) {
        Instant date = folder.equals(SENT_ITEMS) && message.getSentDateTime() != null
                ? message.getSentDateTime().toInstant()
                : message.getReceivedDateTime() == null ? null : message.getReceivedDateTime().toInstant();
        return new MailMessage(Provider.MICROSOFT, message.getId(), address(message.getFrom()),
                addresses(message.getToRecipients()), addresses(message.getCcRecipients()), date,
                withSubjects ? message.getSubject() : null);
    }

    private static List<String> addresses(List<Recipient> recipients) {
        if (recipients == null) {
            return List.of();
        }
        return recipients.stream().map(MicrosoftMailSource::address).filter(a -> a != null).toList();
    }

    private static String address(Recipient recipient) {
        if (recipient == null || recipient.getEmailAddress() == null || recipient.getEmailAddress().getAddress() == null) {
            return null;
        }
        return recipient.getEmailAddress().getAddress().strip().toLowerCase(Locale.ROOT);
    }

    /** {@code m1;<subjects 0|1>;<inbox link>;<sent link>}, links base64url-encoded. */
    record Cursor(boolean withSubjects, String inbox, String sent) {

        private static final String VERSION = "m1";

        String encode() {
            return VERSION + ";" + (withSubjects ? "1" : "0") + ";" + b64(inbox) + ";" + b64(sent);
        }

        static Cursor parse(String cursor) {
            if (cursor == null) {
                return null;
            }
            String[] parts = cursor.split(";", -1);
            if (parts.length != 4 || !parts[0].equals(VERSION)) {
                return null; // not ours (or an older format): start new rounds
            }
            try {
                return new Cursor(parts[1].equals("1"), unb64(parts[2]), unb64(parts[3]));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static String b64(String link) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(link.getBytes(StandardCharsets.UTF_8));
        }

        private static String unb64(String text) {
            return new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        }
    }
}
