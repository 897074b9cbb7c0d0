package dev.liaison.growth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/** The pipeline's figures: weights by stage, totals that add up, won and lost only inside their window. */
class PipelineProperties {

    static final Instant FROM = Instant.parse("2026-11-16T00:00:00Z");
    static final Instant TO = Instant.parse("2026-11-23T00:00:00Z");

    @Provide
    Arbitrary<Opportunity> opportunities() {
        Arbitrary<Long> amounts = Arbitraries.longs().between(0, 100_000_000_000_000L).injectNull(0.1);
        Arbitrary<Stage> stages = Arbitraries.of(Stage.class);
        Arbitrary<Long> closedOffsets = Arbitraries.longs().between(-30 * 86_400L, 30 * 86_400L);
        Arbitrary<Integer> numbers = Arbitraries.integers().between(1, 10_000);
        return Combinators.combine(amounts, stages, closedOffsets, numbers).as((amount, stage, offset, n) ->
                new Opportunity("T1:O-" + n, "T1", "O-" + n, "C1", "U1", "Deal " + n, amount, stage, null, "U1",
                        FROM.minusSeconds(86_400 * 40), stage.open() ? null : FROM.plusSeconds(offset), "U1", FROM));
    }

    @Property(tries = 500)
    void theWeightedAmountIsTheStagesShareRoundedHalfUp(@ForAll @LongRange(min = 0, max = 100_000_000_000_000L) long cents) {
        assertThat(Pipeline.weighted(cents, Stage.LEAD)).isEqualTo((cents * 10 + 50) / 100);
        assertThat(Pipeline.weighted(cents, Stage.PROPOSAL)).isEqualTo((cents * 40 + 50) / 100);
        assertThat(Pipeline.weighted(cents, Stage.NEGOTIATION)).isEqualTo((cents * 70 + 50) / 100);
        assertThat(Pipeline.weighted(cents, Stage.WON)).isZero();
        assertThat(Pipeline.weighted(cents, Stage.LOST)).isZero();
        assertThat(Pipeline.weighted(cents, Stage.LEAD)).isLessThanOrEqualTo(Pipeline.weighted(cents, Stage.PROPOSAL));
        assertThat(Pipeline.weighted(cents, Stage.PROPOSAL)).isLessThanOrEqualTo(Pipeline.weighted(cents, Stage.NEGOTIATION));
        assertThat(Pipeline.weighted(cents, Stage.NEGOTIATION)).isLessThanOrEqualTo(cents);
    }

    @Property(tries = 300)
    void totalsAreTheSumsOfTheirStagesAndOfTheLinesShown(@ForAll @Size(max = 40) List<@net.jqwik.api.From("opportunities") Opportunity> all) {
        Pipeline.Summary summary = Pipeline.summarize(all, FROM, TO);
        assertThat(summary.open()).allMatch(Opportunity::open).hasSize((int) all.stream().filter(Opportunity::open).count());
        assertThat(summary.weightedCents()).isEqualTo(summary.open().stream().mapToLong(Pipeline::weighted).sum());
        assertThat(summary.weightedCents()).isEqualTo(summary.byStage().values().stream()
                .mapToLong(Pipeline.StageTotal::weightedCents).sum());
        assertThat(summary.amountCents()).isEqualTo(summary.open().stream()
                .mapToLong(o -> o.amountCents() == null ? 0 : o.amountCents()).sum());
        assertThat(summary.weightedCents()).isLessThanOrEqualTo(summary.amountCents());
        assertThat(summary.byStage().keySet()).containsExactlyInAnyOrder(Stage.LEAD, Stage.PROPOSAL, Stage.NEGOTIATION);
        assertThat(summary.byStage().values().stream().mapToInt(Pipeline.StageTotal::count).sum()).isEqualTo(summary.openCount());
    }

    @Property(tries = 300)
    void wonAndLostCountOnlyWhenSetInsideTheWindow(@ForAll @Size(max = 40) List<@net.jqwik.api.From("opportunities") Opportunity> all) {
        Pipeline.Summary summary = Pipeline.summarize(all, FROM, TO);
        assertThat(summary.won()).allMatch(o -> o.stage() == Stage.WON && !o.closedAt().isBefore(FROM) && !o.closedAt().isAfter(TO));
        assertThat(summary.lost()).allMatch(o -> o.stage() == Stage.LOST && !o.closedAt().isBefore(FROM) && !o.closedAt().isAfter(TO));
        long expectedWon = all.stream().filter(o -> o.stage() == Stage.WON && !o.closedAt().isBefore(FROM)
                && !o.closedAt().isAfter(TO)).count();
        assertThat(summary.won()).hasSize((int) expectedWon);
        assertThat(summary.wonCents()).isEqualTo(summary.won().stream().mapToLong(o -> o.amountCents() == null ? 0 : o.amountCents()).sum());
    }

    @Property(tries = 300)
    void aStageMoveUpNeverLowersTheWeightedPipeline(@ForAll @Size(min = 1, max = 20) List<@net.jqwik.api.From("opportunities") Opportunity> all) {
        List<Opportunity> moved = new ArrayList<>();
        for (Opportunity o : all) {
            Stage next = switch (o.stage()) {
                case LEAD -> Stage.PROPOSAL;
                case PROPOSAL -> Stage.NEGOTIATION;
                default -> o.stage();
            };
            moved.add(new Opportunity(o.id(), o.teamId(), o.number(), o.clientId(), o.ownerId(), o.title(), o.amountCents(),
                    next, o.close(), o.createdBy(), o.createdAt(), o.closedAt(), o.updatedBy(), o.updatedAt()));
        }
        assertThat(Pipeline.summarize(moved, FROM, TO).weightedCents())
                .isGreaterThanOrEqualTo(Pipeline.summarize(all, FROM, TO).weightedCents());
    }

    @Property(tries = 200)
    void onlyAnOpenOpportunityWithAPastCloseDateIsOverdue(@ForAll("opportunities") Opportunity o,
                                                         @ForAll @LongRange(min = -60, max = 60) long closeOffsetDays) {
        LocalDate today = LocalDate.of(2026, 11, 23);
        Opportunity dated = new Opportunity(o.id(), o.teamId(), o.number(), o.clientId(), o.ownerId(), o.title(),
                o.amountCents(), o.stage(), today.plusDays(closeOffsetDays).toString(), o.createdBy(), o.createdAt(),
                o.closedAt(), o.updatedBy(), o.updatedAt());
        assertThat(dated.closeDatePassed(today)).isEqualTo(o.stage().open() && closeOffsetDays < 0);
    }
}
