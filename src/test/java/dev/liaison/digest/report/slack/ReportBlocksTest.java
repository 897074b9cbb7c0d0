package dev.liaison.digest.report.slack;

import java.util.ArrayList;
import java.util.List;


import com.google.gson.GsonBuilder;
import dev.liaison.digest.report.AgencyReport;
import dev.liaison.digest.report.WeeklyReport;
import dev.liaison.digest.report.WeeklyReportComposer;
import dev.liaison.digest.report.WeeklyReportComposerTest;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.BlockKitLimits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The report message for a big team stays within Block Kit's limits, and client names never ping. */
class ReportBlocksTest {

    @Test
    void aTeamOfFifteenAmsAndOneHundredFiftyClientsFitsInOneMessage() {
        WeeklyReport report = WeeklyReportComposer.compose(WeeklyReportComposerTest.team(15, 10));
        assertThat(report.clients()).hasSize(150);
        var blocks = ReportBlocks.blocks(report);
        assertThat(BlockKitLimits.violations(blocks, BlockKit.MESSAGE_BLOCKS)).isEmpty();
        String json = new GsonBuilder().disableHtmlEscaping().create().toJson(blocks);
        assertThat(json).contains("Weekly account report", "Moved into at risk", "Touches this week", "Escalations",
                "Renewals in the next 60 days", "Over 90 % of budget hours", "…and");
        assertThat(json).doesNotContain("<!channel>").contains("&lt;!channel&gt;");
        assertThat(ReportBlocks.text(report).markup().length()).isLessThanOrEqualTo(BlockKit.MESSAGE_TEXT);
    }

    @Test
    void aSmallTeamShowsEveryoneAndTheWeekOnWeekChange() {
        WeeklyReport report = WeeklyReportComposer.compose(WeeklyReportComposerTest.team(2, 3));
        String json = new GsonBuilder().disableHtmlEscaping().create().toJson(ReportBlocks.blocks(report));
        assertThat(json).contains("<@UAM0>", "<@UAM1>", "median time to resolve 6.5 h").doesNotContain("…and");
        assertThat(json).containsPattern("\\((\\+|-)\\d+\\)|\\(=\\)");
    }

    @Test
    void anAgencyOfFortyTeamsFitsInOneMessageAndCountsTheTeamsLeftOut() {
        List<WeeklyReport> teams = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            teams.add(WeeklyReportComposer.compose(WeeklyReportComposerTest.team(15, 10)));
        }
        WeeklyReport whole = WeeklyReportComposer.compose(WeeklyReportComposerTest.team(15, 10));
        AgencyReport report = new AgencyReport("UHEAD1", whole,
                teams, WeeklyReportComposer.compose(WeeklyReportComposerTest.team(15, 10)));
        var blocks = ReportBlocks.blocks(report);
        assertThat(BlockKitLimits.violations(blocks, BlockKit.MESSAGE_BLOCKS)).isEmpty();
        String json = new GsonBuilder().disableHtmlEscaping().create().toJson(blocks);
        assertThat(json).contains("Weekly agency report", "Team of", "Moved into at risk:", "_…and 21 more teams_");
        assertThat(json).doesNotContain("<!channel>");
        assertThat(ReportBlocks.text(report).markup().length()).isLessThanOrEqualTo(BlockKit.MESSAGE_TEXT);
    }
}
