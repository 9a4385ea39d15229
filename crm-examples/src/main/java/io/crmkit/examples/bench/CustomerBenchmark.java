package io.crmkit.examples.bench;

import io.crmkit.Crm;
import io.crmkit.CrmSession;
import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerView;
import io.crmkit.examples.bench.hibernate.HibernateBaseline;
import io.crmkit.shared.TenantId;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * Creating a customer with two contacts, and reading a customer's view: crmkit against the
 * same statements in hand-written JDBC and against Hibernate entities, on H2 and PostgreSQL,
 * in one run. All three share one connection pool and one schema.
 *
 * <p>Run: {@code java -jar crm-examples/target/benchmarks.jar CustomerBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class CustomerBenchmark {
    /** How many customers the view benchmarks pick from. */
    static final int STOCK = 2_000;

    /** The database: {@code h2} or {@code postgresql}. */
    @Param({"h2", "postgresql"})
    public String database;

    private BenchDatabase db;
    private Crm crm;
    private CrmSession session;
    private HandWrittenJdbc jdbc;
    private HibernateBaseline hibernate;
    private final List<CustomerId> stock = new ArrayList<>();
    private final AtomicLong counter = new AtomicLong();

    /** Creates the benchmark state (JMH calls {@link #setUp()}). */
    public CustomerBenchmark() {
    }

    /** Opens the database, wires the three variants and creates the customers the views read. */
    @Setup(Level.Trial)
    public void setUp() {
        db = BenchDatabase.open(database);
        crm = Crm.builder().storage(db.storage()).clock(Clock.systemUTC()).build();
        session = crm.session(TenantId.of(BenchFixture.TENANT), Principal.user(BenchFixture.USER, RoleName.SALES_REP));
        jdbc = new HandWrittenJdbc(db.dataSource());
        hibernate = new HibernateBaseline(db.dataSource());
        for (int i = 0; i < STOCK; i++) {
            stock.add(session.customers().create(BenchFixture.newCustomer(-i)));
        }
    }

    /** Closes everything. */
    @TearDown(Level.Trial)
    public void tearDown() {
        hibernate.close();
        crm.close();
        db.close();
    }

    private CustomerId pick() {
        return stock.get(ThreadLocalRandom.current().nextInt(stock.size()));
    }

    /**
     * crmkit: validate, parse phones, check access, diff for the audit, write all rows.
     *
     * @return the new id
     */
    @Benchmark
    public CustomerId createCrmkit() {
        return session.customers().create(BenchFixture.newCustomer(counter.incrementAndGet()));
    }

    /**
     * Hand-written JDBC: the same rows.
     *
     * @return the new id
     * @throws SQLException on failure
     */
    @Benchmark
    public Object createJdbc() throws SQLException {
        return jdbc.create(counter.incrementAndGet());
    }

    /**
     * Hibernate: the same rows through entities.
     *
     * @return the new id
     */
    @Benchmark
    public Object createHibernate() {
        return hibernate.create(counter.incrementAndGet());
    }

    /**
     * crmkit: the customer with contacts and its newest history page.
     *
     * @return the view
     */
    @Benchmark
    public CustomerView viewCrmkit() {
        return session.customers().view(pick());
    }

    /**
     * Hand-written JDBC: the same reads.
     *
     * @return what was read
     * @throws SQLException on failure
     */
    @Benchmark
    public Object viewJdbc() throws SQLException {
        return jdbc.view(pick().value());
    }

    /**
     * Hibernate: the same reads through entities.
     *
     * @return what was read
     */
    @Benchmark
    public int viewHibernate() {
        return hibernate.view(pick().value());
    }
}
