package dev.liaison.qbr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.liaison.digest.report.HealthHistory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The brief's chart data: at most the twelve weeks up to today, fewer when less was kept, today's score last. */
class HealthTrendTest {

    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9); // in 2026-W50

    static List<HealthHistory.WeekScore> weeks(LocalDate firstMonday, int count) {
        List<HealthHistory.WeekScore> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            kept.add(new HealthHistory.WeekScore(HealthHistory.week(firstMonday.plusWeeks(i)), 60 + i));
        }
        return kept;
    }

    @Test
    void twelveWeeksOfHistoryAreElevenWeeksAndNow() {
        // fifteen weeks kept up to this week: the three oldest and this week's are left out, "now" is today's
        List<HealthTrend.Point> points = HealthTrend.of(weeks(LocalDate.of(2026, 8, 31), 15), WEDNESDAY, 77);
        assertThat(points).hasSize(HealthTrend.WEEKS);
        assertThat(points.get(0)).isEqualTo(new HealthTrend.Point("W39", 63));
        assertThat(points.get(10)).isEqualTo(new HealthTrend.Point("W49", 73));
        assertThat(points.get(11)).isEqualTo(new HealthTrend.Point(HealthTrend.NOW, 77));
    }

    @Test
    void lessHistoryIsFewerPointsAndNoneIsTodayAlone() {
        assertThat(HealthTrend.of(weeks(LocalDate.of(2026, 11, 23), 2), WEDNESDAY, 70)).containsExactly(
                new HealthTrend.Point("W48", 60), new HealthTrend.Point("W49", 61), new HealthTrend.Point("now", 70));
        assertThat(HealthTrend.of(List.of(), WEDNESDAY, 55)).containsExactly(new HealthTrend.Point("now", 55));
    }

    @Test
    void weeksAcrossTheNewYearStayInOrder() {
        List<HealthTrend.Point> points = HealthTrend.of(weeks(LocalDate.of(2026, 12, 14), 6), LocalDate.of(2027, 1, 20), 50);
        assertThat(points).extracting(HealthTrend.Point::label)
                .containsExactly("W51", "W52", "W53", "W01", "W02", "now");
    }
}
