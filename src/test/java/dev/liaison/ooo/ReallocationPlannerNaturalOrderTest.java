package dev.liaison.ooo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order in which the planner takes tasks: digit runs compare as numbers, everything else by character, and
 * the full text breaks ties. Kept apart from {@link ReallocationPlannerTest}, which covers who covers what.
 */
class ReallocationPlannerNaturalOrderTest {

    static int compare(String a, String b) {
        return Integer.signum(ReallocationPlanner.NATURAL.compare(a, b));
    }

    @Test
    void digitRunsCompareAsNumbersWhateverTheirLeadingZeros() {
        assertThat(compare("T-2", "T-10")).isNegative();
        assertThat(compare("T-10", "T-9")).isPositive();
        assertThat(compare("T-007", "T-8")).as("7 < 8 despite the longer text").isNegative();
        assertThat(compare("T-010", "T-9")).isPositive();
        assertThat(compare("T-00", "T-1")).isNegative();
        assertThat(compare("T-000", "T-0")).as("equal values: the text breaks the tie").isPositive();
        assertThat(compare("T-0", "T-000")).isNegative();
    }

    @Test
    void otherCharactersCompareOneByOne() {
        assertThat(compare("A-1", "B-1")).isNegative();
        assertThat(compare("b1", "ab12")).as("'b' after 'a', whatever follows").isPositive();
        assertThat(compare("x", "9")).isPositive();
        assertThat(compare("T-1", "T-1")).isZero();
    }

    @Test
    void aPrefixComesFirst() {
        assertThat(compare("T-1", "T-1a")).isNegative();
        assertThat(compare("T-1a", "T-1")).isPositive();
        assertThat(compare("T", "T-1")).isNegative();
        assertThat(compare("T-12", "T-12b")).isNegative();
        assertThat(compare("T-12c", "T-012")).isPositive();
    }

    @Test
    void sortingIsStableUnderShuffledInput() {
        List<String> sorted = List.of("T-01", "T-1", "T-2", "T-2a", "T-9", "T-010", "T-10", "T-100", "U-1");
        List<String> shuffled = new ArrayList<>(sorted);
        Collections.reverse(shuffled);
        shuffled.sort(ReallocationPlanner.NATURAL);
        assertThat(shuffled).containsExactlyElementsOf(sorted);
    }
}
