package io.crmkit.examples.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.jdbc.JdbcStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The database a benchmark runs on, with the one HikariCP pool that crmkit, the hand-written
 * JDBC and Hibernate all share, so they differ only in what they do with a connection. The
 * schema is crmkit's, migrated by {@link JdbcStorage} on open.
 *
 * <p>Kinds:
 * <ul>
 *   <li>{@code h2}: an H2 database in memory;</li>
 *   <li>{@code h2file}: an H2 file database in a new directory under the temporary directory
 *       (what {@code JdbcStorage.embedded} opens), deleted on close;</li>
 *   <li>{@code postgresql}: the server at {@code CRMKIT_BENCH_PG_URL} (user
 *       {@code CRMKIT_BENCH_PG_USER}, default {@code postgres}; password
 *       {@code CRMKIT_BENCH_PG_PASSWORD}, default empty), whose rows of the benchmark tenant are
 *       deleted before and after; otherwise a private server {@link BenchPostgres started} for
 *       this JVM.</li>
 * </ul>
 */
public final class BenchDatabase implements AutoCloseable {
    /** The SQL that removes the benchmark tenant's rows; children of customers go by cascade. */
    private static final String[] CLEAR = {
        "DELETE FROM outbox_message WHERE tenant_id = ?",
        "DELETE FROM audit_field_change WHERE tenant_id = ?",
        "DELETE FROM audit_entry WHERE tenant_id = ?",
        "DELETE FROM customer WHERE tenant_id = ?",
    };

    private final String kind;
    private final HikariDataSource pool;
    private final JdbcStorage storage;
    private final Optional<BenchPostgres> server;
    private final Optional<Path> directory;
    private final String description;

    private BenchDatabase(String kind, String url, String user, String password, Optional<BenchPostgres> server,
                          Optional<Path> directory, String description) {
        this.kind = kind;
        this.server = server;
        this.directory = directory;
        this.description = description;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        config.setAutoCommit(false);
        config.setPoolName("bench-" + kind);
        this.pool = new HikariDataSource(config);
        this.storage = JdbcStorage.dataSource(pool);
        clear();
    }

    /**
     * Opens a database by kind.
     *
     * @param kind {@code h2}, {@code h2file} or {@code postgresql}
     * @return the database, schema migrated and without rows of the benchmark tenant
     * @throws IllegalArgumentException for another kind
     * @throws IllegalStateException if no PostgreSQL server can be had
     */
    public static BenchDatabase open(String kind) {
        switch (kind) {
            case "h2":
                return new BenchDatabase(kind, "jdbc:h2:mem:bench-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "",
                        Optional.empty(), Optional.empty(), "H2 in memory");
            case "h2file":
                Path dir = tempDirectory();
                return new BenchDatabase(kind, "jdbc:h2:file:" + dir.resolve("crmkit"), "sa", "", Optional.empty(),
                        Optional.of(dir), "H2 file database in " + dir);
            case "postgresql":
                return postgresql();
            default:
                throw new IllegalArgumentException("unknown database kind '" + kind + "' (h2, h2file or postgresql)");
        }
    }

    private static BenchDatabase postgresql() {
        String url = System.getenv("CRMKIT_BENCH_PG_URL");
        if (url != null && !url.isBlank()) {
            return new BenchDatabase("postgresql", url, env("CRMKIT_BENCH_PG_USER", "postgres"),
                    env("CRMKIT_BENCH_PG_PASSWORD", ""), Optional.empty(), Optional.empty(), "PostgreSQL at CRMKIT_BENCH_PG_URL");
        }
        BenchPostgres server;
        try {
            server = BenchPostgres.start();
        } catch (IOException e) {
            throw new IllegalStateException("no PostgreSQL for the benchmark: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting PostgreSQL", e);
        }
        try {
            return new BenchDatabase("postgresql", server.url(), server.user(), "", Optional.of(server), Optional.empty(),
                    "private PostgreSQL " + server.version()
                            + server.cpus().map(c -> " on CPU " + c).orElse(" (not pinned)"));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("crmkit-bench-h2-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    private void clear() {
        try (Connection c = pool.getConnection()) {
            for (String sql : CLEAR) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, BenchFixture.TENANT);
                    ps.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("clearing the benchmark tenant failed", e);
        }
    }

    /** {@return the shared pool, auto-commit off} */
    public DataSource dataSource() {
        return pool;
    }

    /** {@return crmkit's storage on the shared pool} */
    public JdbcStorage storage() {
        return storage;
    }

    /** {@return {@code h2}, {@code h2file} or {@code postgresql}} */
    public String kind() {
        return kind;
    }

    /** {@return which database this is, for log lines} */
    public String description() {
        return description;
    }

    /** Deletes the benchmark tenant's rows, closes the pool, stops a private server and deletes a file database. */
    @Override
    public void close() {
        try {
            if (server.isEmpty() && directory.isEmpty() && !kind.equals("h2")) {
                clear();
            }
        } finally {
            storage.close();
            pool.close();
            server.ifPresent(BenchPostgres::close);
            directory.ifPresent(BenchDatabase::deleteTree);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("could not delete the benchmark database in " + dir + ": " + e.getMessage());
        }
    }
}
