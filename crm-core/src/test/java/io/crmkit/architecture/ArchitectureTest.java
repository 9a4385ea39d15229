package io.crmkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Boundaries of crm-core: no I/O, no cycles, services as the only entry points. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.crmkit");

    @Test
    void coreDoesNoDatabaseNetworkOrFileIo() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.net..",
                        "java.nio.file..", "java.nio.channels..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.File(InputStream|OutputStream|Reader|Writer)")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .check(CORE);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.crmkit.(**)").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void onlyTheEntryPointAndSessionsCreateServices() {
        noClasses().that().resideOutsideOfPackages("io.crmkit", "io.crmkit.customer.service")
                .should().dependOnClassesThat().resideInAPackage("io.crmkit.customer.service")
                .check(CORE);
    }

    @Test
    void theModelDoesNotReachForStorageOrServices() {
        noClasses().that().resideInAnyPackage("io.crmkit.customer", "io.crmkit.shared", "io.crmkit.access",
                        "io.crmkit.audit", "io.crmkit.outbox", "io.crmkit.config", "io.crmkit.tag", "io.crmkit.purchase",
                        "io.crmkit.segment", "io.crmkit.segment.rule", "io.crmkit.segment.eval", "io.crmkit.followup",
                        "io.crmkit.interaction", "io.crmkit.timeline", "io.crmkit.plan", "io.crmkit.event",
                        "io.crmkit.classification")
                .should().dependOnClassesThat().resideInAnyPackage("io.crmkit.storage", "io.crmkit.session",
                        "io.crmkit..service")
                .check(CORE);
    }

    @Test
    void domainTypesDoNotUseJackson() {
        noClasses().that().resideInAnyPackage("io.crmkit.customer", "io.crmkit.shared", "io.crmkit.access",
                        "io.crmkit.audit", "io.crmkit.outbox", "io.crmkit.tag", "io.crmkit.purchase", "io.crmkit.segment",
                        "io.crmkit.segment.rule", "io.crmkit.segment.eval", "io.crmkit.followup", "io.crmkit.interaction",
                        "io.crmkit.timeline", "io.crmkit.plan", "io.crmkit.event", "io.crmkit.classification")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(CORE);
    }
}
