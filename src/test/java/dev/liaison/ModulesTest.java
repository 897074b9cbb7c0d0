package dev.liaison;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules are the packages right under dev.liaison (a feature with its slack/ face, the Slack adapter,
 * the store, the sandbox…): none of them may depend, however indirectly, on one that depends on it, and
 * no package or sub-package may either. Each run redraws docs/modules.md from the same classes.
 */
class ModulesTest {

    private static final String ROOT = "dev.liaison.";
    private static final Path DIAGRAM = Path.of("docs/modules.md");

    @Test
    void noCyclesBetweenModules() {
        slices().matching("dev.liaison.(*)..").namingSlices("$1").should().beFreeOfCycles()
                .because("a module that depends on one depending on it cannot be read, changed or tested alone")
                .check(ArchitectureTest.LIAISON);
    }

    @Test
    void noCyclesBetweenAnyPackages() {
        slices().matching("dev.liaison.(**)").namingSlices("$1").should().beFreeOfCycles()
                .because("a feature's slack/ face depends on the feature, never the other way round")
                .check(ArchitectureTest.LIAISON);
    }

    @Test
    void docsShowTheModuleGraphAsTheCodeHasIt() throws IOException {
        String drawn = diagram(moduleGraph());
        String before = Files.exists(DIAGRAM) ? Files.readString(DIAGRAM, StandardCharsets.UTF_8) : "";
        if (!drawn.equals(before)) {
            Files.writeString(DIAGRAM, drawn, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DIAGRAM, StandardCharsets.UTF_8)).isEqualTo(drawn)
                .contains("sandbox --> client", "client --> task");
    }

    /** Module → the modules its classes use (the application class and its settings at the root are left out). */
    static Map<String, Set<String>> moduleGraph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (JavaClass type : ArchitectureTest.LIAISON) {
            moduleOf(type).ifPresent(from -> {
                Set<String> to = graph.computeIfAbsent(from, m -> new TreeSet<>());
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    moduleOf(dependency.getTargetClass()).filter(m -> !m.equals(from)).ifPresent(to::add);
                }
            });
        }
        return graph;
    }

    private static Optional<String> moduleOf(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(ROOT)) {
            return Optional.empty();
        }
        String rest = pkg.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static String diagram(Map<String, Set<String>> graph) {
        StringBuilder md = new StringBuilder("""
                # Modules

                Written by `ModulesTest` on every `mvn -B test` from the compiled classes: each box is a package
                right under `dev.liaison` with its sub-packages, each arrow "uses". The same test fails the build
                when the arrows make a cycle, between modules or between any two packages. `LiaisonApplication` and
                its settings at the root are left out.

                ```mermaid
                flowchart TD
                """);
        graph.forEach((from, targets) -> {
            if (targets.isEmpty()) {
                md.append("    ").append(from).append('\n');
            }
            targets.forEach(to -> md.append("    ").append(from).append(" --> ").append(to).append('\n'));
        });
        return md.append("```\n").toString();
    }
}
