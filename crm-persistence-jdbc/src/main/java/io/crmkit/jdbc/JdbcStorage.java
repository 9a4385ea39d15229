package io.crmkit.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.shared.StorageException;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import io.crmkit.storage.TransactionalWork;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * crmkit's relational storage, on H2 or PostgreSQL 15+.
 *
 * <pre>{@code
 * Storage embedded = JdbcStorage.embedded(Path.of("crm-data"));          // H2 file database
 * Storage server   = JdbcStorage.url("jdbc:postgresql://db/crm", "crm", secret);
 * Storage shared   = JdbcStorage.dataSource(hostPool);                    // the host's pool
 * Storage joined   = JdbcStorage.connectionProvider(
 *         ConnectionProvider.hostManaged(() -> hostTx.connection()), false); // the host's transaction
 * }</pre>
 *
 * <p>On open, the schema is created or upgraded by versioned migrations (history table
 * {@code crmkit_schema_history}, so it lives beside a host's own Flyway history), unless the
 * host migrates itself. Thread-safe.
 */
public final class JdbcStorage implements Storage {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);
    private final ConnectionProvider connections;
    private final Optional<HikariDataSource> ownedPool;
    private final Dialect dialect;
    private final String name;

    private JdbcStorage(ConnectionProvider connections, Optional<HikariDataSource> ownedPool, boolean migrate,
                        Optional<DataSource> migrationSource) {
        this.connections = connections;
        this.ownedPool = ownedPool;
        try {
            Connection c = connections.acquire();
            try {
                this.dialect = Dialect.of(c);
            } finally {
                connections.release(c);
            }
        } catch (SQLException e) {
            ownedPool.ifPresent(HikariDataSource::close);
            throw new StorageException("cannot connect to the database", e);
        }
        this.name = dialect.name().toLowerCase(java.util.Locale.ROOT);
        if (migrate) {
            migrationSource.ifPresent(this::migrate);
        }
    }

    /**
     * The embedded default: an H2 file database in a directory, created on first use.
     *
     * @param directory where the database files live
     * @return the storage, schema migrated
     */
    public static JdbcStorage embedded(Path directory) {
        String file = directory.toAbsolutePath().resolve("crmkit").toString();
        return url("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    /**
     * An H2 database in memory, gone when the storage is closed.
     *
     * @param databaseName a name unique within the JVM
     * @return the storage, schema migrated
     */
    public static JdbcStorage h2InMemory(String databaseName) {
        return url("jdbc:h2:mem:" + databaseName + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /**
     * A database by JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}), pooled by crmkit.
     *
     * @param jdbcUrl the URL
     * @param user the user
     * @param password the password (never logged)
     * @return the storage, schema migrated
     */
    public static JdbcStorage url(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        config.setPoolName("crmkit");
        config.setAutoCommit(false);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageException("cannot open a connection pool for " + redact(jdbcUrl), e);
        }
        return new JdbcStorage(ConnectionProvider.of(pool), Optional.of(pool), true, Optional.of(pool));
    }

    /**
     * The host's own pool; crmkit runs each unit of work in its own transaction on it.
     * Closing the storage does not close the host's pool.
     *
     * @param dataSource the pool
     * @return the storage, schema migrated
     */
    public static JdbcStorage dataSource(DataSource dataSource) {
        return new JdbcStorage(ConnectionProvider.of(dataSource), Optional.empty(), true, Optional.of(dataSource));
    }

    /**
     * Connections from a provider, e.g. {@link ConnectionProvider#hostManaged} to join the
     * host's open transactions. The schema is not migrated here: call {@link #migrate(DataSource)}
     * once at start-up, or let the host's own migrations apply crmkit's scripts.
     *
     * @param provider the provider
     * @return the storage
     */
    public static JdbcStorage connectionProvider(ConnectionProvider provider) {
        return new JdbcStorage(provider, Optional.empty(), false, Optional.empty());
    }

    /**
     * Creates or upgrades crmkit's schema in a database.
     *
     * @param dataSource the database
     */
    public void migrate(DataSource dataSource) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .table("crmkit_schema_history")
                    .locations("classpath:db/crmkit/" + dialect.migrationFolder())
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StorageException("migrating crmkit's schema failed", e);
        }
    }

    @Override
    public <T> T inTransaction(TenantId tenant, TransactionalWork<T> work) {
        Connection connection;
        try {
            connection = connections.acquire();
        } catch (SQLException e) {
            throw new StorageException("cannot get a database connection", e);
        }
        boolean managed = connections.managesTransactions();
        JdbcTransaction tx = new JdbcTransaction(tenant, connection, dialect);
        try {
            if (managed && connection.getAutoCommit()) {
                connection.setAutoCommit(false);
            }
            T result = work.run(tx);
            if (managed) {
                connection.commit();
            }
            return result;
        } catch (SQLException e) {
            rollback(connection, managed, e);
            throw new StorageException("committing the transaction failed", e);
        } catch (RuntimeException | Error e) {
            rollback(connection, managed, e);
            throw e;
        } finally {
            tx.end();
            try {
                connections.release(connection);
            } catch (SQLException e) {
                LOG.warn("releasing a connection failed: {}", e.getMessage());
            }
        }
    }

    private static void rollback(Connection connection, boolean managed, Throwable cause) {
        if (!managed) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {
        ownedPool.ifPresent(HikariDataSource::close);
    }

    /** Cuts credentials out of a URL before it goes into a message. */
    static String redact(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }

}
