package dev.liaison.slack;

import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import dev.liaison.parsing.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;

/** Turns any failure into one plain sentence for Slack; the details go to the log, never to the user. */
public final class UserFacingErrors {

    private static final Logger log = LoggerFactory.getLogger(UserFacingErrors.class);

    static final String GENERIC = "Something went wrong on my side. Please try again in a moment.";
    public static final String DATABASE_DOWN =
            ":warning: I can't reach Liaison's database right now, so nothing was saved. Please try again in a minute.";
    public static final String SLACK_DOWN =
            ":warning: Slack didn't answer me in time, so I couldn't finish that. Please try again in a minute.";
    public static final String SLACK_REFUSED =
            ":warning: Slack refused Liaison's access for this workspace, so I couldn't finish that. "
                    + "Please ask your Liaison admin to check the app's installation.";
    public static final String BUSY =
            "Someone changed this at the same moment. Please try again.";

    private UserFacingErrors() {
    }

    /** For someone in a workspace Liaison is not (or no longer) installed in. */
    public static String notInstalled(String installUrl) {
        return "Liaison isn't installed in this workspace. A workspace admin can add it at " + installUrl + ".";
    }

    public static String describe(Throwable error, String where) {
        if (error instanceof InvalidInputException invalid) {
            // the message may echo what the person typed
            return SlackText.escape(invalid.getMessage());
        }
        if (error instanceof DateTimeParseException date) {
            // a date picker only sends real dates; this is a hand-made or damaged payload
            return "I couldn't read \"" + SlackText.escape(SlackText.truncate(date.getParsedString(), 40))
                    + "\" as a date (YYYY-MM-DD). Nothing was saved; please pick the date again.";
        }
        if (error instanceof OptimisticLockingFailureException) {
            log.info("Concurrent change while handling {}", where);
            return BUSY;
        }
        if (error instanceof DataAccessException || hasCause(error, "com.mongodb.MongoException")) {
            log.warn("Database unavailable while handling {}: {}", where, error.getMessage());
            return DATABASE_DOWN;
        }
        if (error instanceof SlackMessenger.SlackUnavailable unavailable) {
            log.warn("Slack Web API failed while handling {}: {}", where, unavailable.getMessage());
            return unavailable.credentialsRefused() ? SLACK_REFUSED : SLACK_DOWN;
        }
        if (error instanceof IOException || hasCause(error, "com.slack.api.methods.SlackApiException")) {
            log.warn("Slack Web API failed while handling {}: {}", where, error.getMessage());
            return SLACK_DOWN;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected failure handling {} (ref {})", where, reference, error);
        return "Something went wrong on my side (ref `" + reference + "`). Please try again; if it keeps "
                + "happening, give that reference to your Liaison admin.";
    }

    private static boolean hasCause(Throwable error, String className) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals(className)) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
