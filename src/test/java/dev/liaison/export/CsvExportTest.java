package dev.liaison.export;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15 item 7: no exported cell runs as a formula. */
class CsvExportTest {

    @Test
    void everyCellThatStartsLikeAFormulaStaysText() {
        for (String hostile : new String[] {"=HYPERLINK(\"https://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0",
                "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"}) {
            assertThat(CsvExport.neutral(hostile)).as(hostile).isEqualTo("'" + hostile);
        }
        assertThat(CsvExport.neutral("Acme = best")).isEqualTo("Acme = best");
        assertThat(CsvExport.neutral("")).isEmpty();
    }

    @Test
    void everyColumnOfARowIsNeutralised() {
        String csv = new String(new CsvExport("a", "b", "c").row("=1", "@x", 42).row(null, "-3", "ok").bytes(),
                StandardCharsets.UTF_8);
        assertThat(csv.lines()).containsExactly("a,b,c", "'=1,'@x,42", "\"\",'-3,ok");
    }
}
