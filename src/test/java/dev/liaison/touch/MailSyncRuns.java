package dev.liaison.touch;

import org.springframework.context.ApplicationContext;

/** One mail-sync run of a running app, for the benchmark (the sync itself stays package-private). */
public final class MailSyncRuns {

    private MailSyncRuns() {
    }

    public static int run(ApplicationContext app) {
        return app.getBean(MailSync.class).run();
    }
}
