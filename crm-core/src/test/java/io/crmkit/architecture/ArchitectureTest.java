package io.crmkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** Boundaries of crm-core: no I/O, no cycles, services as the only entry points. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.crmkit");

    @Test
    void coreDoesNoDatabaseNetworkOrFileIo() {
        // java.net.IDN is the one class of java.net allowed: it converts domain names between their
        // Unicode and ASCII forms, a string operation (e-mail addresses), and opens nothing.
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
                        "java.nio.file..", "java.nio.channels..")
                .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("java.net..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(java.net.IDN.class))))
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

    /** Where the wiring lives: the entry point, the storage boundary, internals, services. */
    private static final String[] WIRING = {"io.crmkit", "io.crmkit.storage..", "io.crmkit..internal..",
            "io.crmkit..service.."};

    @Test
    void theModelDoesNotReachForStorageOrServices() {
        noClasses().that().resideInAPackage("io.crmkit..").and().resideOutsideOfPackages(WIRING)
                .should().dependOnClassesThat().resideInAnyPackage("io.crmkit.storage..", "io.crmkit.internal.session..",
                        "io.crmkit..service..")
                .check(CORE);
    }

    @Test
    void onlyJsonPackagesAndTheConfigurationReaderUseJackson() {
        noClasses().that().resideInAPackage("io.crmkit..")
                .and().resideOutsideOfPackages("io.crmkit..json..", "io.crmkit.config..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(CORE);
    }

    /**
     * What every feature may use, so dependencies on it never make a cycle between features: common
     * values, the configuration document, access, audit, events, outbox and notifications, the
     * storage boundary, crmkit's shared internals (sessions, validation, texts), and the timeline and customer view features contribute to.
     */
    private static final String[] KERNEL = {"io.crmkit.shared..", "io.crmkit.config..", "io.crmkit.access..",
            "io.crmkit.audit..", "io.crmkit.event..", "io.crmkit.outbox..", "io.crmkit.notify..", "io.crmkit.storage..",
            "io.crmkit.internal..", "io.crmkit.timeline..", "io.crmkit.view..", "io.crmkit.segment.rule.."};

    @Test
    void featuresHaveNoCycles() {
        slices().matching("io.crmkit.(*)..").should().beFreeOfCycles()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAnyPackage(KERNEL))
                .check(CORE);
    }

    /**
     * A feature's internals ({@code io.crmkit.<feature>.internal}) are used by that feature and by the
     * entry point that wires it, nobody else. The one collaboration across features: tagging a
     * segment's members is the tag feature's change applied to a segment's members, so the segment
     * service uses the tag feature's {@code TagChanges}.
     */
    @Test
    void featureInternalsAreUsedOnlyByTheirFeature() {
        classes().that().resideInAPackage("io.crmkit.*.internal..")
                .should(new ArchCondition<JavaClass>("be used only by their own feature and the entry point") {
                    @Override
                    public void check(JavaClass target, ConditionEvents events) {
                        String feature = target.getPackageName().split("\\.")[2];
                        for (Dependency d : target.getDirectDependenciesToSelf()) {
                            String from = d.getOriginClass().getPackageName();
                            boolean allowed = from.equals("io.crmkit") || from.equals("io.crmkit." + feature)
                                    || from.startsWith("io.crmkit." + feature + ".")
                                    || (feature.equals("tag") && from.equals("io.crmkit.segment.service"));
                            if (!allowed) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .check(CORE);
    }
}
