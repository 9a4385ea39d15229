package io.crmkit.examples.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.jdbc.JdbcStorage;
import io.crmkit.jdbc.PostgresTestServer;
import javax.sql.DataSource;

/**
 * The database a benchmark runs on, with one connection pool that crmkit, the hand-written
 * JDBC and Hibernate all share, so they differ only in what they do with a connection.
 */
public final class BenchDatabase implements AutoCloseable {
    private final HikariDataSource pool;
    private final JdbcStorage storage;
    private final String kind;

    private BenchDatabase(String kind, String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        config.setAutoCommit(false);
        this.pool = new HikariDataSource(config);
        this.storage = JdbcStorage.dataSource(pool);
        this.kind = kind;
    }

    /**
     * Opens a database by kind: {@code h2} (in memory) or {@code postgresql} (the server at
     * {@code CRMKIT_BENCH_PG_URL}, or a private one started from Debian's binaries).
     *
     * @param kind {@code h2} or {@code postgresql}
     * @return the database, schema migrated
     */
    public static BenchDatabase open(String kind) {
        switch (kind) {
            case "h2":
                return new BenchDatabase(kind, "jdbc:h2:mem:bench-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
            case "postgresql":
                String url = System.getenv("CRMKIT_BENCH_PG_URL");
                if (url != null && !url.isBlank()) {
                    return new BenchDatabase(kind, url, env("CRMKIT_BENCH_PG_USER", "postgres"),
                            env("CRMKIT_BENCH_PG_PASSWORD", ""));
                }
                PostgresTestServer.Endpoint e = PostgresTestServer.endpoint().orElseThrow(() -> new IllegalStateException(
                        "no PostgreSQL for the benchmark: " + PostgresTestServer.failure()
                                + "; set CRMKIT_BENCH_PG_URL or install Debian's postgresql package"));
                return new BenchDatabase(kind, e.url(), e.user(), e.password());
            default:
                throw new IllegalArgumentException("unknown database kind '" + kind + "' (h2 or postgresql)");
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    /** @return the shared pool */
    public DataSource dataSource() {
        return pool;
    }

    /** @return crmkit's storage on the shared pool */
    public JdbcStorage storage() {
        return storage;
    }

    /** @return {@code h2} or {@code postgresql} */
    public String kind() {
        return kind;
    }

    @Override
    public void close() {
        storage.close();
        pool.close();
    }
}
