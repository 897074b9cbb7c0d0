package dev.liaison;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import dev.liaison.people.PeopleService;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackListener;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The shape of the code (README "Where things live"), kept by tests rather than by memory. */
class ArchitectureTest {

    static final JavaClasses LIAISON = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.liaison");

    @Test
    void domainCodeNeverTalksToSlackDirectly() {
        noClasses().that().resideInAPackage("dev.liaison..")
                .and().resideOutsideOfPackages("dev.liaison.slack..", "dev.liaison..slack..", "dev.liaison.sandbox..")
                .should().dependOnClassesThat().resideInAPackage("com.slack..")
                .because("features reach Slack only through SlackMessenger or their slack/ sub-package (the sandbox"
                        + " is a stand-in for Slack and speaks its shapes)")
                .check(LIAISON);
    }

    @Test
    void policiesAndParsersDoNoIo() {
        noClasses().that().haveSimpleNameEndingWith("Policy").or().haveSimpleNameEndingWith("Score")
                .or().haveSimpleNameEndingWith("Parser").or().haveSimpleNameEndingWith("Matcher")
                .or().resideInAPackage("dev.liaison.parsing..")
                .and().resideOutsideOfPackages("dev.liaison..slack..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "java.net..", "java.io..", "java.nio.file..")
                .because("pure policies take values and a clock, nothing else")
                .check(LIAISON);
    }

    @Test
    void onlySlackRenderersMayClaimTextIsEscapedAlready() {
        noClasses().that().resideInAPackage("dev.liaison..")
                .and().resideOutsideOfPackages("dev.liaison.slack..", "dev.liaison..slack..")
                .should().callMethod(Mrkdwn.class, "escapedAlready", String.class)
                .because("features hand people's words to Mrkdwn.of, which escapes them; only a renderer that"
                        + " escaped with SlackText itself may say so")
                .check(LIAISON);
    }

    /**
     * Issue 17 item 3: the caller is resolved once at the edge of a request or job and passed down, so
     * nothing may keep a per-request memo that only works over HTTP (not in Socket Mode or jobs), and
     * the client feature reads the caller's zone and "today" from the Caller it is given.
     */
    @Test
    void nothingKeepsAPerRequestMemo() {
        noClasses().that().resideInAPackage("dev.liaison..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.web.context.request..")
                .because("a request-scoped memo does nothing in Socket Mode or jobs: pass a Caller down instead")
                .check(LIAISON);
    }

    @Test
    void theClientFeatureReadsTheCallersZoneFromTheCaller() {
        noClasses().that().resideInAPackage("dev.liaison.client..")
                .should().callMethod(PeopleService.class, "zoneOf", String.class, String.class)
                .because("the client feature gets the caller's zone and today from the Caller built at the edge")
                .check(LIAISON);
    }

    /**
     * Issue 17 item 4: a listener answers Slack, it is nobody's service. What two listeners share is a
     * small service (ClientForms) or an *Actions class of ids in the feature, and listeners stay
     * package-private.
     */
    @Test
    void listenersAreNotEachOthersServices() {
        List<String> uses = new ArrayList<>();
        for (JavaClass listener : LIAISON) {
            if (!listener.isAssignableTo(SlackListener.class) || listener.isInterface()) {
                continue;
            }
            for (Dependency use : listener.getDirectDependenciesToSelf()) {
                String origin = use.getOriginClass().getName().replaceFirst("\\$.*", "");
                if (!origin.equals(listener.getName())) {
                    uses.add(origin + " uses " + listener.getSimpleName());
                }
            }
            Assertions.assertThat(listener.getModifiers())
                    .as("%s is package-private", listener.getName())
                    .doesNotContain(JavaModifier.PUBLIC);
        }
        Assertions.assertThat(uses).as("listeners used by other classes").isEmpty();
    }

    /** Issue 17 item 4: each feature's slack/ package is its own; what features share lives outside them. */
    @Test
    void featureSlackPackagesDoNotUseEachOther() throws IOException {
        SlicesRuleDefinition.slices()
                .matching("dev.liaison.(*)..slack..").should().notDependOnEachOther()
                .because("a feature's Slack glue is its own; shared ids live in the feature's *Actions class")
                .check(LIAISON);
        // action ids are compile-time constants, inlined where they are read: the sources are read too
        Pattern reference = Pattern.compile("dev\\.liaison\\.(\\w+)(\\.\\w+)*\\.slack\\.[A-Z]");
        List<String> found = new ArrayList<>();
        try (var files = Files.walk(Path.of("src/main/java/dev/liaison"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String path = file.toString().replace('\\', '/');
                Matcher feature = Pattern
                        .compile("src/main/java/dev/liaison/(\\w+)/(.*/)?slack/").matcher(path);
                if (!feature.find() || feature.group(1).equals("slack")) {
                    continue;
                }
                Matcher m = reference.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(feature.group(1)) && !m.group(1).equals("slack")) {
                        found.add(path + " → " + m.group());
                    }
                }
            }
        }
        Assertions.assertThat(found).as("another feature's slack/ named in a feature's slack/").isEmpty();
    }

    @Test
    void theSlackAdapterDoesNotReachIntoFeaturesOrTheSandbox() {
        noClasses().that().resideInAPackage("dev.liaison.slack..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.liaison.client..", "dev.liaison.people..",
                        "dev.liaison.task..", "dev.liaison.ooo..", "dev.liaison.escalation..", "dev.liaison.digest..",
                        "dev.liaison.workspace..", "dev.liaison.sandbox..")
                .because("features and the sandbox are built on the adapter, not the other way round")
                .check(LIAISON);
    }

    /**
     * Issue 15 item 5: a request's signature is compared in constant time. Bolt's verifier compares with
     * String.equals, so going back to it (or comparing strings ourselves) fails here; timing itself is
     * not measured in tests.
     */
    @Test
    void signaturesAreComparedInConstantTime() {
        JavaClass verification = LIAISON.get("dev.liaison.slack.ClockedRequestVerification");
        Set<String> called = new TreeSet<>();
        verification.getMethodCallsFromSelf().forEach(call -> called.add(call.getTargetOwner().getName() + "."
                + call.getName()));
        Assertions.assertThat(called).contains("java.security.MessageDigest.isEqual")
                .doesNotContain("java.lang.String.equals", "com.slack.api.bolt.request.Request.isValid",
                        "com.slack.api.app_backend.SlackSignature$Verifier.isValid");
    }
}
