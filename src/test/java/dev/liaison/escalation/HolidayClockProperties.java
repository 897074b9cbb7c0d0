package dev.liaison.escalation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** p2/p3 clocks over random working hours and random workspace holidays. */
class HolidayClockProperties {

    private static final Instant EARLIEST = Instant.parse("2026-01-01T00:00:00Z");
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 12, 31);

    record Clocks(WorkingHours hours, Set<LocalDate> holidays) {
        WorkingHours withHolidays() {
            return new WorkingHours(hours.zone(), hours.start(), hours.end(), hours.days(), holidays::contains);
        }
    }

    @Property
    void skippingHolidaysNeverMakesADeadlineEarlier(@ForAll("clocks") Clocks clocks, @ForAll("more") Set<LocalDate> more,
                                                    @ForAll("instants") Instant openedAt,
                                                    @ForAll("slow") Severity severity, @ForAll boolean acknowledged) {
        Set<LocalDate> all = new HashSet<>(clocks.holidays());
        all.addAll(more);
        WorkingHours some = clocks.withHolidays();
        WorkingHours most = new WorkingHours(some.zone(), some.start(), some.end(), some.days(), all::contains);

        Instant plain = EscalationDeadlines.next(severity, openedAt, acknowledged, clocks.hours());
        Instant skipping = EscalationDeadlines.next(severity, openedAt, acknowledged, some);

        assertThat(skipping).isAfterOrEqualTo(plain);
        assertThat(EscalationDeadlines.next(severity, openedAt, acknowledged, most)).isAfterOrEqualTo(skipping);
    }

    @Property
    void aDeadlineNeverFallsOnAHoliday(@ForAll("clocks") Clocks clocks, @ForAll("instants") Instant openedAt,
                                       @ForAll("slow") Severity severity, @ForAll boolean acknowledged) {
        WorkingHours hours = clocks.withHolidays();

        Instant deadline = EscalationDeadlines.next(severity, openedAt, acknowledged, hours);

        LocalDate day = deadline.atZone(hours.zone()).toLocalDate();
        assertThat(clocks.holidays()).doesNotContain(day);
        assertThat(hours.days()).contains(day.getDayOfWeek());
    }

    @Provide
    Arbitrary<Clocks> clocks() {
        Arbitrary<ZoneId> zone = Arbitraries.of("UTC", "Europe/London", "America/New_York", "Asia/Kolkata",
                "Pacific/Auckland").map(ZoneId::of);
        Arbitrary<Integer> start = Arbitraries.integers().between(5 * 60, 11 * 60);
        Arbitrary<Integer> length = Arbitraries.integers().between(60, 11 * 60);
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.subsetOf(DayOfWeek.values()).ofMinSize(1);
        return Combinators.combine(zone, start, length, days, more()).as((z, s, len, d, h) ->
                new Clocks(new WorkingHours(z, LocalTime.MIN.plusMinutes(s), LocalTime.MIN.plusMinutes(s + len), d), h));
    }

    /** Days off in the first months of 2026, where the escalations are opened: clusters happen. */
    @Provide
    Arbitrary<Set<LocalDate>> more() {
        return Arbitraries.integers().between(0, 120).map(FIRST_DAY::plusDays).set().ofMaxSize(40);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, 60L * 86_400).map(EARLIEST::plusSeconds);
    }

    @Provide
    Arbitrary<Severity> slow() {
        return Arbitraries.of(Severity.P2, Severity.P3);
    }
}
