package dev.liaison.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When each scheduled job fires (Quartz cron; the jobs fire often and work out each person's local
 * time), one component a job: {@code liaison.jobs.daily-digest}, {@code LIAISON_JOBS_DAILY_DIGEST}…
 * Every {@link LockedJob} takes its trigger from here, so this record is the list of scheduled jobs.
 */
@ConfigurationProperties("liaison.jobs")
public record JobSchedules(
        @DefaultValue("0 * * * * ?") String dailyDigest,
        @DefaultValue("0 0 * * * ?") String checkinNudges,
        @DefaultValue("0 0/15 * * * ?") String oooWatch,
        @DefaultValue("0 * * * * ?") String escalationTimers,
        @DefaultValue("0 0/15 * * * ?") String weeklyReport,
        @DefaultValue("0 0/15 * * * ?") String calendarSync,
        @DefaultValue("0 0/15 * * * ?") String mailSync) {
}
