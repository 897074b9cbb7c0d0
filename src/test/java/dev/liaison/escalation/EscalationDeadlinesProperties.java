package dev.liaison.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Working-time arithmetic over random zones (half-hour, 45-minute and DST-changing ones), hours and days.
 *
 * <p>Additivity rule implemented: {@code plus(plus(from, a), b) == plus(from, a + b)} for every {@code b > 0};
 * for {@code b == 0} it holds unless {@code plus(from, a)} is exactly a working period's end, where
 * {@code plus(end, 0)} moves on to the next working start.
 */
class EscalationDeadlinesProperties {

    static final Instant EARLIEST = Instant.parse("2015-01-01T00:00:00Z");
    static final long SPAN_SECONDS = ChronoUnit.SECONDS.between(EARLIEST, Instant.parse("2035-01-01T00:00:00Z"));

    static final String[] ZONES = {"UTC", "Europe/London", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu",
            "Australia/Lord_Howe", "Pacific/Chatham", "America/Santiago", "America/St_Johns", "Europe/Berlin"};

    /** Every daylight-saving (or other offset) change of {@link #ZONES} in 2015-2035. */
    static final List<Instant> TRANSITIONS = transitions();

    static List<Instant> transitions() {
        List<Instant> all = new ArrayList<>();
        Instant latest = EARLIEST.plusSeconds(SPAN_SECONDS);
        for (String zone : ZONES) {
            ZoneRules rules = ZoneId.of(zone).getRules();
            ZoneOffsetTransition t = rules.nextTransition(EARLIEST);
            while (t != null && t.getInstant().isBefore(latest)) {
                all.add(t.getInstant());
                t = rules.nextTransition(t.getInstant());
            }
        }
        return List.copyOf(all);
    }

    @Provide
    Arbitrary<WorkingHours> hours() {
        Arbitrary<ZoneId> zone = Arbitraries.of(ZONES).map(ZoneId::of);
        Arbitrary<Integer> startMinute = Arbitraries.integers().between(0, 1438);
        Arbitrary<Integer> lengthMinutes = Arbitraries.integers().between(1, 1439);
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.subsetOf(DayOfWeek.values());
        return Combinators.combine(zone, startMinute, lengthMinutes, days).as((z, s, len, d) -> {
            int end = Math.min(1439, s + len);
            return new WorkingHours(z, LocalTime.MIN.plusMinutes(s), LocalTime.MIN.plusMinutes(end), d);
        });
    }

    /** Half uniform over 2015-2035, half within three days of a zone's offset change. */
    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Instant> uniform = Arbitraries.longs().between(0, SPAN_SECONDS).map(EARLIEST::plusSeconds);
        Arbitrary<Instant> nearChange = Combinators.combine(Arbitraries.of(TRANSITIONS),
                Arbitraries.longs().between(-3 * 86_400, 3 * 86_400)).as(Instant::plusSeconds);
        return Arbitraries.oneOf(uniform, nearChange);
    }

    @Provide
    Arbitrary<Instant> minuteInstants() {
        return instants().map(i -> i.truncatedTo(ChronoUnit.MINUTES));
    }

    @Provide
    Arbitrary<Severity> workingTimeSeverities() {
        return Arbitraries.of(Severity.P2, Severity.P3);
    }

    /** Exactly the end of the working period of the instant's local day. */
    static boolean isPeriodEnd(WorkingHours hours, Instant t) {
        LocalDate day = t.atZone(hours.zone()).toLocalDate();
        return hours.days().contains(day.getDayOfWeek())
                && ZonedDateTime.of(day, hours.end(), hours.zone()).toInstant().equals(t);
    }

    @Property(tries = 300)
    void p2AndP3DeadlinesAreWorkingTimeOrExactlyAPeriodEnd(
            @ForAll("workingTimeSeverities") Severity severity, @ForAll("hours") WorkingHours hours,
            @ForAll("instants") Instant openedAt) {
        EscalationDeadlines.Deadlines d = EscalationDeadlines.of(severity, openedAt, hours);
        for (Instant deadline : new Instant[] {d.acknowledgeBy(), d.resolveBy()}) {
            assertThat(hours.isWorkingTime(deadline) || isPeriodEnd(hours, deadline))
                    .as("%s in %s", deadline, hours).isTrue();
            assertThat(deadline).isAfter(openedAt);
        }
        // p2 acknowledges within a fixed 2 working hours but resolves within 2 working days, so with a working
        // day under an hour the resolve window is the shorter one; otherwise resolving comes no earlier
        if (severity.resolveWithin(hours).compareTo(severity.acknowledgeWithin(hours)) >= 0) {
            assertThat(d.resolveBy()).isAfterOrEqualTo(d.acknowledgeBy());
        }
        assertThat(EscalationDeadlines.next(severity, openedAt, false, hours)).isEqualTo(d.acknowledgeBy());
        assertThat(EscalationDeadlines.next(severity, openedAt, true, hours)).isEqualTo(d.resolveBy());
    }

    @Property(tries = 200)
    void p1DeadlinesArePlainDurations(@ForAll("hours") WorkingHours hours, @ForAll("instants") Instant openedAt,
                                      @ForAll boolean acknowledged) {
        EscalationDeadlines.Deadlines d = EscalationDeadlines.of(Severity.P1, openedAt, hours);
        assertThat(d.acknowledgeBy()).isEqualTo(openedAt.plus(Duration.ofMinutes(15)));
        assertThat(d.resolveBy()).isEqualTo(openedAt.plus(Duration.ofHours(4)));
        assertThat(EscalationDeadlines.next(Severity.P1, openedAt, acknowledged, hours))
                .isEqualTo(openedAt.plus(acknowledged ? Duration.ofHours(4) : Duration.ofMinutes(15)));
    }

    @Property(tries = 300)
    void addingWorkingTimeIsMonotonic(@ForAll("hours") WorkingHours hours, @ForAll("instants") Instant from,
                                      @ForAll @LongRange(min = 0, max = 3_000_000) long aSeconds,
                                      @ForAll @LongRange(min = 0, max = 3_000_000) long bSeconds) {
        Duration a = Duration.ofSeconds(Math.min(aSeconds, bSeconds));
        Duration b = Duration.ofSeconds(Math.max(aSeconds, bSeconds));
        Instant pa = hours.plusWorkingTime(from, a);
        Instant pb = hours.plusWorkingTime(from, b);
        assertThat(pa).isBeforeOrEqualTo(pb).isAfterOrEqualTo(from);
    }

    @Property(tries = 300)
    void addingWorkingTimeIsAdditive(@ForAll("hours") WorkingHours hours, @ForAll("instants") Instant from,
                                     @ForAll @LongRange(min = 0, max = 3_000_000) long aSeconds,
                                     @ForAll @LongRange(min = 0, max = 3_000_000) long bSeconds) {
        Duration a = Duration.ofSeconds(aSeconds);
        Duration b = Duration.ofSeconds(bSeconds);
        Instant pa = hours.plusWorkingTime(from, a);
        Instant stepwise = hours.plusWorkingTime(pa, b);
        Instant atOnce = hours.plusWorkingTime(from, a.plus(b));
        if (b.isZero() && isPeriodEnd(hours, pa)) {
            // the only exception: from a period's end, zero more moves on to the next working start
            assertThat(stepwise).isAfter(pa);
            assertThat(hours.isWorkingTime(stepwise)).isTrue();
            assertThat(atOnce).isEqualTo(pa);
        } else {
            assertThat(stepwise).isEqualTo(atOnce);
        }
    }

    @Property(tries = 300)
    void addingNothingToWorkingTimeChangesNothing(@ForAll("hours") WorkingHours hours,
                                                  @ForAll("instants") Instant any) {
        Instant from = hours.isWorkingTime(any) ? any : hours.plusWorkingTime(any, Duration.ZERO);
        assertThat(hours.isWorkingTime(from)).isTrue();
        assertThat(hours.plusWorkingTime(from, Duration.ZERO)).isEqualTo(from);
    }

    /** An independent oracle: walk minute by minute, counting the minutes that are working time. */
    @Property(tries = 150)
    void agreesWithCountingWorkingMinutesOneByOne(@ForAll("hours") WorkingHours hours,
                                                  @ForAll("minuteInstants") Instant from,
                                                  @ForAll @LongRange(min = 0, max = 1_000_000) long perMillion) {
        long maxMinutes = 2 * hours.workingDay().toMinutes();
        long minutes = maxMinutes * perMillion / 1_000_000;
        Instant t = from;
        long counted = 0;
        Instant expected;
        while (true) {
            if (hours.isWorkingTime(t)) {
                if (minutes == 0) {
                    expected = t;
                    break;
                }
                counted++;
                if (counted == minutes) {
                    expected = t.plusSeconds(60);
                    break;
                }
            }
            t = t.plusSeconds(60);
        }
        assertThat(hours.plusWorkingTime(from, Duration.ofMinutes(minutes))).as("%s + %d min in %s", from, minutes, hours)
                .isEqualTo(expected);
    }
}
