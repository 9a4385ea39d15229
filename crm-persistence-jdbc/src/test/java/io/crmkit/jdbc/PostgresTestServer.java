package io.crmkit.jdbc;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
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

/**
 * The PostgreSQL server the tests (and the benchmarks in crm-examples) run against: the one at
 * {@code CRMKIT_TEST_PG_URL} when that is set (user and password from
 * {@code CRMKIT_TEST_PG_USER} / {@code CRMKIT_TEST_PG_PASSWORD}, or in the URL), otherwise a
 * private throwaway server started from Debian's binaries
 * ({@code /usr/lib/postgresql/<version>/bin/initdb} and {@code pg_ctl}): a new cluster in a
 * directory under {@code /tmp}, trust authentication, a free port on 127.0.0.1, fsync off;
 * run as the {@code postgres} user when the JVM runs as root (PostgreSQL refuses root), and
 * stopped with {@code pg_ctl -m fast stop} when the JVM exits.
 *
 * <p>The test database's default collation is linguistic (ICU {@code en-US}) where the server
 * supports it, as on many production servers, so the tests prove crmkit's code-point order
 * does not depend on the database default.
 *
 * <p>Knows nothing of JUnit: {@link TestStorages} turns "no server" into a failure or a skip.
 */
public final class PostgresTestServer {
    /** How to get a server, for every message that says there is none. */
    public static final String HOW = "Install Debian's PostgreSQL binaries (apt-get install -y"
            + " --no-install-recommends postgresql) so the build starts its own throwaway server, or set"
            + " CRMKIT_TEST_PG_URL (with CRMKIT_TEST_PG_USER and CRMKIT_TEST_PG_PASSWORD, or credentials in the URL)"
            + " to a PostgreSQL 15+ database the tests may write to.";
    private static final String DATABASE = "crmkit_test";
    private static Optional<Endpoint> endpoint;
    private static String failure = "";

    /**
     * Where the server is.
     *
     * @param url the JDBC URL of the test database
     * @param user the user, or {@code null} when the URL carries it
     * @param password the password, or {@code null} when the URL carries it
     */
    public record Endpoint(String url, String user, String password) {
        /**
         * Opens a plain connection (no pool), as a host's own code would.
         *
         * @return the connection
         * @throws SQLException if the server refuses
         */
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private PostgresTestServer() {
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
    public static synchronized String failure() {
        return failure;
    }

    private static Optional<Endpoint> open() {
        String url = System.getenv("CRMKIT_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return Optional.of(new Endpoint(url, System.getenv("CRMKIT_TEST_PG_USER"),
                    System.getenv("CRMKIT_TEST_PG_PASSWORD")));
        }
        try {
            return Optional.of(start());
        } catch (IOException | SQLException | RuntimeException e) {
            failure = "CRMKIT_TEST_PG_URL is not set and starting a private server failed: " + e.getMessage();
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted while starting a private PostgreSQL server";
            return Optional.empty();
        }
    }

    private static Endpoint start() throws IOException, InterruptedException, SQLException {
        Path bin = binaries().orElseThrow(() -> new IOException("no /usr/lib/postgresql/*/bin/initdb"));
        boolean root = run(List.of("id", "-u")).strip().equals("0");
        if (root && run(List.of("sh", "-c", "id -u postgres 2>/dev/null || true")).isBlank()) {
            throw new IOException("running as root, but there is no 'postgres' user to run the server as");
        }
        Path tmp = Path.of("/tmp");
        Path dir = Files.isDirectory(tmp) ? Files.createTempDirectory(tmp, "crmkit-pg-")
                : Files.createTempDirectory("crmkit-pg-");
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()));
        }
        Path data = dir.resolve("data");
        int port = freePort();
        run(asPostgres(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                "-E", "UTF8", "--locale=C"));
        run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                "-l", dir.resolve("server.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir + " -c fsync=off -c synchronous_commit=off"
                        + " -c full_page_writes=off -c max_connections=200", "start"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(root, bin, dir, data), "crmkit-pg-stop"));
        String base = "jdbc:postgresql://127.0.0.1:" + port + "/";
        String collation = createDatabase(base + "postgres");
        System.err.println("crmkit tests: started a private PostgreSQL (" + bin.getParent().getFileName() + ") on 127.0.0.1:"
                + port + ", data in " + dir + ", test database collation " + collation);
        return new Endpoint(base + DATABASE, "postgres", "");
    }

    /** Creates the test database, with a linguistic default collation where ICU is available. */
    private static String createDatabase(String adminUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, "postgres", "");
             Statement s = c.createStatement()) {
            try {
                s.execute("CREATE DATABASE " + DATABASE + " TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'"
                        + " LOCALE_PROVIDER icu ICU_LOCALE 'en-US'");
                return "ICU en-US";
            } catch (SQLException noIcu) {
                s.execute("CREATE DATABASE " + DATABASE + " TEMPLATE template0 ENCODING 'UTF8'");
                return "C (no ICU: " + noIcu.getMessage() + ")";
            }
        }
    }

    private static void stop(boolean root, Path bin, Path dir, Path data) {
        try {
            run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
            deleteTree(dir);
        } catch (IOException e) {
            System.err.println("crmkit tests: stopping the private PostgreSQL server failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<Path> binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingDouble(PostgresTestServer::version))
                    .map(v -> v.resolve("bin"));
        }
    }

    private static double version(Path dir) {
        try {
            return Double.parseDouble(dir.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> asPostgres(boolean root, String... command) {
        List<String> wrapped = new ArrayList<>();
        if (root) {
            wrapped.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        wrapped.addAll(List.of(command));
        return wrapped;
    }

    /** Runs a command to its end; its output, or an exception with the output if it failed. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in 120 s");
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output.strip());
        }
        return output;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
