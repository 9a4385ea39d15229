package io.crmkit.examples.bench;

import io.crmkit.Crm;
import io.crmkit.outbox.dispatch.DispatchOptions;
import io.crmkit.outbox.dispatch.DispatchReport;
import io.crmkit.outbox.dispatch.OutboxDispatcher;
import io.crmkit.outbox.dispatch.RetryPolicy;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Outbox delivery throughput, messages per second: two crmkit dispatchers with a no-op sender
 * draining {@value #MESSAGES} pending notifications of four tenants, against a hand-written
 * {@code FOR UPDATE SKIP LOCKED} claim-and-mark loop on the same table with two threads (marking
 * with a JDBC batch, and with one set-based statement as crmkit does on PostgreSQL), and
 * crmkit again with crashes: an instance that claims a batch and dies, and a sender that fails
 * every 50th message once (both recovered after lease expiry / back-off, the clock jumped
 * forward instead of waited for). After every drain the teardown checks that every message is
 * delivered in the table and was handed to the sender — exactly once where nothing crashed.
 *
 * <p>Run: {@code java -jar crm-examples/target/benchmarks.jar OutboxBenchmark -f 1 -wi 2 -i 3}
 * (PostgreSQL: {@code CRMKIT_BENCH_PG_URL} or a private server, see {@link BenchDatabase}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Threads(1)
public class OutboxBenchmark {
    /** Messages loaded before each drain. */
    public static final int MESSAGES = 5000;
    private static final int DISPATCHERS = 2;
    private static final Duration LEASE = Duration.ofSeconds(30);

    /** The database: {@code postgresql}; also {@code h2} or {@code h2file}. */
    @Param({"postgresql"})
    public String database;

    /** Messages claimed per round, by both variants. */
    @Param({"100"})
    public int batch;

    private BenchDatabase db;
    private final OutboxBenchData data = new OutboxBenchData();

    /** Created by JMH once per trial. */
    public OutboxBenchmark() {
    }
    /** System time, moved forward by the crash benchmark instead of waiting out leases. */
    private final BenchClock clock = new BenchClock();
    private final Set<UUID> failedOnce = ConcurrentHashMap.newKeySet();
    private Crm crm;
    private Crm crashing;
    private final List<OutboxDispatcher> dispatchers = new ArrayList<>();
    private final List<OutboxDispatcher> crashDispatchers = new ArrayList<>();
    private ExecutorService threads;
    private boolean crashed;

    /**
     * Opens the database and wires both crmkit instances.
     *
     * @throws SQLException never here
     */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        db = BenchDatabase.open(database);
        crm = Crm.builder().storage(db.storage()).notificationSender(n -> data.send(n.idempotencyKey())).build();
        crashing = Crm.builder().storage(db.storage()).clock(clock).notificationSender(n -> {
            if (n.idempotencyKey().hashCode() % 50 == 0 && failedOnce.add(n.idempotencyKey())) {
                throw new IllegalStateException("simulated failure");
            }
            data.send(n.idempotencyKey());
        }).build();
        RetryPolicy quick = new RetryPolicy(5, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(2), 0.2);
        for (int i = 0; i < DISPATCHERS; i++) {
            dispatchers.add(crm.outboxDispatcher(options("bench-" + i).build()));
            crashDispatchers.add(crashing.outboxDispatcher(options("bench-crash-" + i).retryPolicy(quick).build()));
        }
        threads = Executors.newFixedThreadPool(DISPATCHERS);
    }

    private DispatchOptions.Builder options(String id) {
        return DispatchOptions.builder().dispatcherId(id).batchSize(batch).sendConcurrency(1).lease(LEASE);
    }

    /**
     * Loads the messages (not measured).
     *
     * @throws SQLException if the database fails
     */
    @Setup(Level.Invocation)
    public void load() throws SQLException {
        crashed = false;
        failedOnce.clear();
        data.load(db.dataSource(), MESSAGES, Instant.now().minusSeconds(1));
    }

    /**
     * Checks the drain: nothing lost; no duplicates unless something crashed.
     *
     * @throws SQLException if the database fails
     */
    @TearDown(Level.Invocation)
    public void verify() throws SQLException {
        data.verify(db.dataSource(), MESSAGES, !crashed);
    }

    /** Closes the dispatchers, the threads and the database. */
    @TearDown(Level.Trial)
    public void close() {
        dispatchers.forEach(OutboxDispatcher::close);
        crashDispatchers.forEach(OutboxDispatcher::close);
        threads.shutdownNow();
        db.close();
    }

    private int inParallel(List<Callable<Integer>> work) throws InterruptedException, ExecutionException {
        List<Future<Integer>> futures = new ArrayList<>();
        for (Callable<Integer> w : work) {
            futures.add(threads.submit(w));
        }
        int total = 0;
        for (Future<Integer> f : futures) {
            total += f.get();
        }
        return total;
    }

    private static Callable<Integer> drain(OutboxDispatcher d) {
        return () -> {
            int delivered = 0;
            DispatchReport r;
            do {
                r = d.dispatchOnce();
                delivered += r.delivered();
            } while (r.claimed() > 0);
            return delivered;
        };
    }

    /**
     * crmkit: two dispatchers, each claiming batches and marking every message.
     *
     * @return messages delivered
     * @throws Exception if a dispatcher fails
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public int crmkit() throws Exception {
        return inParallel(List.of(drain(dispatchers.get(0)), drain(dispatchers.get(1))));
    }

    /**
     * The hand-written loop: two threads, one transaction per batch.
     *
     * @return messages delivered
     * @throws Exception if a thread fails
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public int handWritten() throws Exception {
        Callable<Integer> loop = () -> HandWrittenOutbox.drain(db.dataSource(), batch, false, data::send);
        return inParallel(List.of(loop, loop));
    }

    /**
     * The hand-written loop marking each batch with one set-based statement (PostgreSQL only),
     * as crmkit does there.
     *
     * @return messages delivered
     * @throws Exception if a thread fails
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public int handWrittenSetBased() throws Exception {
        Callable<Integer> loop = () -> HandWrittenOutbox.drain(db.dataSource(), batch, true, data::send);
        return inParallel(List.of(loop, loop));
    }

    /**
     * crmkit with crashes: an instance claims a batch and dies; the sender fails every 50th
     * message once. The clock jumps past the lease and the back-off when the dispatchers run dry.
     *
     * @return messages delivered
     * @throws Exception if a dispatcher fails
     */
    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public int crmkitWithCrash() throws Exception {
        crashed = true;
        db.storage().outboxDelivery().claim("bench-dead", clock.instant(), LEASE, batch);
        int delivered = 0;
        for (int round = 0; round < 10 && data.deliveries.size() < MESSAGES; round++) {
            delivered += inParallel(List.of(drain(crashDispatchers.get(0)), drain(crashDispatchers.get(1))));
            clock.advance(LEASE.plusSeconds(5));
        }
        return delivered;
    }
}
