package io.crmkit.examples.bench;

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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A private, throwaway PostgreSQL server for one benchmark JVM, started from Debian's binaries
 * ({@code /usr/lib/postgresql/<version>/bin}, the newest version installed): a new cluster in
 * a directory under {@code /tmp}, trust authentication, a free port on 127.0.0.1, database
 * locale {@code C}, and {@code fsync}, {@code synchronous_commit} and {@code full_page_writes}
 * off (the benchmark measures the work of the client, not the disk). PostgreSQL refuses to run
 * as root, so when the JVM runs as root the server runs as the {@code postgres} user through
 * {@code runuser}.
 *
 * <p>When the JVM is confined to some of the machine's CPUs (started with e.g.
 * {@code taskset -c 0 java ...}), the server runs on the others ({@code taskset -c <rest>}), as
 * a database on its own host would: client and server never compete for a CPU, and every round
 * trip crosses CPUs. Otherwise the operating system places both, and on a small virtual machine
 * the cost of a round trip then changes with where they happen to run (see
 * {@code docs/benchmarks.md}).
 *
 * <p>{@link #close()} stops the server ({@code pg_ctl -m fast stop}) and deletes its
 * directory; a shutdown hook does the same if the JVM ends first.
 */
public final class BenchPostgres implements AutoCloseable {
    private static final String DATABASE = "crmkit_bench";
    private static final String USER = "postgres";

    private final Path bin;
    private final Path dir;
    private final boolean root;
    private final Optional<String> cpus;
    private final String url;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread hook;

    private BenchPostgres(Path bin, Path dir, boolean root, int port, Optional<String> cpus) {
        this.bin = bin;
        this.dir = dir;
        this.root = root;
        this.cpus = cpus;
        this.url = "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
        this.hook = new Thread(this::stop, "crmkit-bench-pg-stop");
    }

    /**
     * Starts a server and creates the benchmark database in it.
     *
     * @return the running server
     * @throws IOException if the binaries are missing, a command fails or the database cannot be created
     * @throws InterruptedException if interrupted while a command runs
     */
    public static BenchPostgres start() throws IOException, InterruptedException {
        Path bin = binaries().orElseThrow(() -> new IOException("no PostgreSQL binaries under /usr/lib/postgresql/*/bin"
                + " (apt-get install -y --no-install-recommends postgresql), and CRMKIT_BENCH_PG_URL is not set"));
        boolean root = run(List.of("id", "-u")).strip().equals("0");
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "crmkit-bench-pg-");
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()));
        }
        int port = freePort();
        BenchPostgres server = new BenchPostgres(bin, dir, root, port, otherCpus());
        Runtime.getRuntime().addShutdownHook(server.hook);
        try {
            server.pg("initdb", "-D", server.data(), "-A", "trust", "-U", USER, "-E", "UTF8", "--locale=C");
            server.pg("pg_ctl", "-D", server.data(), "-w", "-t", "60", "-l", dir.resolve("server.log").toString(),
                    "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir
                            + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE + " TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'");
            }
        } catch (IOException | SQLException | RuntimeException e) {
            server.close();
            throw e instanceof IOException io ? io : new IOException("starting PostgreSQL failed: " + e.getMessage(), e);
        }
        return server;
    }

    /** {@return the JDBC URL of the benchmark database} */
    public String url() {
        return url;
    }

    /** {@return the database user (trust authentication: no password)} */
    public String user() {
        return USER;
    }

    /** {@return which PostgreSQL, e.g. {@code 15}} */
    public String version() {
        return bin.getParent().getFileName().toString();
    }

    /** {@return the CPUs the server is confined to (e.g. {@code 1}), or empty if not confined} */
    public Optional<String> cpus() {
        return cpus;
    }

    /** Stops the server and deletes its files. Idempotent. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run: the server is being stopped either way.
        }
    }

    private void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            if (Files.exists(dir.resolve("data/postmaster.pid"))) {
                pg("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
            }
            deleteTree(dir);
        } catch (IOException e) {
            System.err.println("stopping the benchmark's PostgreSQL in " + dir + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private void pg(String program, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (cpus.isPresent()) {
            command.addAll(List.of("taskset", "-c", cpus.get()));
        }
        if (root) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        run(command);
    }

    /**
     * The online CPUs this JVM may not run on, as a {@code taskset} list, when {@code taskset}
     * is installed; empty when the JVM may use every CPU or that cannot be read.
     */
    private static Optional<String> otherCpus() {
        try {
            Path taskset = Path.of("/usr/bin/taskset");
            Path online = Path.of("/sys/devices/system/cpu/online");
            Path status = Path.of("/proc/self/status");
            if (!Files.isExecutable(taskset) || !Files.isReadable(online) || !Files.isReadable(status)) {
                return Optional.empty();
            }
            java.util.BitSet rest = cpuList(Files.readString(online).strip());
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("Cpus_allowed_list:")) {
                    rest.andNot(cpuList(line.substring(line.indexOf(':') + 1).strip()));
                }
            }
            return rest.isEmpty() ? Optional.empty()
                    : Optional.of(rest.stream().mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(",")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Reads a kernel CPU list such as {@code 0-3,6}. */
    private static java.util.BitSet cpuList(String list) {
        java.util.BitSet cpus = new java.util.BitSet();
        for (String part : list.split(",")) {
            String[] range = part.split("-");
            int from = Integer.parseInt(range[0].strip());
            int to = range.length > 1 ? Integer.parseInt(range[1].strip()) : from;
            cpus.set(from, to + 1);
        }
        return cpus;
    }

    private static Optional<Path> binaries() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(base)) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingDouble(BenchPostgres::version))
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
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
