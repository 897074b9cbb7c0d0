package dev.liaison.client.slack;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.slack.api.model.File;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.MessageFileShareEvent;
import dev.liaison.client.ClientImport;
import dev.liaison.people.PeopleService;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.SlackText;
import dev.liaison.slack.outbox.Outbox;
import dev.liaison.slack.UserFacingErrors;
import dev.liaison.slack.AccessPolicy;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A CSV of clients uploaded in a DM with Liaison is imported after the ack (download, check, apply),
 * and the report is posted back in the DM. Only members of the workspace may import.
 */
@Component
class CsvImportListener implements SlackListener {

    private static final Logger log = LoggerFactory.getLogger(CsvImportListener.class);

    private final ClientImport importer;
    private final SlackMessenger slack;
    private final Outbox outbox;
    private final AccessPolicy access;
    private final HomePublisher home;
    private final PeopleService people;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "csv-import");
        thread.setDaemon(true);
        return thread;
    });

    CsvImportListener(ClientImport importer, SlackMessenger slack, Outbox outbox, AccessPolicy access,
                      HomePublisher home, PeopleService people) {
        this.people = people;
        this.importer = importer;
        this.outbox = outbox;
        this.slack = slack;
        this.access = access;
        this.home = home;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.event(MessageFileShareEvent.class, (payload, ctx) -> {
            MessageFileShareEvent event = payload.getEvent();
            String teamId = payload.getTeamId();
            if (!"im".equals(event.getChannelType()) || event.getUser() == null || event.getFiles() == null) {
                return ctx.ack();
            }
            for (File file : event.getFiles()) {
                background.execute(() -> importFile(teamId, event.getUser(), event.getChannel(), file));
            }
            return ctx.ack();
        });
    }

    private void importFile(String teamId, String userId, String channelId, File file) {
        String name = file.getName() == null ? "the file" : file.getName();
        try {
            AccessPolicy.Decision decision = access.check(teamId, null, userId);
            if (!decision.allowed()) {
                reply(teamId, channelId, file, "refused", decision.refusal(), null);
                return;
            }
            boolean csv = name.toLowerCase(Locale.ROOT).endsWith(".csv") || "csv".equals(file.getFiletype())
                    || "text/csv".equals(file.getMimetype());
            if (!csv) {
                reply(teamId, channelId, file, "not-csv", "I only import clients from CSV files; " + SlackText
                        .user(name, 100) + " isn't one. `/liaison import` explains the columns.", null);
                return;
            }
            ClientImport.Report report;
            if (file.getId() == null) {
                report = new ClientImport.Report("I can't tell which file that is. Upload it again.", List.of());
            } else if (file.getSize() != null && file.getSize() > ClientImport.MAX_BYTES) {
                report = new ClientImport.Report("The file is " + file.getSize() / 1000 + " KB; I import files up to "
                        + ClientImport.MAX_BYTES / 1000 + " KB. Split it and upload the parts.", List.of());
            } else {
                byte[] content;
                try {
                    // by id, through files.info: the event's own URLs are not trusted with the bot token
                    content = slack.downloadFile(teamId, file.getId(), ClientImport.MAX_BYTES);
                    report = importer.run(people.caller(teamId, userId), content, email -> slack.userIdByEmail(teamId, email));
                } catch (SlackMessenger.FileTooLarge tooLarge) {
                    report = new ClientImport.Report(tooLarge.getMessage() + " Split it and upload the parts.",
                            List.of());
                } catch (SlackMessenger.FileRefused refused) {
                    report = new ClientImport.Report(refused.getMessage() + " Nothing was imported.", List.of());
                }
            }
            reply(teamId, channelId, file, "report", ImportBlocks.summary(name, report).markup(), ImportBlocks.report(name, report));
            if (report.problem() == null) {
                home.refreshLater(teamId, userId);
            }
        } catch (RuntimeException e) {
            log.warn("CSV import of {} failed: {}", file.getId(), e.getMessage());
            try {
                reply(teamId, channelId, file, "stopped", "The import of " + SlackText.user(name, 100)
                        + " stopped: " + UserFacingErrors.describe(e, "csv import")
                        + " Rows already imported stay; upload the file again to finish (it changes nothing twice).",
                        null);
            } catch (RuntimeException again) {
                log.warn("Could not report a failed import: {}", again.getMessage());
            }
        }
    }

    /**
     * Answers in the DM through the delivery queue, once per uploaded file and outcome: a retry or a
     * slow Slack never shows the report twice.
     */
    private void reply(String teamId, String channelId, File file, String outcome, String text,
                       List<LayoutBlock> blocks) {
        outbox.enqueue("import:" + teamId + ":" + file.getId() + ":" + outcome, teamId, channelId, "import-report",
                text, blocks);
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }
}
