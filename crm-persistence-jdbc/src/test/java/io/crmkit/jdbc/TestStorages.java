package io.crmkit.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the tests share, one storage each, migrated once per JVM: the contracts use a
 * fresh tenant per test, so sharing is safe and keeps the build fast.
 *
 * <p>Without a PostgreSQL server: with {@code CI=true} the PostgreSQL tests fail, saying how
 * to provide one; elsewhere they are skipped, loudly (an aborted assumption with that message,
 * and a warning on stderr).
 */
final class TestStorages {
    private static TestDatabase h2Memory;
    private static TestDatabase h2File;
    private static Optional<TestDatabase> postgres;
    private static String postgresFailure = "";
    private static boolean warned;

    private TestStorages() {
    }

    /** @return the H2 in-memory database */
    static synchronized TestDatabase h2Memory() {
        if (h2Memory == null) {
            String name = "crmkit-tests";
            h2Memory = new TestDatabase("h2-memory", JdbcStorage.h2InMemory(name),
                    () -> DriverManager.getConnection("jdbc:h2:mem:" + name, "sa", ""));
        }
        return h2Memory;
    }

    /** @return the H2 file database, in a fresh directory under {@code target/} */
    static synchronized TestDatabase h2File() {
        if (h2File == null) {
            Path dir;
            try {
                Files.createDirectories(Path.of("target"));
                dir = Files.createTempDirectory(Path.of("target"), "h2-file-db-").toAbsolutePath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String url = "jdbc:h2:file:" + dir.resolve("crmkit");
            h2File = new TestDatabase("h2-file", JdbcStorage.embedded(dir), () -> DriverManager.getConnection(url, "sa", ""));
        }
        return h2File;
    }

    /** @return the PostgreSQL database; fails (CI) or skips (elsewhere) the calling test when there is none */
    static TestDatabase postgres() {
        Optional<TestDatabase> db = postgresIfAvailable();
        if (db.isPresent()) {
            return db.get();
        }
        if (failsWithoutPostgres()) {
            return Assertions.fail(postgresMissing());
        }
        warnOnce();
        Assumptions.abort(postgresMissing());
        throw new AssertionError("unreachable: the assumption aborted the test");
    }

    /** @return the PostgreSQL database, or empty if there is none ({@link #postgresMissing()} says why) */
    static synchronized Optional<TestDatabase> postgresIfAvailable() {
        if (postgres == null) {
            postgres = PostgresTestServer.endpoint().flatMap(TestStorages::openPostgres);
            if (postgres.isEmpty() && postgresFailure.isEmpty()) {
                postgresFailure = PostgresTestServer.failure();
            }
        }
        return postgres;
    }

    /** @return {@code true} on CI ({@code CI=true}), where a missing PostgreSQL fails the build */
    static boolean failsWithoutPostgres() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** @return why there is no PostgreSQL server, and how to provide one */
    static synchronized String postgresMissing() {
        return "No PostgreSQL server for the tests: " + postgresFailure + ". " + PostgresTestServer.HOW;
    }

    /** Prints the skip warning on stderr, once per JVM. */
    static synchronized void warnOnce() {
        if (!warned) {
            warned = true;
            System.err.println("WARNING: SKIPPING THE POSTGRESQL TESTS. " + postgresMissing());
        }
    }

    private static Optional<TestDatabase> openPostgres(PostgresTestServer.Endpoint e) {
        try {
            return Optional.of(new TestDatabase("postgresql", JdbcStorage.url(e.url(), e.user(), e.password()), e::connect));
        } catch (RuntimeException ex) {
            postgresFailure = "the server at " + JdbcStorage.redact(e.url()) + " cannot be used (" + ex.getMessage()
                    + (ex.getCause() == null ? "" : ": " + ex.getCause().getMessage()) + ")";
            return Optional.empty();
        }
    }

    /** Opens a plain connection to a test database. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    /**
     * A test database: the shared storage, and plain connections for what a host does itself.
     *
     * @param kind {@code h2-memory}, {@code h2-file} or {@code postgresql}
     * @param storage the shared storage, schema migrated
     * @param connector plain connections to the same database
     */
    record TestDatabase(String kind, JdbcStorage storage, Connector connector) {
        Connection connect() throws SQLException {
            return connector.connect();
        }
    }
}
