package dev.liaison.people;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** What a line of /liaison text asks for. */
public sealed interface LiaisonCommand {

    record Help(String text) implements LiaisonCommand {
    }

    /** "me" alone: show my settings. */
    record ShowMe() implements LiaisonCommand {
    }

    /** A null time turns the digest off. */
    record SetDigest(LocalTime time) implements LiaisonCommand {
    }

    record SetHours(LocalTime start, LocalTime end, Set<DayOfWeek> days) implements LiaisonCommand {
    }

    record ExplainImport() implements LiaisonCommand {
    }

    /** "team" alone shows the caller's team; with people it sets the lead of the members. */
    record Team(String leadId, List<String> memberIds) implements LiaisonCommand {
    }

    record ConfigEscalationChannel(String channelId) implements LiaisonCommand {
    }

    record ConfigWorkingHours(LocalTime start, LocalTime end, Set<DayOfWeek> days)
            implements LiaisonCommand {
    }

    /**
     * The heads of accounts of the workspace: shown when no one is named, else replaced by these people;
     * {@code none} names no one, so the workspace's Slack owners and admins act as its heads.
     */
    record ConfigAdmins(List<String> userIds, boolean none) implements LiaisonCommand {
    }

    /** The workspace's currency: shown when {@code currency} is null, else set (heads of accounts). */
    record ConfigCurrency(java.util.Currency currency) implements LiaisonCommand {
    }

    record Capacity(String userId, int capacity) implements LiaisonCommand {
    }

    /** The public holidays I keep ({@code gb-eng}); a null code goes back to the workspace's default. */
    record SetHolidays(String code) implements LiaisonCommand {
    }

    /** The workspace's default public holidays; a null code turns them off. */
    record ConfigHolidays(String code) implements LiaisonCommand {
    }

    /** "config" alone: the workspace's settings, connected calendars among them (never a secret). */
    record ShowConfig() implements LiaisonCommand {
    }

    /**
     * {@code config calendar google|microsoft [off]}: a head of accounts connects (a modal) or disconnects
     * a provider; {@code provider} is {@code google} or {@code microsoft}, lower case.
     */
    record ConfigCalendar(String provider, boolean off) implements LiaisonCommand {
    }

    /** {@code config mail-subjects on|off}: whether e-mail touches keep their subjects. */
    record ConfigMailSubjects(boolean on) implements LiaisonCommand {
    }

    /** {@code me mail off|on}: whether the caller's mailbox is read for touches. */
    record SetMail(boolean on) implements LiaisonCommand {
    }
}
