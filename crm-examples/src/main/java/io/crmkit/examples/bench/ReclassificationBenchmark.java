package io.crmkit.examples.bench;

import io.crmkit.Crm;
import io.crmkit.CrmSession;
import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.classification.ReclassificationReport;
import io.crmkit.shared.TenantId;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch reclassification of a whole tenant, on the embedded default (an H2 file database) and
 * on PostgreSQL (whose data lives outside the JVM, so the heap figure is crmkit's alone):
 * {@link SegmentBenchData}'s customers (tags, a custom field, purchases, last contacts) with the
 * sample classifications (value tier, urgency) and value assessment. Each iteration is one
 * {@code reclassifyAll()}: the first classifies every customer (three tags, an audit entry and
 * three events each), the second finds nothing to change (the nightly case).
 *
 * <p>Memory: the heap is capped at 512 MB, and a sampler records the most heap in use right
 * after a garbage collection (the live data, not yet-uncollected garbage) during the run. It is
 * printed per iteration; run with {@code -p customers=100000} and with {@code 1000000} to see
 * that it does not grow with the tenant.
 *
 * <p>Run: {@code java -jar crm-examples/target/benchmarks.jar ReclassificationBenchmark -rf json -rff reclassify.json};
 * one database: add {@code -p database=postgresql}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 0)
@Measurement(iterations = 2)
public class ReclassificationBenchmark {
    private static final int BATCH = 5_000;

    /** How many customers the tenant has. */
    @Param({"100000", "1000000"})
    public int customers;

    /** {@code h2file} (loaded with JDBC batches) or {@code postgresql} (loaded with COPY). */
    @Param({"h2file", "postgresql"})
    public String database;

    private BenchDatabase db;
    private Crm crm;
    private CrmSession admin;
    private HeapSampler sampler;
    private int iteration;

    /** Creates the benchmark state (JMH calls {@link #setUp()}). */
    public ReclassificationBenchmark() {
    }

    /**
     * Opens the database and loads the customers.
     *
     * @throws SQLException if loading fails
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        SegmentBenchData data = new SegmentBenchData();
        db = BenchDatabase.open(database);
        long start = System.nanoTime();
        if (database.equals("postgresql")) {
            SegmentLoader.load(db.dataSource(), customers);
        } else {
            try (Connection c = db.dataSource().getConnection()) {
                load(c, customers);
            }
        }
        System.err.printf("%n[%,d customers loaded into %s in %.0f s]%n", customers, db.description(),
                (System.nanoTime() - start) / 1e9);
        crm = Crm.builder().storage(db.storage()).clock(Clock.fixed(SegmentBenchData.NOW, ZoneOffset.UTC))
                .configuration(data.configuration()).build();
        admin = crm.session(TenantId.of(BenchFixture.TENANT), Principal.user("admin", RoleName.ADMINISTRATOR));
    }

    /** Starts sampling the heap for the coming iteration. */
    @Setup(Level.Iteration)
    public void startSampling() {
        System.gc();
        sampler = new HeapSampler();
        sampler.start();
    }

    /**
     * Reclassifies the whole tenant.
     *
     * @return the report
     */
    @Benchmark
    public ReclassificationReport reclassifyAll() {
        ReclassificationReport report = admin.classification().reclassifyAll();
        System.err.printf("%n[run %d: %,d customers, %,d changed, %s]%n", ++iteration, report.customers(), report.changed(),
                report.took());
        return report;
    }

    /**
     * Prints the iteration's peak live heap.
     *
     * @throws InterruptedException if interrupted while stopping the sampler
     */
    @TearDown(Level.Iteration)
    public void stopSampling() throws InterruptedException {
        sampler.interrupt();
        sampler.join();
        System.err.printf("[peak heap in use after GC: %,d MB of %,d MB max]%n", sampler.peak / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** Closes crmkit and the database (deleting its files). */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (crm != null) {
            crm.close();
        }
        if (db != null) {
            db.close();
        }
    }

    /** Polls the heap pools' usage after their last collection and keeps the largest sum. */
    private static final class HeapSampler extends Thread {
        private volatile long peak;

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                long used = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                        used += pool.getCollectionUsage().getUsed();
                    }
                }
                peak = Math.max(peak, used);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Loads the customers with JDBC batches (the same rows as {@link SegmentLoader}'s COPY). */
    static void load(Connection c, int count) throws SQLException {
        c.setAutoCommit(false);
        String tenant = BenchFixture.TENANT;
        try (PreparedStatement customer = c.prepareStatement("INSERT INTO customer (tenant_id, id, customer_type, name,"
                + " name_lower, industry, owner_id, lifecycle_status, created_at, created_by, updated_at, version)"
                + " VALUES (?, ?, 'COMPANY', ?, ?, ?, ?, 'prospect', ?, ?, ?, 1)");
             PreparedStatement tag = c.prepareStatement(
                     "INSERT INTO customer_tag (tenant_id, customer_id, dimension, tag_value) VALUES (?, ?, ?, ?)");
             PreparedStatement field = c.prepareStatement("INSERT INTO customer_custom_field (tenant_id, customer_id,"
                     + " field_key, value_index, value_type, number_value) VALUES (?, ?, 'years_of_cooperation', 0, 'INTEGER', ?)");
             PreparedStatement purchase = c.prepareStatement("INSERT INTO purchase (tenant_id, id, customer_id,"
                     + " order_reference, purchased_on, amount, currency, margin, exchange_rate, base_currency, base_amount,"
                     + " base_margin, cancelled, recorded_at, updated_at, version)"
                     + " VALUES (?, ?, ?, ?, ?, ?, 'CNY', ?, 1, 'CNY', ?, ?, ?, ?, ?, 1)");
             PreparedStatement activity = c.prepareStatement(
                     "INSERT INTO customer_activity (tenant_id, customer_id, last_contact_at) VALUES (?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                SegmentBenchData.Row r = SegmentBenchData.row(i);
                OffsetDateTime created = OffsetDateTime.ofInstant(r.created(), ZoneOffset.UTC);
                customer.setString(1, tenant);
                customer.setObject(2, r.id());
                customer.setString(3, r.name());
                customer.setString(4, r.name());
                customer.setString(5, r.industry() == null ? "other" : r.industry());
                customer.setString(6, BenchFixture.USER);
                customer.setObject(7, created);
                customer.setString(8, BenchFixture.USER);
                customer.setObject(9, created);
                customer.addBatch();
                for (String[] t : r.tags()) {
                    tag.setString(1, tenant);
                    tag.setObject(2, r.id());
                    tag.setString(3, t[0]);
                    tag.setString(4, t[1]);
                    tag.addBatch();
                }
                if (r.years() >= 0) {
                    field.setString(1, tenant);
                    field.setObject(2, r.id());
                    field.setBigDecimal(3, BigDecimal.valueOf(r.years()));
                    field.addBatch();
                }
                for (int k = 0; k < r.purchaseDays().length; k++) {
                    purchase.setString(1, tenant);
                    purchase.setObject(2, r.purchaseId(k));
                    purchase.setObject(3, r.id());
                    purchase.setString(4, r.orderReference(k));
                    purchase.setObject(5, LocalDate.ofEpochDay(r.purchaseDays()[k]));
                    purchase.setBigDecimal(6, r.amount(k));
                    purchase.setBigDecimal(7, r.margin(k));
                    purchase.setBigDecimal(8, r.amount(k));
                    purchase.setBigDecimal(9, r.margin(k));
                    purchase.setBoolean(10, r.cancelled()[k]);
                    purchase.setObject(11, created);
                    purchase.setObject(12, created);
                    purchase.addBatch();
                }
                if (r.lastContact().isPresent()) {
                    Instant at = r.lastContact().get();
                    activity.setString(1, tenant);
                    activity.setObject(2, r.id());
                    activity.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                    activity.addBatch();
                }
                if ((i + 1) % BATCH == 0 || i == count - 1) {
                    customer.executeBatch();
                    tag.executeBatch();
                    field.executeBatch();
                    purchase.executeBatch();
                    activity.executeBatch();
                    c.commit();
                }
            }
        }
    }
}
