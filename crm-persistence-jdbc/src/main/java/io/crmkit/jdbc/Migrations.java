package io.crmkit.jdbc;

import io.crmkit.shared.StorageException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and upgrades crmkit's schema with Flyway, from the versioned scripts under
 * {@code db/crmkit/migration/<database>}. crmkit keeps its own history table, so its
 * versions never mix with a host's own Flyway history in the same schema.
 */
final class Migrations {
    /** The name of crmkit's Flyway history table. */
    static final String HISTORY_TABLE = "crmkit_schema_history";
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    static void apply(DataSource dataSource, Dialect dialect) {
        MigrateResult result;
        try {
            result = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .table(HISTORY_TABLE)
                    .locations(dialect.migrationLocation())
                    .failOnMissingLocations(true)
                    // A host's schema usually holds tables of its own already; Flyway then wants
                    // a baseline before it applies anything. Version 0 means "nothing of
                    // crmkit's yet", so every crmkit script still runs.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StorageException("migrating crmkit's schema on " + dialect.key() + " failed", e);
        }
        LOG.info("crmkit schema on {}: {} migration(s) applied, now at version {}", dialect.key(),
                result.migrationsExecuted, result.targetSchemaVersion == null
                        ? currentVersion(result) : result.targetSchemaVersion);
    }

    private static String currentVersion(MigrateResult result) {
        return result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion;
    }
}
