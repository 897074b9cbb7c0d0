package dev.liaison.digest.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import dev.liaison.client.Client;
import dev.liaison.client.ClientFixtures;
import dev.liaison.client.ClientHealthInputs;
import dev.liaison.client.HealthScore;
import dev.liaison.client.Interaction;
import dev.liaison.client.Sentiment;
import dev.liaison.client.TouchType;
import dev.liaison.escalation.Escalation;
import dev.liaison.escalation.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The weekly report from values: bands and their change, movers, touches per AM, escalations, the chart. */
public class WeeklyReportComposerTest {

    static final Instant NOW = Instant.parse("2026-11-23T08:30:00Z");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final Instant PERIOD = Instant.parse("2026-11-16T00:00:00Z");

    /** A team of {@code ams} AMs with {@code perAm} clients each; every third client has trouble. */
    public static WeeklyReportComposer.Input team(int ams, int perAm) {
        List<WeeklyReportComposer.Scored> clients = new ArrayList<>();
        List<String> members = new ArrayList<>();
        List<Interaction> touches = new ArrayList<>();
        for (int a = 0; a < ams; a++) {
            String am = "UAM" + a;
            members.add(am);
            for (int c = 0; c < perAm; c++) {
                String id = "c" + a + "-" + c;
                int trouble = (a + c) % 3 == 0 ? 2 : 0;
                Client client = ClientFixtures.ofTeam("T1", id, "Client " + a + "-" + c + " <!channel>", am,
                        NOW.minusSeconds(86_400L * (c % 3 == 0 ? 40 : 2)), c % 5 == 0 ? MONDAY.plusDays(20 + c) : null,
                        trouble > 0 || c % 4 == 0 ? 10.0 : null, trouble, NOW);
                clients.add(new WeeklyReportComposer.Scored(client,
                        HealthScore.of(ClientHealthInputs.of(client, NOW, MONDAY))));
                if (c % 2 == 0) {
                    touches.add(new Interaction("i" + id, "T1", id, TouchType.CALL, Sentiment.POSITIVE, 30, "Weekly sync",
                            NOW.minusSeconds(86_400), am, NOW, "command"));
                }
            }
        }
        Map<String, String> lastBands = new HashMap<>();
        clients.forEach(s -> lastBands.put(s.client().id(), "HEALTHY"));
        List<WeeklySnapshot> earlier = new ArrayList<>();
        for (int w = 1; w <= 9; w++) {
            earlier.add(new WeeklySnapshot("T1:ULEAD:2026-W" + (48 - w), "T1", "ULEAD", "2026-W" + (48 - w),
                    clients.size() - w, w, 0, lastBands, NOW.minusSeconds(604_800L * w)));
        }
        List<Escalation> escalations = List.of(
                escalation("E-1", PERIOD.plusSeconds(3_600), PERIOD.plusSeconds(3_600 * 5)),
                escalation("E-2", PERIOD.plusSeconds(7_200), PERIOD.plusSeconds(7_200 + 3_600 * 9)),
                escalation("E-3", PERIOD.plusSeconds(86_400), null));
        return new WeeklyReportComposer.Input("T1", "ULEAD", "2026-W48", MONDAY, PERIOD, NOW, clients, members, earlier,
                touches, escalations);
    }

    static Escalation escalation(String number, Instant opened, Instant resolved) {
        return new Escalation(number, "T1", number, "c0-0", "Client 0-0", Severity.P2, "Late", "UAM0", opened,
                resolved == null ? Escalation.State.OPEN : Escalation.State.RESOLVED, 0, List.of("UAM0"), null, null,
                null, null, null, resolved == null ? null : "UAM0", resolved, null, "C0ESC", null, null, List.of());
    }

    @Test
    void countsBandsAgainstLastWeekAndNamesTheClientsThatMovedIntoAtRisk() {
        WeeklyReport report = WeeklyReportComposer.compose(team(3, 6));
        assertThat(report.bands().total()).isEqualTo(18);
        assertThat(report.lastWeek()).isEqualTo(new WeeklyReport.Bands(17, 1, 0));
        assertThat(report.movedToAtRisk()).isNotEmpty().allSatisfy(m -> assertThat(m.driver()).isNotBlank());
        assertThat(report.movedToAtRisk()).hasSize(report.bands().atRisk());
    }

    @Test
    void touchesPerAmAgainstTheirDueCheckIns() {
        WeeklyReport report = WeeklyReportComposer.compose(team(3, 6));
        assertThat(report.touches()).extracting(WeeklyReport.AmWeek::userId).containsExactlyInAnyOrder("UAM0", "UAM1", "UAM2");
        WeeklyReportComposer.Input input = team(3, 6);
        assertThat(report.touches()).allSatisfy(a -> {
            assertThat(a.touches()).isEqualTo(3);
            assertThat(a.clients()).isEqualTo(6);
            assertThat(a.dueCheckIns()).isEqualTo(input.clients().stream().filter(s -> a.userId().equals(s.client().ownerId())
                    && s.client().dueForCheckIn(NOW)).count()).isPositive();
        });
    }

    @Test
    void escalationsOpenedResolvedOpenWithTheMedianTimeToResolve() {
        WeeklyReport.Escalations escalations = WeeklyReportComposer.compose(team(2, 2)).escalations();
        assertThat(escalations).isEqualTo(new WeeklyReport.Escalations(3, 2, 1, 6.5));
    }

    @Test
    void renewalsInSixtyDaysBudgetsOverNinetyPercentAndEightWeeksOfTrend() {
        WeeklyReport report = WeeklyReportComposer.compose(team(2, 10));
        assertThat(report.renewals()).isNotEmpty().allSatisfy(r -> assertThat(r.daysLeft()).isBetween(0L, 60L));
        assertThat(report.overBudget()).isNotEmpty().allSatisfy(b -> assertThat(b.percent()).isGreaterThan(90));
        assertThat(report.trend()).hasSize(8);
        assertThat(report.trend().get(7).week()).isEqualTo("2026-W48");
        assertThat(report.trend().get(0).week()).isEqualTo("2026-W41");
    }

    @Test
    void theChartIsAPngReadableAtSlacksPreviewSize() throws Exception {
        WeeklyReport report = WeeklyReportComposer.compose(team(15, 10));
        byte[] png = ReportChart.png(report, id -> "Account Manager " + id);
        assertThat(png.length).isBetween(10_000, 1_000_000);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(ReportChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ReportChart.HEIGHT);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "weekly-report-chart.png"), png);
    }
}
