package dev.liaison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A type is public only when something outside its package uses it: main or test code of another
 * package, or a resource that names it (spring.factories, service files). Read from the sources, not the
 * bytecode, because the compiler inlines the constants of action-id classes and the bytecode would not
 * show who reads them.
 */
class PackagePrivateByDefaultTest {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);

    record Source(Path path, String packageName, String text) {
        String simpleName() {
            String file = path.getFileName().toString();
            return file.substring(0, file.length() - ".java".length());
        }

        boolean declaresPublicTopLevelType() {
            return Pattern.compile("^public\\s+(?:(?:final|abstract|sealed|non-sealed)\\s+)*"
                    + "(?:class|interface|record|enum|@interface)\\s+" + simpleName() + "\\b", Pattern.MULTILINE)
                    .matcher(text).find();
        }
    }

    @Test
    void aPublicTypeIsUsedOutsideItsPackage() {
        List<Source> sources = Stream.concat(read(Path.of("src/main/java")).stream(), read(Path.of("src/test/java")).stream())
                .toList();
        String resources = Stream.of(Path.of("src/main/resources"), Path.of("src/test/resources"))
                .flatMap(PackagePrivateByDefaultTest::files)
                .filter(p -> p.toString().endsWith(".factories") || p.toString().contains("META-INF"))
                .map(PackagePrivateByDefaultTest::text)
                .collect(Collectors.joining("\n"));
        Map<String, List<Source>> byPackage = sources.stream().collect(Collectors.groupingBy(Source::packageName));

        List<String> needlesslyPublic = sources.stream()
                .filter(s -> s.path().startsWith("src/main/java"))
                .filter(Source::declaresPublicTopLevelType)
                .filter(s -> !s.simpleName().equals("LiaisonApplication"))
                .filter(s -> !resources.contains(s.packageName() + "." + s.simpleName()))
                .filter(s -> {
                    Pattern use = Pattern.compile("\\b" + s.simpleName() + "\\b");
                    return byPackage.entrySet().stream()
                            .filter(e -> !e.getKey().equals(s.packageName()))
                            .flatMap(e -> e.getValue().stream())
                            .noneMatch(other -> use.matcher(other.text()).find());
                })
                .map(s -> s.packageName() + "." + s.simpleName())
                .sorted()
                .toList();

        assertThat(needlesslyPublic).as("public types nothing outside their package uses: make them package-private")
                .isEmpty();
    }

    private static List<Source> read(Path root) {
        return files(root).filter(p -> p.toString().endsWith(".java")).map(p -> {
            String text = text(p);
            Matcher m = PACKAGE.matcher(text);
            return new Source(p, m.find() ? m.group(1) : "", text);
        }).toList();
    }

    private static Stream<Path> files(Path root) {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
