package dev.liaison.calendar;

import org.springframework.context.ApplicationContext;

/** One calendar-sync run of a running app, for the benchmark (the sync itself stays package-private). */
public final class CalendarSyncRuns {

    private CalendarSyncRuns() {
    }

    public static int run(ApplicationContext app) {
        return app.getBean(CalendarSync.class).run();
    }
}
