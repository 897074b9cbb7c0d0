package dev.liaison.people;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/** Working-day arithmetic over random weeks and random holidays: it never lands on a day off. */
class WorkingDaysProperties {

    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

    @Property
    void theNthWorkingDayIsNeverAHolidayNorADayOff(@ForAll("weeks") Set<DayOfWeek> days, @ForAll("holidays") Set<LocalDate> holidays,
                                                   @ForAll @IntRange(min = 0, max = 400) int offset,
                                                   @ForAll @IntRange(min = 0, max = 60) int n) {
        WorkingDays working = new WorkingDays(days, holidays::contains);
        LocalDate day = BASE.plusDays(offset);

        LocalDate nth = working.plus(day, n);

        assertThat(holidays).doesNotContain(nth);
        assertThat(days).contains(nth.getDayOfWeek());
        assertThat(nth).isAfterOrEqualTo(day);
        // exactly n working days lie after the first one up to it
        assertThat(working.count(working.onOrAfter(day), nth)).isEqualTo(n + 1);
    }

    @Property
    void moreHolidaysNeverBringTheNthWorkingDayForward(@ForAll("weeks") Set<DayOfWeek> days,
                                                        @ForAll("holidays") Set<LocalDate> holidays,
                                                        @ForAll("holidays") Set<LocalDate> more,
                                                        @ForAll @IntRange(min = 0, max = 400) int offset,
                                                        @ForAll @IntRange(min = 0, max = 60) int n) {
        Set<LocalDate> all = new HashSet<>(holidays);
        all.addAll(more);
        LocalDate day = BASE.plusDays(offset);

        assertThat(new WorkingDays(days, all::contains).plus(day, n))
                .isAfterOrEqualTo(new WorkingDays(days, holidays::contains).plus(day, n));
        assertThat(new WorkingDays(days, all::contains).count(day, day.plusDays(90)))
                .isLessThanOrEqualTo(new WorkingDays(days, holidays::contains).count(day, day.plusDays(90)));
    }

    @Property
    void noDigestAndNoWorkingHoursOnAHoliday(@ForAll("holidays") Set<LocalDate> holidays,
                                             @ForAll @IntRange(min = 0, max = 400 * 24 * 4) int quarterHours,
                                             @ForAll("zones") String zone) {
        PersonalSchedule schedule = new PersonalSchedule(ZoneId.of(zone), LocalTime.of(8, 30), LocalTime.of(8, 0),
                LocalTime.of(17, 0), PersonalSchedule.WEEKDAYS, holidays::contains);
        Instant now = BASE.atStartOfDay(ZoneId.of("UTC")).toInstant().plusSeconds(quarterHours * 900L);
        LocalDate local = schedule.localDate(now);

        if (holidays.contains(local)) {
            assertThat(schedule.digestDue(now)).isFalse();
            assertThat(schedule.withinWorkingHours(now)).isFalse();
            assertThat(schedule.isWorkingDay(now)).isFalse();
        } else {
            // away from holidays the schedule is what it was without them
            PersonalSchedule plain = schedule.withHolidays(Holidays.NONE);
            assertThat(schedule.digestDue(now)).isEqualTo(plain.digestDue(now));
            assertThat(schedule.withinWorkingHours(now)).isEqualTo(plain.withinWorkingHours(now));
        }
    }

    @Provide
    Arbitrary<Set<DayOfWeek>> weeks() {
        return Arbitraries.subsetOf(DayOfWeek.values()).ofMinSize(1);
    }

    /** Up to 120 days off within the 16 months the properties look at: clusters (Christmas weeks) happen. */
    @Provide
    Arbitrary<Set<LocalDate>> holidays() {
        return Arbitraries.integers().between(0, 480).map(BASE::plusDays).set().ofMaxSize(120);
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of("Europe/London", "America/New_York", "Asia/Kolkata", "Pacific/Auckland", "UTC");
    }
}
