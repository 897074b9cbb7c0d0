package dev.liaison;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The shape of ARCHITECTURE.md, kept by tests rather than by memory. */
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
                .should().callMethod(dev.liaison.slack.Mrkdwn.class, "escapedAlready", String.class)
                .because("features hand people's words to Mrkdwn.of, which escapes them; only a renderer that"
                        + " escaped with SlackText itself may say so")
                .check(LIAISON);
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
        com.tngtech.archunit.core.domain.JavaClass verification = LIAISON.get("dev.liaison.slack.ClockedRequestVerification");
        java.util.Set<String> called = new java.util.TreeSet<>();
        verification.getMethodCallsFromSelf().forEach(call -> called.add(call.getTargetOwner().getName() + "."
                + call.getName()));
        org.assertj.core.api.Assertions.assertThat(called).contains("java.security.MessageDigest.isEqual")
                .doesNotContain("java.lang.String.equals", "com.slack.api.bolt.request.Request.isValid",
                        "com.slack.api.app_backend.SlackSignature$Verifier.isValid");
    }
}
