package dev.liaison.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class EscalationDeadlinesTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final WorkingHours LONDON_HOURS = WorkingHours.defaults(LONDON);

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void severitiesParseAndCarryTheTableOfWindows() {
        assertThat(Severity.parse("p1")).contains(Severity.P1);
        assertThat(Severity.parse("P2")).contains(Severity.P2);
        assertThat(Severity.parse(" p3 ")).contains(Severity.P3);
        assertThat(Severity.parse("p4")).isEmpty();
        assertThat(Severity.parse("")).isEmpty();
        assertThat(Severity.parse(null)).isEmpty();
        assertThat(Severity.P1.label()).isEqualTo("p1");
        assertThat(Severity.P1.acknowledgeWithin()).isEqualTo(Duration.ofMinutes(15));
        assertThat(Severity.P1.resolveWithin()).isEqualTo(Duration.ofHours(4));
        assertThat(Severity.P1.aroundTheClock()).isTrue();
        assertThat(Severity.P2.acknowledgeWithin()).isEqualTo(Duration.ofHours(2));
        assertThat(Severity.P2.resolveWithin()).isEqualTo(Duration.ofHours(18));
        assertThat(Severity.P2.aroundTheClock()).isFalse();
        assertThat(Severity.P3.acknowledgeWithin()).isEqualTo(Duration.ofHours(9));
        assertThat(Severity.P3.resolveWithin()).isEqualTo(Duration.ofHours(45));
        assertThat(Severity.P3.aroundTheClock()).isFalse();
    }

    @Test
    void workingDaysFollowTheWorkspaceWorkingDay() {
        WorkingHours short8 = new WorkingHours(ZoneOffset.UTC, LocalTime.of(9, 0), LocalTime.of(17, 0), null);
        assertThat(Severity.P2.acknowledgeWithin(short8)).isEqualTo(Duration.ofHours(2));
        assertThat(Severity.P2.resolveWithin(short8)).isEqualTo(Duration.ofHours(16));
        assertThat(Severity.P3.acknowledgeWithin(short8)).isEqualTo(Duration.ofHours(8));
        assertThat(Severity.P3.resolveWithin(short8)).isEqualTo(Duration.ofHours(40));
    }

    @Test
    void p1CountsAroundTheClock() {
        Instant sunday3am = at("2026-01-18T03:00:00Z");
        EscalationDeadlines.Deadlines d = EscalationDeadlines.of(Severity.P1, sunday3am, LONDON_HOURS);
        assertThat(d.acknowledgeBy()).isEqualTo(at("2026-01-18T03:15:00Z"));
        assertThat(d.resolveBy()).isEqualTo(at("2026-01-18T07:00:00Z"));
    }

    @Test
    void p2OpenedFridayLateRunsIntoNextWeek() {
        // Friday 2026-01-16 17:00 GMT
        EscalationDeadlines.Deadlines d = EscalationDeadlines.of(Severity.P2, at("2026-01-16T17:00:00Z"), LONDON_HOURS);
        assertThat(d.acknowledgeBy()).as("Monday 10:00").isEqualTo(at("2026-01-19T10:00:00Z"));
        // 18h: Friday 1h, Monday 9h, Tuesday 8h
        assertThat(d.resolveBy()).as("Tuesday 17:00").isEqualTo(at("2026-01-20T17:00:00Z"));
    }

    @Test
    void p2OpenedOnSaturdayStartsTheClockMondayMorning() {
        EscalationDeadlines.Deadlines d = EscalationDeadlines.of(Severity.P2, at("2026-01-17T11:00:00Z"), LONDON_HOURS);
        assertThat(d.acknowledgeBy()).isEqualTo(at("2026-01-19T11:00:00Z"));
        // two full working days from Monday 09:00 end exactly at Tuesday 18:00, and stay there
        assertThat(d.resolveBy()).isEqualTo(at("2026-01-20T18:00:00Z"));
    }

    @Test
    void p3OverAWeekend() {
        // Thursday 2026-01-15 14:00: 9h -> Thursday 4h + Friday 5h
        EscalationDeadlines.Deadlines d = EscalationDeadlines.of(Severity.P3, at("2026-01-15T14:00:00Z"), LONDON_HOURS);
        assertThat(d.acknowledgeBy()).isEqualTo(at("2026-01-16T14:00:00Z"));
        // 45h: Thu 4, Fri 9, Mon 9, Tue 9, Wed 9, Thu 5
        assertThat(d.resolveBy()).isEqualTo(at("2026-01-22T14:00:00Z"));
    }

    @Test
    void aDeadlineExactlyAtSixStaysAtSix() {
        // Friday 16:00 + 2 working hours = Friday 18:00, not Monday 09:00
        assertThat(EscalationDeadlines.of(Severity.P2, at("2026-01-16T16:00:00Z"), LONDON_HOURS).acknowledgeBy())
                .isEqualTo(at("2026-01-16T18:00:00Z"));
    }

    @Test
    void nextUsesTheAcknowledgeWindowUntilAcknowledgedThenTheResolveWindow() {
        Instant saturdayClimb = at("2026-01-17T12:00:00Z");
        assertThat(EscalationDeadlines.next(Severity.P2, saturdayClimb, false, LONDON_HOURS))
                .isEqualTo(at("2026-01-19T11:00:00Z"));
        assertThat(EscalationDeadlines.next(Severity.P2, saturdayClimb, true, LONDON_HOURS))
                .isEqualTo(at("2026-01-20T18:00:00Z"));
        assertThat(EscalationDeadlines.next(Severity.P1, saturdayClimb, false, LONDON_HOURS))
                .isEqualTo(at("2026-01-17T12:15:00Z"));
        assertThat(EscalationDeadlines.next(Severity.P1, saturdayClimb, true, LONDON_HOURS))
                .isEqualTo(at("2026-01-17T16:00:00Z"));
    }

    @Test
    void aHalfHourOffsetZone() {
        WorkingHours kolkata = WorkingHours.defaults(ZoneId.of("Asia/Kolkata"));
        // Monday 2026-03-02 17:30 IST = 12:00Z
        EscalationDeadlines.Deadlines d = EscalationDeadlines.of(Severity.P2, at("2026-03-02T12:00:00Z"), kolkata);
        assertThat(d.acknowledgeBy()).as("Tuesday 10:30 IST").isEqualTo(at("2026-03-03T05:00:00Z"));
        // 18h: Mon 0.5, Tue 9, Wed 8.5 -> Wednesday 17:30 IST
        assertThat(d.resolveBy()).isEqualTo(at("2026-03-04T12:00:00Z"));
    }

    @Test
    void overTheLondonSpringForwardWeekend() {
        // Friday 2026-03-27 17:00 GMT; clocks go forward on Sunday 29th; Monday 10:00 BST = 09:00Z
        EscalationDeadlines.Deadlines d = EscalationDeadlines.of(Severity.P2, at("2026-03-27T17:00:00Z"), LONDON_HOURS);
        assertThat(d.acknowledgeBy()).isEqualTo(at("2026-03-30T09:00:00Z"));
        assertThat(d.resolveBy()).as("Tuesday 17:00 BST").isEqualTo(at("2026-03-31T16:00:00Z"));
    }

    @Test
    void overTheNewYorkFallBackWeekend() {
        WorkingHours ny = WorkingHours.defaults(ZoneId.of("America/New_York"));
        // Friday 2026-10-30 14:00 EDT = 18:00Z; 9h -> Friday 4h + Monday 5h -> Monday 14:00 EST = 19:00Z
        EscalationDeadlines.Deadlines d = EscalationDeadlines.of(Severity.P3, at("2026-10-30T18:00:00Z"), ny);
        assertThat(d.acknowledgeBy()).isEqualTo(at("2026-11-02T19:00:00Z"));
    }

    @Test
    void customHoursEightToFourThirtyMondayWednesdayFriday() {
        WorkingHours hours = new WorkingHours(ZoneOffset.UTC, LocalTime.of(8, 0), LocalTime.of(16, 30),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
        // p3 opened Tuesday 2026-01-13: the clock starts Wednesday 08:00; one working day is 8h30
        EscalationDeadlines.Deadlines p3 = EscalationDeadlines.of(Severity.P3, at("2026-01-13T10:00:00Z"), hours);
        assertThat(p3.acknowledgeBy()).isEqualTo(at("2026-01-14T16:30:00Z"));
        // five working days: Wed, Fri, Mon, Wed, Fri
        assertThat(p3.resolveBy()).isEqualTo(at("2026-01-23T16:30:00Z"));
        // p2 opened Friday 16:00: 30 minutes Friday, 90 Monday
        EscalationDeadlines.Deadlines p2 = EscalationDeadlines.of(Severity.P2, at("2026-01-16T16:00:00Z"), hours);
        assertThat(p2.acknowledgeBy()).isEqualTo(at("2026-01-19T09:30:00Z"));
        // 17h: Fri 0.5, Mon 8.5, Wed 8 -> Wednesday 16:00
        assertThat(p2.resolveBy()).isEqualTo(at("2026-01-21T16:00:00Z"));
    }
}
