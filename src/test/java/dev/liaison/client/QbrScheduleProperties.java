package dev.liaison.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** QBR due dates: last held + N weeks, never held is due now, and an item from 14 days ahead until held. */
class QbrScheduleProperties {

    static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

    @Property(tries = 500)
    void theNextReviewIsTheLastOnePlusTheCadenceAndAnItemFromFourteenDaysAhead(
            @ForAll @IntRange(min = 0, max = 3000) int heldOffset,
            @ForAll @IntRange(min = 1, max = QbrSchedule.MAX_WEEKS) int weeks,
            @ForAll @IntRange(min = -100, max = 900) int daysAfterHeld) {
        LocalDate held = EPOCH.plusDays(heldOffset);
        LocalDate today = held.plusDays(daysAfterHeld);
        QbrSchedule.Due due = QbrSchedule.next(weeks, held, today).orElseThrow();
        assertThat(due.date()).isEqualTo(held.plusDays(7L * weeks));
        assertThat(due.daysLeft()).isEqualTo(ChronoUnit.DAYS.between(today, due.date()));
        assertThat(due.neverHeld()).isFalse();
        // within 14 days of the date, on it or past it: an item; further ahead: not yet
        assertThat(due.soon()).isEqualTo(!today.isBefore(due.date().minusDays(QbrSchedule.AHEAD_DAYS)));
    }

    @Property(tries = 200)
    void aClientThatNeverHeldOneIsDueNow(@ForAll @IntRange(min = 0, max = 30000) int offset,
                                         @ForAll @IntRange(min = 1, max = QbrSchedule.MAX_WEEKS) int weeks) {
        LocalDate today = EPOCH.plusDays(offset);
        QbrSchedule.Due due = QbrSchedule.next(weeks, null, today).orElseThrow();
        assertThat(due.date()).isEqualTo(today);
        assertThat(due.daysLeft()).isZero();
        assertThat(due.neverHeld()).isTrue();
        assertThat(due.soon()).isTrue();
    }

    @Property(tries = 200)
    void offHasNoReviewEver(@ForAll @IntRange(min = 0, max = 30000) int offset,
                            @ForAll @IntRange(min = -3000, max = 3000) int heldOffset, @ForAll boolean everHeld) {
        LocalDate today = EPOCH.plusDays(offset);
        assertThat(QbrSchedule.next(0, everHeld ? today.plusDays(heldOffset) : null, today)).isEmpty();
    }

    /** Marking one held today puts the next one a full cadence away: out of the digest unless the cadence is two weeks or less. */
    @Property(tries = 300)
    void holdingOneTodayMovesTheNextOneACadenceAway(@ForAll @IntRange(min = 0, max = 30000) int offset,
                                                    @ForAll @IntRange(min = 1, max = QbrSchedule.MAX_WEEKS) int weeks) {
        LocalDate today = EPOCH.plusDays(offset);
        QbrSchedule.Due next = QbrSchedule.next(weeks, today, today).orElseThrow();
        assertThat(next.daysLeft()).isEqualTo(7L * weeks);
        assertThat(next.soon()).isEqualTo(weeks <= 2);
    }

    /** Once in the digest a review stays there each day until it is held: days left only go down. */
    @Property(tries = 300)
    void onceDueSoonItStaysDueEveryDayUntilHeld(@ForAll @IntRange(min = 1, max = QbrSchedule.MAX_WEEKS) int weeks,
                                                @ForAll @IntRange(min = 0, max = 800) int laterDays) {
        LocalDate held = EPOCH;
        LocalDate firstDay = held.plusWeeks(weeks).minusDays(QbrSchedule.AHEAD_DAYS);
        QbrSchedule.Due first = QbrSchedule.next(weeks, held, firstDay).orElseThrow();
        QbrSchedule.Due later = QbrSchedule.next(weeks, held, firstDay.plusDays(laterDays)).orElseThrow();
        assertThat(first.soon()).isTrue();
        assertThat(later.soon()).isTrue();
        assertThat(later.daysLeft()).isEqualTo(first.daysLeft() - laterDays);
        assertThat(QbrSchedule.next(weeks, held, firstDay.minusDays(1)).orElseThrow().soon()).isFalse();
    }

    /** The clock's instant read as a day in the reader's zone: the same instant can be two days apart. */
    @Property(tries = 300)
    void theClockReadsTodayInTheReadersZone(@ForAll @LongRange(min = 0, max = 2_000_000_000L) long seconds,
                                            @ForAll @IntRange(min = -12, max = 14) int offsetHours,
                                            @ForAll @IntRange(min = 1, max = QbrSchedule.MAX_WEEKS) int weeks,
                                            @ForAll @IntRange(min = -400, max = 400) int heldDaysAgo) {
        Instant now = Instant.ofEpochSecond(seconds);
        ZoneId zone = ZoneOffset.ofHours(offsetHours);
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate held = today.minusDays(heldDaysAgo);
        QbrSchedule schedule = new QbrSchedule(Clock.fixed(now, ZoneOffset.UTC));
        assertThat(schedule.next(weeks, held, zone)).isEqualTo(QbrSchedule.next(weeks, held, today));
        Optional<QbrSchedule.Due> soon = schedule.dueSoon(weeks, held, zone);
        assertThat(soon.isPresent()).isEqualTo(QbrSchedule.next(weeks, held, today).orElseThrow().soon());
    }

    @Property(tries = 50)
    void aCadenceOutOfRangeIsABug(@ForAll @IntRange(min = QbrSchedule.MAX_WEEKS + 1, max = 100_000) int weeks) {
        assertThatThrownBy(() -> QbrSchedule.next(weeks, null, EPOCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QbrSchedule.next(-weeks, null, EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 10)
    void onlyEnterpriseHasReviewsByDefault(@ForAll Tier tier) {
        assertThat(QbrSchedule.defaultWeeks(tier)).isEqualTo(tier == Tier.ENTERPRISE ? 13 : 0);
    }
}
