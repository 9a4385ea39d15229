package io.crmkit.jdbc;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests run against: the one at {@code CRMKIT_TEST_PG_URL} when
 * set, otherwise a private throwaway server this class starts from Debian's binaries
 * ({@code /usr/lib/postgresql/<version>/bin}) on a free port, as the {@code postgres} user
 * when running as root, and stops when the JVM exits.
 *
 * <p>When no server can be had: with {@code CI=true} the tests fail, saying how to provide
 * one; elsewhere they are skipped, loudly.
 */
public final class PostgresTestServer {
    private static final String HOW = "Install Debian's PostgreSQL binaries (apt-get install -y --no-install-recommends"
            + " postgresql) so the build can start its own server, or set CRMKIT_TEST_PG_URL (and CRMKIT_TEST_PG_USER,"
            + " CRMKIT_TEST_PG_PASSWORD) to a PostgreSQL 15+ database the tests may write to.";
    private static volatile Optional<Endpoint> endpoint;
    private static Optional<JdbcStorage> storage;
    private static String failure = "";

    /**
     * Where the server is.
     *
     * @param url the JDBC URL of the test database
     * @param user the user
     * @param password the password
     */
    public record Endpoint(String url, String user, String password) {
    }

    private PostgresTestServer() {
    }

    /** The shared storage on PostgreSQL; fails (CI) or skips (elsewhere) when there is no server. */
    static synchronized JdbcStorage storage() {
        if (storage == null) {
            storage = endpoint().map(e -> JdbcStorage.url(e.url(), e.user(), e.password()));
        }
        if (storage.isEmpty()) {
            String message = "No PostgreSQL server for the tests: " + failure + ". " + HOW;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            System.err.println("WARNING: SKIPPING POSTGRESQL TESTS. " + message);
            Assumptions.abort(message);
        }
        return storage.get();
    }

    /**
     * The server at {@code CRMKIT_TEST_PG_URL}, or a private one started now (once per JVM).
     *
     * @return where it is, or empty if none could be had ({@link #failure()} says why)
     */
    public static synchronized Optional<Endpoint> endpoint() {
        if (endpoint == null) {
            endpoint = open();
        }
        return endpoint;
    }

    /** @return why no server could be had, or an empty string */
    public static String failure() {
        return failure;
    }

    private static Optional<Endpoint> open() {
        String url = System.getenv("CRMKIT_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return Optional.of(new Endpoint(url, env("CRMKIT_TEST_PG_USER", "postgres"),
                    env("CRMKIT_TEST_PG_PASSWORD", "")));
        }
        try {
            return Optional.of(start());
        } catch (IOException | SQLException | RuntimeException e) {
            failure = "could not start a private server (" + e.getMessage() + ")";
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted while starting a private server";
            return Optional.empty();
        }
    }

    private static Endpoint start() throws IOException, InterruptedException, SQLException {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException("no /usr/lib/postgresql/*/bin/initdb"));
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("crmkit-pg-");
        Path data = dir.resolve("data");
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        run(asUser(root, List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                "-E", "UTF8", "--locale=C")));
        run(asUser(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l",
                dir.resolve("server.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir + " -c fsync=off -c synchronous_commit=off"
                        + " -c full_page_writes=off -c max_connections=100", "start")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(asUser(root, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "stop")));
                deleteTree(dir);
            } catch (IOException | InterruptedException e) {
                System.err.println("stopping the test PostgreSQL server failed: " + e.getMessage());
            }
        }));
        String admin = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE crmkit_test");
        }
        return new Endpoint("jdbc:postgresql://127.0.0.1:" + port + "/crmkit_test", "postgres", "");
    }

    private static Optional<Path> binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString));
        }
    }

    private static List<String> asUser(boolean root, List<String> command) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output.strip());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
