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

    record Capacity(String userId, int capacity) implements LiaisonCommand {
    }

    /** The public holidays I keep ({@code gb-eng}); a null code goes back to the workspace's default. */
    record SetHolidays(String code) implements LiaisonCommand {
    }

    /** The workspace's default public holidays; a null code turns them off. */
    record ConfigHolidays(String code) implements LiaisonCommand {
    }

    /** "config" alone: show the workspace's settings. */
    record ShowConfig() implements LiaisonCommand {
    }
}
