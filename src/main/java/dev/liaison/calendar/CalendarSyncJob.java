package dev.liaison.calendar;

import java.time.Duration;

import dev.liaison.store.JobLocks;
import dev.liaison.store.JobSchedules;
import dev.liaison.store.LockedJob;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Quartz job liaison/calendar-sync (every 15 minutes): absences from Google and Microsoft calendars. It always
 * exists and does nothing for a workspace with no connection (one can be added at any time).
 */
class CalendarSyncJob extends LockedJob {

    static final String NAME = "calendar-sync";

    public CalendarSyncJob(CalendarSync sync, JobLocks locks) {
        super(locks, NAME, Duration.ofMinutes(14), sync::run,
                () -> "no calendar said anything new (or no workspace has Google or Microsoft connected)");
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        JobDetail calendarSyncJob() {
            return LockedJob.detail(CalendarSyncJob.class, NAME, "Absences from Google and Microsoft calendars");
        }

        @Bean
        Trigger calendarSyncTrigger(JobDetail calendarSyncJob, JobSchedules schedules) {
            return LockedJob.trigger(calendarSyncJob, schedules.calendarSync());
        }
    }
}
