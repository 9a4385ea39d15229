package io.crmkit.jdbc.internal;

import io.crmkit.shared.StorageException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and upgrades crmkit's schema with Flyway, from the versioned scripts under
 * {@code db/crmkit/migration/common} (written once where H2 and PostgreSQL agree) and
 * {@code db/crmkit/migration/<database>} (where they differ). crmkit keeps its own history table, so its
 * versions never mix with a host's own Flyway history in the same schema.
 */
public final class Migrations {
    /** The name of crmkit's Flyway history table. */
    public static final String HISTORY_TABLE = "crmkit_schema_history";
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /**
     * The checksums of the scripts that were written once per database before crmkit wrote
     * them once for both (versions 2, 4 and 5; they differed only in their first comment
     * line). A database migrated with those scripts records these checksums; it is realigned
     * with the merged scripts, and nothing else about its history is touched.
     */
    private static final Map<String, Map<String, Integer>> BEFORE_MERGE = Map.of(
            "h2", Map.of("2", -1443549497, "4", -1667336456, "5", 526192488),
            "postgresql", Map.of("2", -35189108, "4", -642384332, "5", 655818687));

    /**
     * Brings crmkit's schema in a database up to date with its scripts for the dialect.
     *
     * @param dataSource the database
     * @param dialect the database's dialect, which chooses the scripts
     * @throws io.crmkit.shared.StorageException if a migration fails or the history cannot be realigned
     */
    public static void apply(DataSource dataSource, Dialect dialect) {
        MigrateResult result;
        try {
            Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .table(HISTORY_TABLE)
                    .locations(dialect.migrationLocations())
                    .failOnMissingLocations(true)
                    // A host's schema usually holds tables of its own already; Flyway then wants
                    // a baseline before it applies anything. Version 0 means "nothing of
                    // crmkit's yet", so every crmkit script still runs.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load();
            result = migrate(flyway, dialect);
        } catch (RuntimeException e) {
            throw new StorageException("migrating crmkit's schema on " + dialect.key() + " failed", e);
        }
        LOG.info("crmkit schema on {}: {} migration(s) applied, now at version {}", dialect.key(),
                result.migrationsExecuted, result.targetSchemaVersion == null
                        ? currentVersion(result) : result.targetSchemaVersion);
    }

    /**
     * Migrates. Only when Flyway refuses the recorded history does it look for the merged
     * scripts' old checksums, so opening a current database costs no second validation.
     */
    private static MigrateResult migrate(Flyway flyway, Dialect dialect) {
        try {
            return flyway.migrate();
        } catch (FlywayValidateException e) {
            if (!realignMergedScripts(flyway, dialect)) {
                throw e;
            }
            return flyway.migrate();
        }
    }

    /**
     * Realigns the recorded checksums of a database migrated before versions 2, 4 and 5 were
     * written once for both databases, if and only if every validation error is such a
     * script with exactly its old checksum. Any other difference is left for {@code migrate}
     * to refuse, as Flyway does.
     *
     * @return whether it realigned anything (then migrating again may succeed)
     */
    private static boolean realignMergedScripts(Flyway flyway, Dialect dialect) {
        ValidateResult validation = flyway.validateWithResult();
        if (validation.validationSuccessful || validation.invalidMigrations.isEmpty()) {
            return false;
        }
        Map<String, Integer> before = BEFORE_MERGE.get(dialect.key());
        Map<String, Integer> applied = new HashMap<>();
        for (MigrationInfo info : flyway.info().applied()) {
            if (info.getVersion() != null && info.getChecksum() != null) {
                applied.put(info.getVersion().getVersion(), info.getChecksum());
            }
        }
        for (ValidateOutput invalid : validation.invalidMigrations) {
            if (!applied.containsKey(invalid.version)) {
                continue; // not applied yet: migrate applies it
            }
            boolean merged = invalid.errorDetails != null
                    && invalid.errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH
                    && before.containsKey(invalid.version)
                    && before.get(invalid.version).equals(applied.get(invalid.version));
            if (!merged) {
                return false;
            }
        }
        List<String> realigned = validation.invalidMigrations.stream().map(v -> v.version)
                .filter(applied::containsKey).sorted().toList();
        if (realigned.isEmpty()) {
            return false;
        }
        flyway.repair();
        LOG.info("crmkit schema on {}: checksums of versions {} realigned with the scripts written once for every"
                + " database", dialect.key(), realigned);
        return true;
    }

    private static String currentVersion(MigrateResult result) {
        return result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion;
    }
}
