package dev.liaison.update;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateDraftTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void longHistoriesFitTheModalCutAtALineAndCountWhatIsLeftOut() {
        List<UpdateDraft.Item> done = IntStream.range(0, 40).mapToObj(i -> new UpdateDraft.Item(
                "Task " + i + " " + "x".repeat(300), TODAY.minusDays(i % 20))).toList();
        List<UpdateDraft.Item> next = IntStream.range(0, 40).mapToObj(i -> new UpdateDraft.Item(
                "Next " + i + " " + "y".repeat(300), TODAY.plusDays(i))).toList();
        String draft = UpdateDraft.of(new UpdateDraft.Inputs("Acme", TODAY.minusDays(30), TODAY, done,
                List.of(TODAY), next, null, 12, 40.0, TODAY.plusDays(10)));
        assertThat(draft.length()).isLessThanOrEqualTo(UpdateDraft.MAX_CHARS);
        assertThat(draft).startsWith("Hi Acme team").endsWith("\n…");
        // every line that is there is whole: items are cut to 200 characters, never mid-way by the limit
        draft.lines().filter(l -> l.startsWith("• Task")).forEach(l -> assertThat(l).endsWith(")"));
    }

    @Test
    void aQuietPeriodSaysSoAndARenewalFarAwayIsLeftOut() {
        String draft = UpdateDraft.of(new UpdateDraft.Inputs("Acme", TODAY.minusDays(30), TODAY, List.of(), List.of(),
                List.of(), null, 0, null, TODAY.plusDays(61)));
        assertThat(draft).contains("Nothing new to report in this period.").doesNotContain("Renewal", "Hours");
    }

    @Test
    void moreThanTwelveItemsEndWithHowManyMore() {
        List<LocalDate> meetings = IntStream.range(0, 15).mapToObj(TODAY::minusDays).toList();
        String draft = UpdateDraft.of(new UpdateDraft.Inputs("Acme", TODAY.minusDays(30), TODAY, List.of(), meetings,
                List.of(), null, 0, null, null));
        assertThat(draft).contains("…and 3 more");
    }
}
