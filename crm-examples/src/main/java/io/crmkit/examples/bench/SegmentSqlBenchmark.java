package io.crmkit.examples.bench;

import io.crmkit.access.Visibility;
import io.crmkit.customer.CustomerId;
import io.crmkit.segment.BoundRule;
import io.crmkit.segment.SegmentMembers;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluating a segment rule on PostgreSQL: counting the members of the five-clause rule
 * {@link SegmentBenchData#RULE} and listing the first page (20, in id order), crmkit's
 * {@code SegmentMembers} (one statement, {@code io.crmkit.jdbc.segment.SegmentSql}) side by side with
 * the best SQL written by hand for the same condition on the same schema and indexes
 * ({@link HandWrittenSegmentSql#BEST_COUNT}, {@link HandWrittenSegmentSql#BEST_PAGE}). Each call runs its statement anew in its own
 * transaction; nothing is cached between calls but what PostgreSQL itself keeps (its buffers,
 * the operating system's file cache).
 *
 * <p>Setup runs once per trial, and JMH runs one trial per benchmark method, so a full run
 * loads the data four times. It loads {@link #customers} customers with their tags, custom field values, purchases
 * and last contacts into one tenant ({@link SegmentLoader}: {@code COPY}, then
 * {@code VACUUM ANALYZE}; the load time is printed) on the database of
 * {@link BenchDatabase#open BenchDatabase.open("postgresql")}, then checks that crmkit and the
 * hand-written SQL give the same count and the same first page, and fails otherwise. The query
 * plans: {@link SegmentPlans}.
 *
 * <p>Run: {@code taskset -c 0 java -jar crm-examples/target/benchmarks.jar SegmentSqlBenchmark -rf json -rff segment-sql.json}
 * (the private PostgreSQL then runs on the other CPUs); a smoke run: add
 * {@code -f 1 -wi 1 -w 1 -i 1 -r 2 -p customers=20000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 5)
@Threads(1)
public class SegmentSqlBenchmark {
    /** The page size of the first-page benchmarks. */
    public static final int PAGE = 20;

    /** How many customers are loaded. */
    @Param("1000000")
    public int customers;

    private BenchDatabase db;
    private BoundRule bound;
    private HandWrittenSegmentSql hand;
    private final TenantId tenant = TenantId.of(BenchFixture.TENANT);

    /** Creates the benchmark state (JMH calls {@link #setUp()}). */
    public SegmentSqlBenchmark() {
    }

    /**
     * Opens PostgreSQL, loads the customers and checks that crmkit and the hand-written SQL agree.
     *
     * @throws SQLException if the database fails
     * @throws IllegalStateException if the two disagree
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        open(customers);
        long count = crmkitCount();
        long byHand = handCount();
        List<UUID> page = crmkitFirstPage().items().stream().map(CustomerId::value).toList();
        List<UUID> handPage = handFirstPage();
        System.err.printf("[%,d members (%.2f %%); first page %d ids]%n", count, 100.0 * count / Math.max(1, customers),
                page.size());
        if (count != byHand || !page.equals(handPage)) {
            throw new IllegalStateException("crmkit and the hand-written SQL disagree: count " + count + " vs " + byHand
                    + ", first page " + page + " vs " + handPage);
        }
    }

    /**
     * Opens the database and loads the customers (also used by the smoke test and {@link SegmentPlans}).
     *
     * @param count how many customers
     * @throws SQLException if the database fails
     */
    void open(int count) throws SQLException {
        SegmentBenchData data = new SegmentBenchData();
        bound = data.bound();
        hand = new HandWrittenSegmentSql(BenchFixture.TENANT, SegmentBenchData.NOW, SegmentBenchData.ZONE);
        db = BenchDatabase.open("postgresql");
        System.err.println("[" + db.description() + "]");
        long start = System.nanoTime();
        long rows = SegmentLoader.load(db.dataSource(), count);
        System.err.printf("[loaded %,d customers (%,d rows) in %.1f s, VACUUM ANALYZE included]%n", count, rows,
                (System.nanoTime() - start) / 1e9);
    }

    /** Closes the database. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (db != null) {
            db.close();
        }
    }

    /**
     * crmkit: the rule's count statement in a transaction.
     *
     * @return how many members
     */
    @Benchmark
    public long crmkitCount() {
        return db.storage().inTransaction(tenant, tx -> tx.port(SegmentMembers.class).count(bound, Visibility.wholeTenant()));
    }

    /**
     * crmkit: the rule's first page of members in a transaction.
     *
     * @return the page
     */
    @Benchmark
    public Page<CustomerId> crmkitFirstPage() {
        return db.storage().inTransaction(tenant, tx -> tx.port(SegmentMembers.class).members(bound, Visibility.wholeTenant(), PageRequest.first(PAGE)));
    }

    /**
     * Hand-written SQL: the count.
     *
     * @return how many members
     * @throws SQLException if the database fails
     */
    @Benchmark
    public long handCount() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            long n = hand.count(c, HandWrittenSegmentSql.BEST_COUNT);
            c.commit();
            return n;
        }
    }

    /**
     * Hand-written SQL: the first page's ids.
     *
     * @return the ids
     * @throws SQLException if the database fails
     */
    @Benchmark
    public List<UUID> handFirstPage() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            List<UUID> ids = hand.firstPage(c, HandWrittenSegmentSql.BEST_PAGE, PAGE);
            c.commit();
            return ids;
        }
    }

    /** {@return the database (for the smoke test and {@link SegmentPlans})} */
    BenchDatabase database() {
        return db;
    }

    /** {@return the bound rule} */
    BoundRule bound() {
        return bound;
    }

    /** {@return the hand-written SQL} */
    HandWrittenSegmentSql hand() {
        return hand;
    }
}
