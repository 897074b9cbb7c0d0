package dev.liaison.growth;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline as figures, from opportunities alone (no I/O): each open opportunity counts its amount
 * weighted by its stage's chance (lead 10 %, proposal 40 %, negotiation 70 %); won and lost count in a
 * window when they were set in it. Amounts are hundredths of the workspace's currency; a weighted amount
 * rounds half up to the hundredth, per opportunity, so the total is the sum of the lines people see.
 */
public final class Pipeline {

    /** One stage's open opportunities: how many, their amounts and their weighted amounts. */
    public record StageTotal(Stage stage, int count, long amountCents, long weightedCents) {
    }

    /**
     * @param open          the open opportunities, closing soonest first (undated last)
     * @param byStage       lead, proposal and negotiation, each present (zeros when empty)
     * @param won           set won in the window, latest first
     * @param lost          set lost in the window, latest first
     */
    public record Summary(List<Opportunity> open, Map<Stage, StageTotal> byStage, long amountCents,
                         long weightedCents, List<Opportunity> won, long wonCents, List<Opportunity> lost,
                         long lostCents) {

        public int openCount() {
            return open.size();
        }

        public boolean isEmpty() {
            return open.isEmpty() && won.isEmpty() && lost.isEmpty();
        }
    }

    /** Open first by close date (soonest first, undated last), then by number. */
    public static final Comparator<Opportunity> CLOSING_FIRST = Comparator
            .comparing((Opportunity o) -> o.close() == null ? "9999-12-31" : o.close())
            .thenComparing(o -> numberOf(o.number()));

    private Pipeline() {
    }

    /** The amount weighted by the stage's chance, rounded half up; no amount counts as 0. */
    public static long weighted(Long amountCents, Stage stage) {
        if (amountCents == null || !stage.open()) {
            return 0L;
        }
        // BigInteger: an amount up to 10^14 hundredths times 70 still fits a long, but not for every long
        BigInteger product = BigInteger.valueOf(amountCents).multiply(BigInteger.valueOf(stage.weightPercent()));
        return product.add(BigInteger.valueOf(50)).divide(BigInteger.valueOf(100)).longValueExact();
    }

    public static long weighted(Opportunity o) {
        return weighted(o.amountCents(), o.stage());
    }

    /**
     * The figures of some opportunities: open ones as they stand, won and lost ones set in
     * [{@code windowStart}, {@code windowEnd}] (the report's moment itself included).
     */
    public static Summary summarize(Collection<Opportunity> opportunities, Instant windowStart, Instant windowEnd) {
        List<Opportunity> open = opportunities.stream().filter(Opportunity::open).sorted(CLOSING_FIRST).toList();
        Map<Stage, StageTotal> byStage = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            if (!stage.open()) {
                continue;
            }
            List<Opportunity> in = open.stream().filter(o -> o.stage() == stage).toList();
            byStage.put(stage, new StageTotal(stage, in.size(), sum(in), in.stream().mapToLong(Pipeline::weighted).sum()));
        }
        long amount = byStage.values().stream().mapToLong(StageTotal::amountCents).sum();
        long weighted = byStage.values().stream().mapToLong(StageTotal::weightedCents).sum();
        List<Opportunity> won = settled(opportunities, Stage.WON, windowStart, windowEnd);
        List<Opportunity> lost = settled(opportunities, Stage.LOST, windowStart, windowEnd);
        return new Summary(open, Map.copyOf(byStage), amount, weighted, won, sum(won), lost, sum(lost));
    }

    private static List<Opportunity> settled(Collection<Opportunity> all, Stage stage, Instant from, Instant to) {
        return all.stream().filter(o -> o.stage() == stage && o.closedAt() != null
                        && !o.closedAt().isBefore(from) && !o.closedAt().isAfter(to))
                .sorted(Comparator.comparing(Opportunity::closedAt).reversed())
                .toList();
    }

    private static long sum(List<Opportunity> opportunities) {
        return opportunities.stream().mapToLong(o -> o.amountCents() == null ? 0L : o.amountCents()).sum();
    }

    /** O-12 → 12, so O-9 sorts before O-10. */
    static long numberOf(String number) {
        try {
            return Long.parseLong(number.substring(number.indexOf('-') + 1));
        } catch (RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }
}
