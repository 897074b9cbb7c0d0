package dev.liaison.qbr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.liaison.digest.report.HealthHistory;

/**
 * The QBR brief's health chart, from values: the weekly scores kept for the {@value #WEEKS} weeks up
 * to today (the eleven weeks before this one, those there are) and today's score as the last point,
 * "now". A client with less history gets fewer points; one with none, today's alone. No I/O.
 */
public final class HealthTrend {

    public static final int WEEKS = 12;
    public static final String NOW = "now";

    /** @param label the week ({@code W48}) or {@link #NOW} */
    public record Point(String label, int score) {
    }

    private HealthTrend() {
    }

    public static List<Point> of(List<HealthHistory.WeekScore> kept, LocalDate today, int scoreNow) {
        String thisWeek = HealthHistory.week(today);
        String oldest = HealthHistory.week(today.minusWeeks(WEEKS - 1));
        List<Point> points = new ArrayList<>();
        // ISO week names of one shape ("2026-W48") sort as the weeks do
        kept.stream().filter(w -> w.week().compareTo(oldest) >= 0 && w.week().compareTo(thisWeek) < 0)
                .sorted(Comparator.comparing(HealthHistory.WeekScore::week))
                .forEach(w -> points.add(new Point(w.week().substring(w.week().indexOf('W')), w.score())));
        points.add(new Point(NOW, scoreNow));
        return List.copyOf(points);
    }
}
