/**
 * crmkit's storage on a relational database through JDBC: H2 (embedded or in memory) and
 * PostgreSQL, its schema created and upgraded by Flyway.
 *
 * <p>Only {@code io.crmkit.jdbc} is exported: {@link io.crmkit.jdbc.JdbcStorage} and what it is
 * built from. The per-feature packages ({@code io.crmkit.jdbc.customer}, …) and the shared
 * plumbing of {@code io.crmkit.jdbc.internal} are implementation.
 *
 * <p>The packages holding the migration scripts are opened because Flyway, another module,
 * finds the scripts as class-loader resources, which a module hides unless the package is
 * open. The drivers are optional: each is read only by its dialect and needed at run time only
 * for the database a host uses.
 */
// Flyway publishes no module name, so its name is the one derived from its file name,
// flyway-core-<version>.jar: flyway.core. HikariCP has a module descriptor.
@SuppressWarnings("requires-automatic")
module io.crmkit.jdbc {
    requires transitive io.crmkit.spi;
    requires transitive java.sql;
    requires com.zaxxer.hikari;
    requires flyway.core;
    requires org.slf4j;
    requires static org.postgresql.jdbc;

    exports io.crmkit.jdbc;

    opens db.crmkit.migration.common;
    opens db.crmkit.migration.h2;
    opens db.crmkit.migration.postgresql;

    provides io.crmkit.spi.StorageProvider with io.crmkit.jdbc.JdbcStorageProvider;
}
