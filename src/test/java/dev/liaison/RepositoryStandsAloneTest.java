package dev.liaison;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 item 7: whatever a user or contributor reads is in this repository. The README, docs/,
 * the sources and the pom name no file outside it, and every relative link in the README and docs/
 * leads to a file that is here.
 */
class RepositoryStandsAloneTest {

    /** Paths outside the repository that its texts once pointed at (a "../" alone is fine: ops tests send one). */
    static final Pattern OUTSIDE = Pattern.compile("shared/|PRODUCT\\.md|ARCHITECTURE\\.md|STACK\\.md|HELPER_BRIEF");
    static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    @Test
    void nothingReadPointsOutsideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : readFiles()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = OUTSIDE.matcher(lines.get(i));
                if (m.find() && !file.endsWith("RepositoryStandsAloneTest.java")) {
                    found.add(file + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        assertThat(found).as("references to files outside the repository").isEmpty();
    }

    @Test
    void everyRelativeLinkInTheReadmeAndDocsLeadsToAFileHere() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            Matcher m = LINK.matcher(Files.readString(page));
            while (m.find()) {
                String target = m.group(1);
                if (!target.contains("://") && !target.startsWith("mailto:")
                        && !Files.exists(page.toAbsolutePath().getParent().resolve(target).normalize())) {
                    broken.add(page + " → " + target);
                }
            }
        }
        assertThat(pages).as("the user docs").extracting(Path::toString).contains("docs/commands.md",
                "docs/configuration.md", "docs/jobs.md", "docs/health-score.md", "docs/escalations.md");
        assertThat(broken).as("links to files that are not in the repository").isEmpty();
    }

    private static List<Path> readFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md"), Path.of("pom.xml")));
        for (String dir : List.of("docs", "src")) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(md|java|yml|yaml|properties|html|js|css|txt)$"))
                        .forEach(files::add);
            }
        }
        return files;
    }
}
