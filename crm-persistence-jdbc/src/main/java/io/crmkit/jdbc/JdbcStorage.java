package io.crmkit.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.jdbc.internal.Connections;
import io.crmkit.jdbc.internal.Dialect;
import io.crmkit.jdbc.internal.Drivers;
import io.crmkit.jdbc.internal.HostConnections;
import io.crmkit.jdbc.internal.JdbcPorts;
import io.crmkit.jdbc.internal.JdbcTransaction;
import io.crmkit.jdbc.internal.Migrations;
import io.crmkit.jdbc.internal.PooledConnections;
import io.crmkit.jdbc.internal.Sql;
import io.crmkit.jdbc.internal.UnitOfWork;
import io.crmkit.jdbc.outbox.JdbcOutboxDelivery;
import io.crmkit.outbox.OutboxDelivery;
import io.crmkit.shared.StorageException;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import io.crmkit.storage.TransactionalWork;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * crmkit's relational storage, on H2 (the embedded default) or PostgreSQL 15+, in the schema
 * documented in {@code docs/schema.md}.
 *
 * <pre>{@code
 * Storage embedded = JdbcStorage.embedded(Path.of("crm-data"));                 // H2 file database
 * Storage server   = JdbcStorage.url("jdbc:postgresql://db/crm", "crm", secret);  // pooled by crmkit
 * Storage shared   = JdbcStorage.dataSource(hostPool);                           // the host's pool
 * Storage joined   = JdbcStorage.connectionProvider(() -> hostTx.connection());  // the host's transaction
 * }</pre>
 *
 * <p>Every factory but {@link #connectionProvider} brings the schema up to date on open with
 * crmkit's versioned migrations (history table {@code crmkit_schema_history}, beside any
 * Flyway history of the host's), unless told {@link SchemaMigration#SKIP}.
 *
 * <p>Each {@link #inTransaction unit of work} runs on one connection in one transaction at
 * the connection's isolation level (both databases default to READ COMMITTED; optimistic
 * locking does not need more). Thread-safe.
 */
public final class JdbcStorage implements Storage {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);
    private static final Pattern H2_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** How long H2 waits for a row lock held by another transaction (its own default is 2 s). */
    private static final String H2_SETTINGS = ";LOCK_TIMEOUT=10000";
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Connections connections;
    private final Runnable beforeClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final OutboxDelivery delivery = new JdbcOutboxDelivery(this::inUnitOfWork);
    private volatile Dialect dialect;

    private JdbcStorage(Connections connections, Runnable beforeClose) {
        this.connections = connections;
        this.beforeClose = beforeClose;
    }

    /**
     * The embedded default: an H2 file database in a directory (created if missing), for a
     * single application process.
     *
     * @param directory where the database file {@code crmkit.mv.db} lives
     * @return the storage, schema migrated
     * @throws IllegalArgumentException if the path contains {@code ;} (H2 would read the rest as settings)
     * @throws StorageException if the database cannot be opened or migrated
     */
    public static JdbcStorage embedded(Path directory) {
        String file = directory.toAbsolutePath().normalize().resolve("crmkit").toString();
        if (file.indexOf(';') >= 0) {
            throw new IllegalArgumentException("the database directory must not contain ';'");
        }
        return url("jdbc:h2:file:" + file + H2_SETTINGS, "sa", "");
    }

    /**
     * An H2 database in memory, for tests and demonstrations. It lives until the storage is
     * closed, and is gone then.
     *
     * @param databaseName 1 to 64 letters, digits, {@code _} or {@code -}; unique within the JVM
     * @return the storage, schema migrated
     * @throws IllegalArgumentException if the name is not of that form
     */
    public static JdbcStorage h2InMemory(String databaseName) {
        if (!H2_NAME.matcher(databaseName).matches()) {
            throw new IllegalArgumentException("an in-memory database name is 1-64 letters, digits, '_' or '-'");
        }
        HikariDataSource pool = pool("jdbc:h2:mem:" + databaseName + ";DB_CLOSE_DELAY=-1" + H2_SETTINGS, "sa", "");
        // DB_CLOSE_DELAY=-1 keeps the database while the pool renews its connections; SHUTDOWN ends it.
        return open(pool, pool::close, () -> shutdownH2(pool), SchemaMigration.MIGRATE);
    }

    /**
     * A database by JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}), with a
     * connection pool (HikariCP, at most 10 connections) that crmkit opens and closes.
     *
     * @param jdbcUrl the URL
     * @param user the user
     * @param password the password (never logged)
     * @return the storage, schema migrated
     * @throws StorageException if the database cannot be reached or migrated
     */
    public static JdbcStorage url(String jdbcUrl, String user, String password) {
        return url(jdbcUrl, user, password, SchemaMigration.MIGRATE);
    }

    /**
     * A database by JDBC URL, pooled by crmkit, choosing whether to migrate the schema.
     *
     * @param jdbcUrl the URL
     * @param user the user
     * @param password the password (never logged)
     * @param migration whether to migrate the schema on open
     * @return the storage
     * @throws StorageException if the database cannot be reached or migrated
     */
    public static JdbcStorage url(String jdbcUrl, String user, String password, SchemaMigration migration) {
        HikariDataSource pool = pool(jdbcUrl, user, password);
        return open(pool, pool::close, () -> { }, migration);
    }

    /**
     * The host's own pool. crmkit runs each unit of work in a transaction of its own on a
     * connection from it, and gives the connection back with auto-commit as it found it.
     * Closing the storage leaves the pool open.
     *
     * @param dataSource the pool
     * @return the storage, schema migrated
     * @throws StorageException if the database cannot be reached or migrated
     */
    public static JdbcStorage dataSource(DataSource dataSource) {
        return dataSource(dataSource, SchemaMigration.MIGRATE);
    }

    /**
     * The host's own pool, choosing whether to migrate the schema.
     *
     * @param dataSource the pool
     * @param migration whether to migrate the schema on open
     * @return the storage
     * @throws StorageException if the database cannot be reached or migrated
     */
    public static JdbcStorage dataSource(DataSource dataSource, SchemaMigration migration) {
        Objects.requireNonNull(dataSource, "dataSource");
        return open(dataSource, () -> { }, () -> { }, migration);
    }

    /**
     * Joins transactions the host already has open: every unit of work runs on the
     * connection the provider returns, and crmkit never commits, rolls back or closes it (the
     * exact terms are on {@link ConnectionProvider}). The schema is not migrated here; call
     * {@link #migrate(DataSource)} once at start-up. Opening touches no connection.
     *
     * @param provider the host's current connection
     * @return the storage
     */
    public static JdbcStorage connectionProvider(ConnectionProvider provider) {
        Objects.requireNonNull(provider, "provider");
        return new JdbcStorage(new HostConnections(provider), () -> { });
    }

    /**
     * Creates or upgrades crmkit's schema in a database, in crmkit's own history table
     * {@code crmkit_schema_history}. For hosts that open storage with
     * {@link SchemaMigration#SKIP} or {@link #connectionProvider} and migrate at deployment.
     *
     * @param dataSource the database
     * @throws StorageException if the database cannot be reached or a migration fails
     */
    public static void migrate(DataSource dataSource) {
        Migrations.apply(dataSource, detect(dataSource));
    }

    private static JdbcStorage open(DataSource dataSource, Runnable closePool, Runnable beforeClose,
                                    SchemaMigration migration) {
        Objects.requireNonNull(migration, "migration");
        try {
            Dialect d = detect(dataSource);
            if (migration == SchemaMigration.MIGRATE) {
                Migrations.apply(dataSource, d);
            }
            JdbcStorage storage = new JdbcStorage(new PooledConnections(dataSource, closePool), beforeClose);
            storage.dialect = d;
            LOG.info("crmkit JDBC storage open on {} (schema {})", d.key(),
                    migration == SchemaMigration.MIGRATE ? "migrated" : "left to the host");
            return storage;
        } catch (RuntimeException e) {
            beforeClose.run();
            closePool.run();
            throw e;
        }
    }

    private static Dialect detect(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return Dialect.of(c);
        } catch (SQLException e) {
            throw Sql.failure("connecting to the database", e);
        }
    }

    private static HikariDataSource pool(String jdbcUrl, String user, String password) {
        Drivers.requireFor(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        config.setPoolName("crmkit-" + POOLS.incrementAndGet());
        config.setAutoCommit(false);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageException("cannot open a connection pool for " + redact(jdbcUrl), e);
        }
    }

    private static void shutdownH2(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // 90121: "database is already closed", which is what SHUTDOWN was for.
            if (!"90121".equals(e.getSQLState())) {
                LOG.warn("shutting down the in-memory H2 database failed (SQLSTATE {})", e.getSQLState());
            }
        }
    }

    @Override
    public <T> T inTransaction(TenantId tenant, TransactionalWork<T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(work, "work");
        return inUnitOfWork((connection, d) -> {
            JdbcTransaction tx = new JdbcTransaction(tenant, connection, d);
            try {
                T result = work.run(tx);
                tx.sendPending();
                return result;
            } finally {
                tx.end();
            }
        });
    }

    /**
     * The outbox's delivery side, each call in a transaction of its own on a connection of
     * this storage. On a {@link #connectionProvider connection provider}, the calls run in
     * whatever transaction the host has open on the calling thread, and commit with it: a
     * host that dispatches there must give each call its own short transaction.
     */
    @Override
    public OutboxDelivery outboxDelivery() {
        return delivery;
    }

    /**
     * Runs work in one transaction: commits if it returns, rolls back and rethrows if it throws.
     *
     * @throws StorageException if the storage is closed or the store fails
     */
    <T> T inUnitOfWork(UnitOfWork<T> work) {
        if (closed.get()) {
            throw new StorageException("the storage is closed");
        }
        Connections.Lease lease = connections.begin();
        try {
            T result = work.run(lease.connection(), dialect(lease.connection()));
            connections.commit(lease);
            return result;
        } catch (RuntimeException | Error e) {
            connections.rollback(lease, e);
            throw e;
        } finally {
            connections.release(lease);
        }
    }

    private Dialect dialect(Connection c) {
        Dialect d = dialect;
        if (d == null) {
            try {
                d = Dialect.of(c);
            } catch (SQLException e) {
                throw Sql.failure("reading the database product", e);
            }
            dialect = d;
        }
        return d;
    }

    /**
     * The database's short name.
     *
     * @return {@code "h2"} or {@code "postgresql"}; {@code "jdbc"} for a storage on a
     *         {@link ConnectionProvider} before its first unit of work
     */
    @Override
    public Set<Class<?>> ports() {
        return JdbcPorts.types();
    }

    @Override
    public String name() {
        Dialect d = dialect;
        return d == null ? "jdbc" : d.key();
    }

    /**
     * Closes the pool crmkit opened (a host's pool or connection stays open); an in-memory
     * H2 database is dropped. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            beforeClose.run();
            connections.close();
        }
    }

    /** Cuts everything after the first {@code ?} or {@code ;} (where credentials may be) out of a URL. */
    static String redact(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int i = url.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return cut == url.length() ? url : url.substring(0, cut) + "…";
    }
}
