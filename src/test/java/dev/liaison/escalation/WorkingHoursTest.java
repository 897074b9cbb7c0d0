package dev.liaison.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void defaultsAreNineToSixMondayToFriday() {
        WorkingHours hours = WorkingHours.defaults(LONDON);
        assertThat(hours.zone()).isEqualTo(LONDON);
        assertThat(hours.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(hours.end()).isEqualTo(LocalTime.of(18, 0));
        assertThat(hours.days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(hours.workingDay()).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void workingTimeIncludesTheStartAndExcludesTheEnd() {
        WorkingHours hours = WorkingHours.defaults(LONDON);
        // Friday 2026-01-16, GMT
        assertThat(hours.isWorkingTime(at("2026-01-16T08:59:59Z"))).isFalse();
        assertThat(hours.isWorkingTime(at("2026-01-16T09:00:00Z"))).isTrue();
        assertThat(hours.isWorkingTime(at("2026-01-16T17:59:59.999Z"))).isTrue();
        assertThat(hours.isWorkingTime(at("2026-01-16T18:00:00Z"))).isFalse();
        // Saturday
        assertThat(hours.isWorkingTime(at("2026-01-17T12:00:00Z"))).isFalse();
    }

    @Test
    void aHalfHourOffsetZoneCountsInItsOwnLocalTime() {
        WorkingHours hours = WorkingHours.defaults(KOLKATA);
        // Monday 2026-03-02, IST is UTC+05:30: 09:00 IST = 03:30Z, 18:00 IST = 12:30Z
        assertThat(hours.isWorkingTime(at("2026-03-02T03:29:00Z"))).isFalse();
        assertThat(hours.isWorkingTime(at("2026-03-02T03:30:00Z"))).isTrue();
        assertThat(hours.isWorkingTime(at("2026-03-02T12:29:00Z"))).isTrue();
        assertThat(hours.isWorkingTime(at("2026-03-02T12:30:00Z"))).isFalse();
        // 17:30 IST + 2h of working time: 30 minutes on Monday, 90 on Tuesday -> Tuesday 10:30 IST
        assertThat(hours.plusWorkingTime(at("2026-03-02T12:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(at("2026-03-03T05:00:00Z"));
    }

    @Test
    void addingSkipsNightsAndWeekends() {
        WorkingHours hours = WorkingHours.defaults(LONDON);
        // Friday 17:00 + 2h: one hour on Friday, one on Monday
        assertThat(hours.plusWorkingTime(at("2026-01-16T17:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(at("2026-01-19T10:00:00Z"));
        // Tuesday 20:00 (after hours) + 1h: Wednesday 10:00
        assertThat(hours.plusWorkingTime(at("2026-01-13T20:00:00Z"), Duration.ofHours(1)))
                .isEqualTo(at("2026-01-14T10:00:00Z"));
    }

    @Test
    void aResultExactlyAtTheEndOfAWorkingPeriodStaysThere() {
        WorkingHours hours = WorkingHours.defaults(LONDON);
        Instant friday9 = at("2026-01-16T09:00:00Z");
        assertThat(hours.plusWorkingTime(friday9, Duration.ofHours(9))).isEqualTo(at("2026-01-16T18:00:00Z"));
        assertThat(hours.plusWorkingTime(friday9, Duration.ofHours(9).plusNanos(1)))
                .isEqualTo(at("2026-01-19T09:00:00Z").plusNanos(1));
    }

    @Test
    void zeroFromWorkingTimeIsTheSameInstantAndFromOutsideIsTheNextStart() {
        WorkingHours hours = WorkingHours.defaults(LONDON);
        Instant wednesdayNoon = at("2026-01-14T12:00:00Z");
        assertThat(hours.plusWorkingTime(wednesdayNoon, Duration.ZERO)).isEqualTo(wednesdayNoon);
        assertThat(hours.plusWorkingTime(at("2026-01-17T12:00:00Z"), Duration.ZERO))
                .isEqualTo(at("2026-01-19T09:00:00Z"));
        // a period's end is not working time: the clock starts at the next working start
        assertThat(hours.plusWorkingTime(at("2026-01-16T18:00:00Z"), Duration.ZERO))
                .isEqualTo(at("2026-01-19T09:00:00Z"));
    }

    @Test
    void aDayShortenedBySpringForwardHoldsLessWorkingTime() {
        // every day 00:00-06:00 London; on Sunday 2026-03-29 01:00 GMT jumps to 02:00 BST, so the
        // period is 00:00 GMT (00:00Z) to 06:00 BST (05:00Z): five hours, not six
        WorkingHours nights = new WorkingHours(LONDON, LocalTime.MIDNIGHT, LocalTime.of(6, 0), Set.of());
        Instant sunday = at("2026-03-29T00:00:00Z");
        assertThat(nights.isWorkingTime(at("2026-03-29T01:30:00Z"))).as("02:30 BST").isTrue();
        assertThat(nights.isWorkingTime(at("2026-03-29T05:00:00Z"))).as("06:00 BST").isFalse();
        assertThat(nights.plusWorkingTime(sunday, Duration.ofHours(5))).isEqualTo(at("2026-03-29T05:00:00Z"));
        // Monday 00:00 BST is 2026-03-29T23:00Z
        assertThat(nights.plusWorkingTime(sunday, Duration.ofMinutes(330))).isEqualTo(at("2026-03-29T23:30:00Z"));
    }

    @Test
    void aDayLengthenedByFallBackHoldsMoreWorkingTime() {
        // every day 00:00-06:00 New York; on Sunday 2026-11-01 02:00 EDT falls back to 01:00 EST, so the
        // period is 00:00 EDT (04:00Z) to 06:00 EST (11:00Z): seven hours
        WorkingHours nights = new WorkingHours(NEW_YORK, LocalTime.MIDNIGHT, LocalTime.of(6, 0), Set.of());
        Instant sunday = at("2026-11-01T04:00:00Z");
        assertThat(nights.plusWorkingTime(sunday, Duration.ofHours(6))).isEqualTo(at("2026-11-01T10:00:00Z"));
        assertThat(nights.plusWorkingTime(sunday, Duration.ofHours(7))).isEqualTo(at("2026-11-01T11:00:00Z"));
        assertThat(nights.isWorkingTime(at("2026-11-01T06:30:00Z"))).as("01:30 EST, second time round").isTrue();
        assertThat(nights.isWorkingTime(at("2026-11-01T11:00:00Z"))).isFalse();
    }

    @Test
    void workingHoursKeepTheirLocalTimesAcrossADstChange() {
        WorkingHours hours = WorkingHours.defaults(LONDON);
        // Friday 2026-03-27 17:00 GMT + 2h: Friday 17:00-18:00 GMT, Monday 09:00-10:00 BST (08:00-09:00Z)
        assertThat(hours.plusWorkingTime(at("2026-03-27T17:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(at("2026-03-30T09:00:00Z"));
    }

    @Test
    void customHoursOnSomeDays() {
        WorkingHours hours = new WorkingHours(ZoneOffset.UTC, LocalTime.of(8, 0), LocalTime.of(16, 30),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
        assertThat(hours.workingDay()).isEqualTo(Duration.ofMinutes(510));
        // Tuesday 2026-01-13 is not a working day
        assertThat(hours.isWorkingTime(at("2026-01-13T10:00:00Z"))).isFalse();
        assertThat(hours.isWorkingTime(at("2026-01-14T16:29:00Z"))).isTrue();
        assertThat(hours.isWorkingTime(at("2026-01-14T16:30:00Z"))).isFalse();
        // Tuesday 10:00 + 1h -> Wednesday 09:00
        assertThat(hours.plusWorkingTime(at("2026-01-13T10:00:00Z"), Duration.ofHours(1)))
                .isEqualTo(at("2026-01-14T09:00:00Z"));
    }

    @Test
    void emptyDaysMeanEveryDay() {
        WorkingHours hours = new WorkingHours(ZoneOffset.UTC, LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of());
        assertThat(hours.days()).containsExactlyInAnyOrder(DayOfWeek.values());
        assertThat(hours.isWorkingTime(at("2026-01-18T10:00:00Z"))).as("a Sunday").isTrue();
        WorkingHours nullDays = new WorkingHours(ZoneOffset.UTC, LocalTime.of(9, 0), LocalTime.of(17, 0), null);
        assertThat(nullDays.days()).hasSize(7);
    }

    @Test
    void daysAreCopiedAndCannotBeChanged() {
        Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY);
        WorkingHours hours = new WorkingHours(ZoneOffset.UTC, LocalTime.of(9, 0), LocalTime.of(17, 0), days);
        days.add(DayOfWeek.TUESDAY);
        assertThat(hours.days()).containsExactly(DayOfWeek.MONDAY);
        assertThatThrownBy(() -> hours.days().add(DayOfWeek.SUNDAY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void startEqualToEndAndOvernightShiftsAreRejected() {
        assertThatThrownBy(() -> new WorkingHours(ZoneOffset.UTC, LocalTime.of(9, 0), LocalTime.of(9, 0), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingHours(ZoneOffset.UTC, LocalTime.of(22, 0), LocalTime.of(6, 0), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Overnight");
    }

    @Test
    void negativeAmountsAreRejected() {
        WorkingHours hours = WorkingHours.defaults(LONDON);
        assertThatThrownBy(() -> hours.plusWorkingTime(at("2026-01-14T12:00:00Z"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
