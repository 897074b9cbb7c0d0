package dev.liaison.people;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.liaison.parsing.Money;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Settings of one workspace: its escalation channel (else LIAISON_ESCALATION_CHANNEL) and its
 * working hours, which p2/p3 escalation deadlines count in; and the heads of accounts named with
 * {@code /liaison config admins} ({@code admins}: null until someone names them); the currency of
 * opportunities and retainers ({@code currency}: an ISO 4217 code, null for USD).
 */
@Document("workspace_settings")
public record WorkspaceSettings(@Id String teamId, String escalationChannel, String workStart, String workEnd,
                                List<DayOfWeek> workDays, String zone, String updatedBy, Instant updatedAt,
                                List<String> admins, String currency) {

    /** The settings as they were before the currency was one (a workspace that never set it: USD). */
    public WorkspaceSettings(String teamId, String escalationChannel, String workStart, String workEnd,
                             List<DayOfWeek> workDays, String zone, String updatedBy, Instant updatedAt,
                             List<String> admins) {
        this(teamId, escalationChannel, workStart, workEnd, workDays, zone, updatedBy, updatedAt, admins, null);
    }

    /** The currency amounts are shown in ({@code /liaison config currency EUR}); USD until one is set. */
    public Currency currencyOrDefault() {
        return Money.currency(currency).orElse(Money.DEFAULT);
    }

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
