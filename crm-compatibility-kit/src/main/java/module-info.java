/**
 * crmkit's storage compatibility kit: the contracts every storage adapter must pass, run by
 * one subclass of {@link io.crmkit.kit.StorageCompatibilityKit} per adapter.
 *
 * <p>An open module: its contracts are test classes, which JUnit and jqwik find and call
 * reflectively.
 */
open module io.crmkit.kit {
    requires transitive io.crmkit.spi;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;
    requires transitive net.jqwik.api;

    exports io.crmkit.kit;
    exports io.crmkit.kit.service;
}
