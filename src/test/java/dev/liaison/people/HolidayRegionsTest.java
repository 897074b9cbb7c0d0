package dev.liaison.people;

import java.time.LocalDate;
import java.util.Set;

import dev.liaison.parsing.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Holiday codes against Jollyday's own calendars: what they name, what a wrong one is told, which days are off. */
class HolidayRegionsTest {

    private static final Logger log = LoggerFactory.getLogger(HolidayRegionsTest.class);
    private static final HolidayRegions REGIONS = new HolidayRegions();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "gb-eng | gb-eng | England, United Kingdom",
            "GB-ENG | gb-eng | England, United Kingdom",
            "uk-eng | gb-eng | England, United Kingdom",
            "us_ny  | us-ny  | New York, United States",
            "de-by  | de-by  | Bavaria, Germany",
            "fr     | fr     | France",
            "de-by-mu | de-by-mu | Munich, Bavaria, Germany"})
    void knownCodesAreReadTheWayJollydaySpellsThem(String typed, String code, String name) {
        HolidayRegions.Region region = REGIONS.validate(typed);

        assertThat(region.code()).isEqualTo(code);
        assertThat(region.name()).isEqualTo(name);
    }

    @Test
    void aRegionTypoIsAnsweredWithTheCloseRegions() {
        assertThatThrownBy(() -> REGIONS.validate("gb-en")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("I don't know the holidays of `gb-en`").hasMessageContaining("`gb-eng`");
        assertThatThrownBy(() -> REGIONS.validate("us-nyc")).hasMessageContaining("`us-ny`");
    }

    @Test
    void aRegionTypedByItsNameIsAnsweredWithItsCode() {
        assertThatThrownBy(() -> REGIONS.validate("gb-england")).hasMessageContaining("Did you mean `gb-eng`?");
        assertThatThrownBy(() -> REGIONS.validate("de-bavaria")).hasMessageContaining("`de-by`");
        assertThatThrownBy(() -> REGIONS.validate("us-new")).hasMessageContaining("`us-nh`")
                .hasMessageContaining("`us-nj`").hasMessageContaining("`us-nm`").hasMessageContaining("`us-ny`");
    }

    @Test
    void aCountryTypedByNameOrMistypedIsAnsweredWithCountryCodes() {
        assertThatThrownBy(() -> REGIONS.validate("germany")).hasMessageContaining("Did you mean `de`?");
        assertThatThrownBy(() -> REGIONS.validate("gx-eng")).hasMessageContaining("`gb`");
    }

    @Test
    void nonsenseGetsTheShapeOfACodeAndWhatWasTypedIsQuotedSafely() {
        assertThatThrownBy(() -> REGIONS.validate("`<!channel>`")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Use a country and, if its holidays differ by region, the region: `gb-eng`")
                .hasMessageNotContaining("``<");
        assertThatThrownBy(() -> REGIONS.validate("nyse")).hasMessageContaining("I don't know the holidays of `nyse`");
        assertThat(REGIONS.countries()).contains("gb", "us", "de", "fr").doesNotContain("nyse", "target");
    }

    @Test
    void boxingDayMovedToMondayIsAHolidayInEnglandButNotInNewYork() {
        // 2026-12-25 is a Friday: Boxing Day (Saturday 26th) is taken on Monday 28th in England
        assertThat(REGIONS.isHoliday("gb-eng", LocalDate.of(2026, 12, 28))).isTrue();
        assertThat(REGIONS.isHoliday("gb-eng", LocalDate.of(2026, 12, 26))).isFalse();
        assertThat(REGIONS.isHoliday("gb-eng", LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(REGIONS.isHoliday("us-ny", LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(REGIONS.isHoliday("us-ny", LocalDate.of(2026, 12, 25))).isTrue();
        // Bavaria keeps Epiphany, Berlin does not
        assertThat(REGIONS.isHoliday("de-by", LocalDate.of(2026, 1, 6))).isTrue();
        assertThat(REGIONS.isHoliday("de-be", LocalDate.of(2026, 1, 6))).isFalse();
        // Scotland keeps 2 January, England does not
        assertThat(REGIONS.isHoliday("gb-sct", LocalDate.of(2026, 1, 2))).isTrue();
        assertThat(REGIONS.isHoliday("gb-eng", LocalDate.of(2026, 1, 2))).isFalse();
    }

    @Test
    void observancesAreNotDaysOff() {
        // Alaska Day (18 October) and Seward's Day (last Monday in March) are observances in Alaska
        assertThat(REGIONS.holidays("us-ak", 2027)).doesNotContain(LocalDate.of(2027, 10, 18), LocalDate.of(2027, 3, 29))
                .contains(LocalDate.of(2027, 10, 11));
    }

    @Test
    void aCodeAndYearIsWorkedOutOnceAndKept() {
        HolidayRegions fresh = new HolidayRegions();
        long started = System.nanoTime();
        Set<LocalDate> first = fresh.holidays("fr", 2027);
        // measured, not asserted: the first call builds France's calendar from its XML
        log.info("First holidays of fr 2027 took {} ms", (System.nanoTime() - started) / 1_000_000);
        started = System.nanoTime();
        Set<LocalDate> again = fresh.holidays("fr", 2027);
        log.info("Again took {} µs", (System.nanoTime() - started) / 1_000);

        assertThat(again).isSameAs(first).contains(LocalDate.of(2027, 7, 14));
        assertThat(fresh.holidays("fr", 2028)).isNotSameAs(first).contains(LocalDate.of(2028, 7, 14));
    }
}
