package io.crmkit.examples.bench;

import io.crmkit.Crm;
import io.crmkit.CrmSession;
import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.config.CrmConfiguration;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerView;
import io.crmkit.examples.bench.hibernate.HibernateBaseline;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.TimeOrderedIdGenerator;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
 * Creating a customer with two contacts, and reading a customer's view (the customer, its
 * contacts and the newest page of its history): crmkit side by side with the same statements
 * in hand-written JDBC (the practical limit) and with Hibernate ORM entities on the same tables
 * (what a user would otherwise pick), on an H2 file database and on PostgreSQL, in one run. All three variants share one HikariCP pool, one schema and one kind of id generator.
 *
 * <p>Each trial starts from {@value #STOCK} customers stored by
 * {@link HandWrittenJdbc#populate} (exactly the rows crmkit's create writes; the smoke test
 * checks that) and analysed; the view benchmarks pick among them at random.
 *
 * <p>Run (about 9 minutes on 2 cores):
 * {@code taskset -c 0 java -jar crm-examples/target/benchmarks.jar CustomerBenchmark} (the
 * private PostgreSQL then runs on the other CPUs); one database only: add
 * {@code -p database=postgresql}. See {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// 4 GB: H2 in memory (-p database=h2) keeps every row on the heap (about 1 GB after a create trial).
// Log warnings only (slf4j-simple; Hibernate's JBoss Logging routed to SLF4J), so the JMH output stays readable.
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
    "-Dorg.jboss.logging.provider=slf4j"})
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Threads(1)
public class CustomerBenchmark {
    /** How many customers the view benchmarks pick from. */
    public static final int STOCK = 10_000;
    private static final int PER_TRANSACTION = 500;
    /**
     * The sample configuration without its classifications and value assessment: the baselines
     * do not classify, so neither does crmkit here (classification is measured on its own).
     */
    private static final CrmConfiguration WITHOUT_CLASSIFICATION =
            CrmConfiguration.parse("classification: null\nvalueAssessment: null\n");

    /**
     * The database: {@code h2file} (crmkit's embedded default) or {@code postgresql}; also
     * {@code h2} (in memory) with {@code -p database=h2}.
     */
    @Param({"h2file", "postgresql"})
    public String database;

    private BenchDatabase db;
    private Crm crm;
    private CrmSession session;
    private HandWrittenJdbc jdbc;
    private HibernateBaseline hibernate;
    private UUID[] stock = new UUID[0];
    private CustomerId[] stockIds = new CustomerId[0];
    private long counter;

    /** Creates the benchmark state (JMH calls {@link #setUp()}). */
    public CustomerBenchmark() {
    }

    /**
     * Opens the database, wires the three variants and stores the customers the views read
     * (the creates also run on this non-empty, analysed database).
     *
     * @throws SQLException if storing the customers fails
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        open(database);
        stock(STOCK);
    }

    /**
     * Opens a database and wires the variants (also used by the smoke test).
     *
     * @param kind the database kind
     */
    void open(String kind) {
        Clock clock = Clock.systemUTC();
        db = BenchDatabase.open(kind);
        System.err.println("[" + db.description() + "]");
        crm = Crm.builder().storage(db.storage()).clock(clock).idGenerator(new TimeOrderedIdGenerator(clock))
                .configuration(WITHOUT_CLASSIFICATION).build();
        session = crm.session(TenantId.of(BenchFixture.TENANT), Principal.user(BenchFixture.USER, RoleName.SALES_REP));
        jdbc = new HandWrittenJdbc(db.dataSource(), kind.equals("postgresql"), new TimeOrderedIdGenerator(clock), clock);
        hibernate = new HibernateBaseline(db.dataSource(), new TimeOrderedIdGenerator(clock), clock);
    }

    /**
     * Stores customers for the view benchmarks to read, then has the database gather
     * statistics ({@code ANALYZE}), as it would have for a database in use. Without statistics,
     * PostgreSQL checks the foreign keys of new contact and audit rows through an index that
     * only narrows by tenant, and every create gets slower as the tables grow (see
     * {@code docs/benchmarks.md}).
     *
     * @param count how many
     * @throws SQLException if the database fails
     */
    void stock(int count) throws SQLException {
        List<UUID> ids = jdbc.populate(1_000_000_000L, count, PER_TRANSACTION);
        stock = ids.toArray(UUID[]::new);
        stockIds = ids.stream().map(CustomerId::new).toArray(CustomerId[]::new);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
            c.commit();
        }
    }

    /** Closes the variants and the database. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (hibernate != null) {
            hibernate.close();
        }
        if (crm != null) {
            crm.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private int pick() {
        return ThreadLocalRandom.current().nextInt(stock.length);
    }

    /**
     * crmkit: access check, validation (phone numbers parsed and normalised), the audit diff,
     * the event's JSON, and the rows in one transaction.
     *
     * @return the new customer's id
     */
    @Benchmark
    public CustomerId createCrmkit() {
        return session.customers().create(BenchFixture.newCustomer(++counter));
    }

    /**
     * Hand-written JDBC: the same rows with the same statements.
     *
     * @return the new customer's id
     * @throws SQLException if the database fails
     */
    @Benchmark
    public UUID createJdbc() throws SQLException {
        return jdbc.create(++counter);
    }

    /**
     * Hibernate: the same rows through entities.
     *
     * @return the new customer's id
     */
    @Benchmark
    public UUID createHibernate() {
        return hibernate.create(++counter);
    }

    /**
     * Hibernate from the same input as crmkit: the typed phone numbers normalised with
     * libphonenumber (and the e-mail address lower-cased) before the same rows are persisted.
     *
     * @return the new customer's id
     */
    @Benchmark
    public UUID createHibernateFromInput() {
        return hibernate.createFromInput(++counter);
    }

    /**
     * crmkit: the customer with its contacts and the newest page (20) of its history.
     *
     * @return the view
     */
    @Benchmark
    public CustomerView viewCrmkit() {
        return session.customers().view(stockIds[pick()]);
    }

    /**
     * Hand-written JDBC: the same reads with the same statements, into plain records.
     *
     * @return what was read
     * @throws SQLException if the database fails
     */
    @Benchmark
    public HandWrittenView.View viewJdbc() throws SQLException {
        return jdbc.view(stock[pick()]);
    }

    /**
     * Hibernate: the customer entity with its collections and its newest 20 audit entries.
     *
     * @return what was loaded
     */
    @Benchmark
    public HibernateBaseline.Loaded viewHibernate() {
        return hibernate.view(stock[pick()]);
    }

    /** {@return the database (for the smoke test)} */
    BenchDatabase database() {
        return db;
    }

    /** {@return crmkit's session (for the smoke test)} */
    CrmSession session() {
        return session;
    }

    /** {@return the hand-written baseline (for the smoke test)} */
    HandWrittenJdbc jdbc() {
        return jdbc;
    }

    /** {@return the Hibernate baseline (for the smoke test)} */
    HibernateBaseline hibernate() {
        return hibernate;
    }
}
