package io.crmkit.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.shared.StorageException;
import org.junit.jupiter.api.Test;

/** Each JDBC driver is optional: a missing one is named, with the artifact that brings it. */
class DriversTest {
    /** Sees only the JDK's classes, as a host without the drivers would. */
    private static final ClassLoader WITHOUT_DRIVERS = new ClassLoader(null) {
    };

    @Test
    void namesTheMissingH2Driver() {
        assertThatThrownBy(() -> Drivers.requireFor("jdbc:h2:mem:x", WITHOUT_DRIVERS))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("org.h2.Driver")
                .hasMessageContaining("com.h2database:h2");
    }

    @Test
    void namesTheMissingPostgresqlDriver() {
        assertThatThrownBy(() -> Drivers.requireFor("JDBC:POSTGRESQL://db/crm", WITHOUT_DRIVERS))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("org.postgresql:postgresql");
    }

    @Test
    void acceptsPresentDriversAndLeavesOthersToThePool() {
        assertThatCode(() -> Drivers.requireFor("jdbc:h2:mem:x")).doesNotThrowAnyException();
        assertThatCode(() -> Drivers.requireFor("jdbc:postgresql://db/crm")).doesNotThrowAnyException();
        assertThatCode(() -> Drivers.requireFor("jdbc:mariadb://db/crm", WITHOUT_DRIVERS)).doesNotThrowAnyException();
    }
}
