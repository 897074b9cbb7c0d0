package dev.liaison.people.slack;

import dev.liaison.client.ClientImport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The import's help names exactly the columns the import reads (written out there to keep people free of client). */
class LiaisonImportHelpTest {

    @Test
    void theHelpNamesTheColumnsTheImportReads() {
        assertThat(LiaisonCommandListener.IMPORT_HELP).contains("`" + ClientImport.COLUMNS_TEXT + "`");
    }
}
