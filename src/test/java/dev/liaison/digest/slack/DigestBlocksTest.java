package dev.liaison.digest.slack;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import dev.liaison.digest.Digest;
import dev.liaison.digest.Nudge;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.BlockKitLimits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Digests and nudges of any size are one message within Block Kit limits. */
class DigestBlocksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String EVIL = "<!channel> & <@U0VICTIM> ";

    static List<Digest.DueClient> due(int n) {
        return IntStream.range(0, n).mapToObj(i -> new Digest.DueClient("c" + i, EVIL + "client " + i, i, i % 3 == 0,
                40 + i % 50, "watch", i % 3 == 0 ? null : "meeting from Outlook Calendar")).toList();
    }

    static String json(List<LayoutBlock> blocks) {
        return GsonFactory.createSnakeCase().newBuilder().disableHtmlEscaping().create().toJson(blocks);
    }

    @Test
    void aPersonWithFortyDueClientsGetsOneNudgeWithinLimits() {
        List<LayoutBlock> blocks = DigestBlocks.nudge(new Nudge("T1", "U1", TODAY, due(40)));
        assertThat(BlockKitLimits.violations(blocks, BlockKit.MESSAGE_BLOCKS)).isEmpty();
        assertThat(json(blocks)).contains("40 clients are due", "client 39").doesNotContain("<!channel>", "…and");
        List<LayoutBlock> more = DigestBlocks.nudge(new Nudge("T1", "U1", TODAY, due(120)));
        assertThat(BlockKitLimits.violations(more, BlockKit.MESSAGE_BLOCKS)).isEmpty();
        assertThat(json(more)).contains("…and 80 more");
    }

    @Test
    void aFullDigestKeepsEverySectionWithinFiftyBlocks() {
        Digest digest = new Digest("T1", "U1", TODAY, due(30),
                IntStream.range(0, 30).mapToObj(i -> new Digest.TaskLine("T-" + i, EVIL + "task", EVIL, TODAY.minusDays(i), i > 0)).toList(),
                IntStream.range(0, 30).mapToObj(i -> new Digest.EscalationLine("c" + i, EVIL, "p1", EVIL.repeat(50))).toList(),
                IntStream.range(0, 30).mapToObj(i -> new Digest.RenewalLine("c" + i, EVIL, TODAY.plusDays(i), i)).toList(),
                null,
                IntStream.range(0, 30).mapToObj(i -> new Digest.OpportunityLine("O-" + i, EVIL + "deal", "c" + i, EVIL,
                        1_250_000L, "proposal", TODAY.minusDays(i + 1))).toList(), java.util.Currency.getInstance("EUR"));
        List<LayoutBlock> blocks = DigestBlocks.digest(digest);
        assertThat(BlockKitLimits.violations(blocks, BlockKit.MESSAGE_BLOCKS)).isEmpty();
        assertThat(json(blocks)).doesNotContain("<!channel>", "<@U0VICTIM>").contains("…and 23 more", "…and 27 more",
                "€12,500", "Opportunities past their close date");
    }

    @Test
    void aDueClientSaysHowItWasLastTouchedAndFromWhere() {
        String json = json(DigestBlocks.digest(new Digest("T1", "U1", TODAY, due(3), List.of(), List.of(), List.of())));
        assertThat(json).contains("client 1* · 1 day overdue · last: meeting from Outlook Calendar · health")
                .contains("client 0* · never touched · health");
    }

    @Test
    void emptySectionsAreLeftOut() {
        Digest onlyTasks = new Digest("T1", "U1", TODAY, List.of(),
                List.of(new Digest.TaskLine("T-1", "Send deck", "Acme", TODAY, false)), List.of(), List.of());
        String json = json(DigestBlocks.digest(onlyTasks));
        assertThat(json).contains("Tasks due").doesNotContain("Check-ins due", "Renewals", "escalations");
    }

    /** Every section full, reviews (two blocks each) and a lead's team too: each section shows fewer, never past 50. */
    @Test
    void aFullDigestWithReviewsAndATeamStaysWithinFiftyBlocks() {
        Digest.Oversight team = new Digest.Oversight(false,
                IntStream.range(0, 30).mapToObj(i -> new Digest.AtRisk("r" + i, EVIL, "U0AM" + i, 20, EVIL)).toList(),
                IntStream.range(0, 30).mapToObj(i -> new Digest.TeamEscalation("e" + i, EVIL, "U0AM" + i, "p2", EVIL)).toList(),
                IntStream.range(0, 10).mapToObj(i -> new Digest.OutTomorrow("U0OUT" + i, i)).toList(),
                IntStream.range(0, 30).mapToObj(i -> new Digest.Uncovered("u" + i, EVIL, "U0OUT1")).toList());
        Digest digest = new Digest("T1", "U1", TODAY, due(30),
                IntStream.range(0, 30).mapToObj(i -> new Digest.TaskLine("T-" + i, EVIL + "task", EVIL, TODAY.minusDays(i), i > 0)).toList(),
                IntStream.range(0, 30).mapToObj(i -> new Digest.EscalationLine("c" + i, EVIL, "p1", EVIL.repeat(50))).toList(),
                IntStream.range(0, 30).mapToObj(i -> new Digest.RenewalLine("c" + i, EVIL, TODAY.plusDays(i), i)).toList(),
                team, List.of(), dev.liaison.parsing.Money.DEFAULT,
                IntStream.range(0, 12).mapToObj(i -> new Digest.QbrLine("q" + i, EVIL + "review " + i,
                        TODAY.plusDays(i - 2), i - 2, i == 0)).toList());
        List<LayoutBlock> blocks = DigestBlocks.digest(digest);
        assertThat(BlockKitLimits.violations(blocks, BlockKit.MESSAGE_BLOCKS)).isEmpty();
        assertThat(json(blocks)).doesNotContain("<!channel>", "<@U0VICTIM>")
                .contains("Quarterly business reviews* (12)", "review 0* · quarterly business review never held, due now",
                        "review 1* · quarterly business review :warning: overdue, was due yesterday",
                        "Prepare brief", "Mark held", "At risk on your team", "…and");
    }
}
