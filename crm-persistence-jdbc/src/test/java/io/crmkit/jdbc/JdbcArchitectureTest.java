package io.crmkit.jdbc;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.crmkit.jdbc.internal.JdbcPorts;
import org.junit.jupiter.api.Test;

/**
 * The JDBC adapter's packages: {@code io.crmkit.jdbc} is the API, {@code io.crmkit.jdbc.internal}
 * the shared plumbing, every other subpackage one feature. Wildcard rules: a new feature package
 * needs no edit here.
 */
class JdbcArchitectureTest {
    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.crmkit.jdbc");
    private static final String INTERNAL = "io.crmkit.jdbc.internal..";
    private static final DescribedPredicate<JavaClass> FEATURES = resideInAPackage("io.crmkit.jdbc..")
            .and(not(resideInAPackage("io.crmkit.jdbc")))
            .and(not(resideInAPackage(INTERNAL)))
            .as("a feature package of the JDBC adapter");

    @Test
    void featurePackagesDoNotDependOnEachOther() {
        slices().matching("io.crmkit.jdbc.(*)..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage(INTERNAL))
                .ignoreDependency(equivalentTo(JdbcPorts.class), alwaysTrue())
                .check(ADAPTER);
    }

    @Test
    void thePlumbingKnowsNoFeatureButThroughJdbcPorts() {
        noClasses().that().resideInAPackage(INTERNAL).and().doNotHaveFullyQualifiedName(JdbcPorts.class.getName())
                .should().dependOnClassesThat(FEATURES)
                .check(ADAPTER);
    }

    @Test
    void featurePackagesDoNotUseTheApiPackage() {
        noClasses().that(FEATURES).should().dependOnClassesThat().resideInAPackage("io.crmkit.jdbc")
                .check(ADAPTER);
    }
}
