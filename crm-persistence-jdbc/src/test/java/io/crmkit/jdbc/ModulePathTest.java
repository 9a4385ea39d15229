package io.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * crmkit's published modules on the module path: they resolve with the run-time dependencies
 * Maven gives a host, export their API packages only, declare their storage providers, and
 * run. Every other test runs on the class path (see the parent POM); this one takes the
 * module path Maven resolved for this module (system property {@code crmkit.modulePath}).
 */
class ModulePathTest {
    private static final List<Path> MODULE_PATH = Arrays.stream(
                    System.getProperty("crmkit.modulePath", "").split(File.pathSeparator))
            .filter(s -> !s.isBlank()).map(Path::of).toList();

    private static Configuration resolve() {
        assertThat(MODULE_PATH).as("module path handed over by the build").isNotEmpty();
        return ModuleLayer.boot().configuration().resolveAndBind(
                ModuleFinder.of(MODULE_PATH.toArray(Path[]::new)), ModuleFinder.of(), Set.of("io.crmkit.jdbc"));
    }

    private static ModuleDescriptor descriptor(Configuration configuration, String module) {
        return configuration.findModule(module).map(ResolvedModule::reference)
                .orElseThrow(() -> new AssertionError(module + " not resolved")).descriptor();
    }

    private static Set<String> unqualifiedExports(ModuleDescriptor descriptor) {
        return descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theModulesResolveWithWhatMavenGivesAHost() {
        Set<String> resolved = resolve().modules().stream().map(ResolvedModule::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(resolved).contains("io.crmkit.core", "io.crmkit.spi", "io.crmkit.jdbc",
                "com.fasterxml.jackson.databind", "org.hibernate.validator", "flyway.core", "com.zaxxer.hikari");
    }

    @Test
    void onlyApiPackagesAreExportedAndEveryInternalPackageIsHidden() {
        Configuration configuration = resolve();
        ModuleDescriptor core = descriptor(configuration, "io.crmkit.core");
        Set<String> hidden = new TreeSet<>(core.packages());
        hidden.removeAll(unqualifiedExports(core));
        assertThat(hidden).isNotEmpty().allMatch(p -> p.startsWith("io.crmkit.internal.") || p.endsWith(".internal"),
                "an internal package");
        assertThat(core.packages()).filteredOn(p -> p.contains("internal")).containsExactlyInAnyOrderElementsOf(hidden);
        assertThat(core.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
        assertThat(core.opens()).allMatch(o -> o.targets().equals(Set.of("org.hibernate.validator")),
                "opened to Hibernate Validator only");

        assertThat(unqualifiedExports(descriptor(configuration, "io.crmkit.spi")))
                .containsExactly("io.crmkit.spi", "io.crmkit.spi.memory");
        ModuleDescriptor jdbc = descriptor(configuration, "io.crmkit.jdbc");
        assertThat(unqualifiedExports(jdbc)).containsExactly("io.crmkit.jdbc");
        assertThat(jdbc.packages()).contains("io.crmkit.jdbc.internal", "io.crmkit.jdbc.customer");
    }

    @Test
    void bothStorageProvidersAreDeclaredForTheServiceLoader() {
        Configuration configuration = resolve();
        assertThat(descriptor(configuration, "io.crmkit.spi").uses()).containsExactly("io.crmkit.spi.StorageProvider");
        assertThat(descriptor(configuration, "io.crmkit.spi").provides())
                .anySatisfy(p -> assertThat(p.providers()).containsExactly("io.crmkit.spi.memory.InMemoryStorageProvider"));
        assertThat(descriptor(configuration, "io.crmkit.jdbc").provides())
                .anySatisfy(p -> assertThat(p.providers()).containsExactly("io.crmkit.jdbc.JdbcStorageProvider"));
    }

    @Test
    void aHostRunsCrmkitFromTheModulePathOnMemoryAndH2() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String modulePath = MODULE_PATH.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        Process process = new ProcessBuilder(java, "--module-path", modulePath, "--add-modules", "io.crmkit.jdbc",
                "-cp", System.getProperty("crmkit.hostClassPath"), "-Dorg.jboss.logging.provider=slf4j",
                "modulehost.HostOnModulePath")
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("host finished").isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).contains("module of Crm: io.crmkit.core", "module of StorageProviders: io.crmkit.spi",
                        "module of JdbcStorage: io.crmkit.jdbc",
                        "providers: [io.crmkit.jdbc.JdbcStorageProvider, io.crmkit.spi.memory.InMemoryStorageProvider]",
                        "memory read back: 华东精密机械有限公司", "memory blank name refused at: [details.name]",
                        "h2 read back: 华东精密机械有限公司", "h2 blank name refused at: [details.name]",
                        "internal exported: false", "internal constructor: refused")
                .doesNotContain("internal constructor: called");
    }
}
