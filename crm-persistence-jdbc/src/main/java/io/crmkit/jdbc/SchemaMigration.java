package io.crmkit.jdbc;

/**
 * Whether {@link JdbcStorage} brings crmkit's schema up to date when it opens.
 */
public enum SchemaMigration {
    /**
     * Apply crmkit's pending migrations on open (the default). Safe when several application
     * instances start at once: Flyway serialises them with a database lock.
     */
    MIGRATE,
    /**
     * Touch no schema: the host migrates itself, e.g. by calling
     * {@link JdbcStorage#migrate(javax.sql.DataSource)} from its deployment tooling.
     */
    SKIP
}
