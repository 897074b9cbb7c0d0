package dev.liaison.people;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Digest and working time in each person's own zone, pinned instants only. */
class PersonalScheduleTest {

    static PersonalSchedule in(String zone) {
        return PersonalSchedule.defaults(ZoneId.of(zone));
    }

    @ParameterizedTest(name = "{0} at {1}: due={2}, local date {3}")
    @CsvSource({
            // Kolkata is +05:30: 09:00 local is 03:30Z
            "Asia/Kolkata,      2026-11-23T03:29:59Z, false, 2026-11-23",
            "Asia/Kolkata,      2026-11-23T03:30:00Z, true,  2026-11-23",
            // Kathmandu is +05:45: 09:00 local is 03:15Z
            "Asia/Kathmandu,    2026-11-23T03:14:00Z, false, 2026-11-23",
            "Asia/Kathmandu,    2026-11-23T03:15:00Z, true,  2026-11-23",
            // Auckland (+13 in November) is already on Tuesday when it is Monday 20:00Z
            "Pacific/Auckland,  2026-11-23T20:00:00Z, true,  2026-11-24",
            "Pacific/Auckland,  2026-11-23T19:59:00Z, false, 2026-11-24",
            // Pago Pago (-11) is still on Sunday at Monday 10:00Z: not a working day
            "Pacific/Pago_Pago, 2026-11-23T10:00:00Z, false, 2026-11-22",
            "Pacific/Pago_Pago, 2026-11-23T20:00:00Z, true,  2026-11-23",
            // New York: 09:00 is 14:00Z after DST ends (Nov 1 2026) and 13:00Z before
            "America/New_York,  2026-11-02T13:30:00Z, false, 2026-11-02",
            "America/New_York,  2026-11-02T14:00:00Z, true,  2026-11-02",
            "America/New_York,  2026-10-30T13:00:00Z, true,  2026-10-30",
            // a Saturday is not a working day by default
            "Europe/Lisbon,     2026-11-28T12:00:00Z, false, 2026-11-28",
    })
    void digestIsDueAfterTheLocalDigestTimeOnWorkingDays(String zone, String now, boolean due, String date) {
        PersonalSchedule schedule = in(zone);
        assertThat(schedule.digestDue(Instant.parse(now))).isEqualTo(due);
        assertThat(schedule.localDate(Instant.parse(now))).isEqualTo(LocalDate.parse(date));
    }

    @Test
    void aDigestTimeInsideADaylightSavingGapFiresAsLateIntoTheNewHour() {
        // Europe/Berlin skips 02:00-03:00 on 2026-03-29 (a Sunday: make Sunday a working day)
        PersonalSchedule schedule = new PersonalSchedule(ZoneId.of("Europe/Berlin"), LocalTime.of(2, 30),
                LocalTime.of(9, 0), LocalTime.of(18, 0), EnumSet.allOf(DayOfWeek.class));
        // 02:30 does not exist that night: it becomes 03:30 CEST (01:30Z), never skipped
        assertThat(schedule.digestDue(Instant.parse("2026-03-29T01:29:00Z"))).isFalse();
        assertThat(schedule.digestDue(Instant.parse("2026-03-29T01:30:00Z"))).isTrue();
    }

    @Test
    void workingHoursAreLocalAndMayCrossMidnight() {
        PersonalSchedule kolkata = in("Asia/Kolkata");
        assertThat(kolkata.withinWorkingHours(Instant.parse("2026-11-23T03:29:00Z"))).isFalse();
        assertThat(kolkata.withinWorkingHours(Instant.parse("2026-11-23T03:30:00Z"))).isTrue();
        assertThat(kolkata.withinWorkingHours(Instant.parse("2026-11-23T12:29:00Z"))).isTrue();
        assertThat(kolkata.withinWorkingHours(Instant.parse("2026-11-23T12:30:00Z"))).isFalse();
        PersonalSchedule nights = new PersonalSchedule(ZoneId.of("UTC"), null, LocalTime.of(22, 0), LocalTime.of(6, 0),
                EnumSet.allOf(DayOfWeek.class));
        assertThat(nights.withinWorkingHours(Instant.parse("2026-11-23T23:00:00Z"))).isTrue();
        assertThat(nights.withinWorkingHours(Instant.parse("2026-11-23T05:59:00Z"))).isTrue();
        assertThat(nights.withinWorkingHours(Instant.parse("2026-11-23T12:00:00Z"))).isFalse();
        assertThat(nights.digestDue(Instant.parse("2026-11-23T12:00:00Z"))).as("digest off").isFalse();
    }

    @Test
    void aWeekendHourInsideTheWorkingTimesIsNotWorkingTime() {
        // Saturday 28 Nov 2026, 12:00 in Lisbon: between 09:00 and 18:00, but not a working day
        assertThat(in("Europe/Lisbon").withinWorkingHours(Instant.parse("2026-11-28T12:00:00Z"))).isFalse();
        assertThat(in("Europe/Lisbon").withinWorkingHours(Instant.parse("2026-11-27T12:00:00Z"))).isTrue();
    }

    @Test
    void liaisonMeParsesDigestAndHours() {
        assertThat(LiaisonCommandParser.parse("me digest 8:30")).isEqualTo(new LiaisonCommand.SetDigest(LocalTime.of(8, 30)));
        assertThat(LiaisonCommandParser.parse("me digest off")).isEqualTo(new LiaisonCommand.SetDigest(null));
        assertThat(LiaisonCommandParser.parse("me hours 08:00-16:30 mon,wed,fri")).isEqualTo(new LiaisonCommand.SetHours(
                LocalTime.of(8, 0), LocalTime.of(16, 30), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)));
        assertThat(LiaisonCommandParser.parse("me hours 09:00-18:00 mon-sun"))
                .isEqualTo(new LiaisonCommand.SetHours(LocalTime.of(9, 0), LocalTime.of(18, 0), EnumSet.allOf(DayOfWeek.class)));
        assertThat(LiaisonCommandParser.parse("me hours 09:00-18:00 fri-mon")).isEqualTo(new LiaisonCommand.SetHours(
                LocalTime.of(9, 0), LocalTime.of(18, 0),
                EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY)));
        Assertions.assertThatThrownBy(() -> LiaisonCommandParser.parse("me digest 25:00"))
                .hasMessageContaining("HH:MM");
        Assertions.assertThatThrownBy(() -> LiaisonCommandParser.parse("me hours 9-5"))
                .hasMessageContaining("HH:MM-HH:MM");
        Assertions.assertThatThrownBy(() -> LiaisonCommandParser.parse("me hours 09:00-17:00 weekdays"))
                .hasMessageContaining("mon-fri");
        assertThat(LiaisonCommandParser.parse("frobnicate")).isInstanceOf(LiaisonCommand.Help.class);
        assertThat(LiaisonCommandParser.parse("team")).isEqualTo(new LiaisonCommand.Team(null, List.of()));
        assertThat(LiaisonCommandParser.parse("team <@U0LEAD> <@U0AM1> <@U0AM2> <@U0LEAD>"))
                .isEqualTo(new LiaisonCommand.Team("U0LEAD", List.of("U0AM1", "U0AM2")));
        assertThat(LiaisonCommandParser.parse("capacity <@U0AM1> 8")).isEqualTo(new LiaisonCommand.Capacity("U0AM1", 8));
        Assertions.assertThatThrownBy(() -> LiaisonCommandParser.parse("capacity <@U0AM1> lots"))
                .hasMessageContaining("1 to 200");
        Assertions.assertThatThrownBy(() -> LiaisonCommandParser.parse("team <@U0LEAD>"))
                .hasMessageContaining("lead first");
    }
}
