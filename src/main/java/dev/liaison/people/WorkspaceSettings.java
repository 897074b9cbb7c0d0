package dev.liaison.people;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Settings of one workspace: its escalation channel (else LIAISON_ESCALATION_CHANNEL) and its
 * working hours, which p2/p3 escalation deadlines count in; and the heads of accounts named with
 * {@code /liaison config admins} ({@code admins}: null until someone names them).
 */
@Document("workspace_settings")
public record WorkspaceSettings(@Id String teamId, String escalationChannel, String workStart, String workEnd,
                                List<DayOfWeek> workDays, String zone, String updatedBy, Instant updatedAt,
                                List<String> admins) {

    public LocalTime start() {
        return workStart == null ? PersonalSchedule.DEFAULT_START : LocalTime.parse(workStart);
    }

    public LocalTime end() {
        return workEnd == null ? PersonalSchedule.DEFAULT_END : LocalTime.parse(workEnd);
    }

    public Set<DayOfWeek> days() {
        return workDays == null || workDays.isEmpty() ? PersonalSchedule.WEEKDAYS : EnumSet.copyOf(workDays);
    }

    public ZoneId zoneId() {
        return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
    }
}
