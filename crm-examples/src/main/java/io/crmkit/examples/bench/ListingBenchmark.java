package io.crmkit.examples.bench;

import io.crmkit.Crm;
import io.crmkit.CrmSession;
import io.crmkit.access.Principal;
import io.crmkit.access.RoleName;
import io.crmkit.customer.Contact;
import io.crmkit.customer.ContactId;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerDetails;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.CustomerSort;
import io.crmkit.customer.Customers;
import io.crmkit.customer.CustomerType;
import io.crmkit.customer.SortDirection;
import io.crmkit.shared.PhoneNumber;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Keyset paging: listing page 1 and page 1,000 (20 customers a page, 20,000 customers, by
 * name) should cost the same.
 *
 * <p>Run: {@code java -jar crm-examples/target/benchmarks.jar ListingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class ListingBenchmark {
    private static final int PAGE = 20;
    private static final int PAGES = 1_000;

    /** The database: {@code h2} or {@code postgresql}. */
    @Param({"h2", "postgresql"})
    public String database;

    private BenchDatabase db;
    private Crm crm;
    private CrmSession session;
    private final CustomerQuery byName = CustomerQuery.all().sortedBy(CustomerSort.NAME, SortDirection.ASC);
    private String cursorOfPage1000;

    /** Creates the benchmark state (JMH calls {@link #setUp()}). */
    public ListingBenchmark() {
    }

    /** A stored customer with only the required parts and one primary contact with a phone. */
    private static Customer listed(String name) {
        Instant at = Instant.parse("2026-11-23T08:00:00Z");
        UserId owner = UserId.of(BenchFixture.USER);
        Contact contact = new Contact(new ContactId(UUID.randomUUID()), "王伟", Optional.empty(), Optional.empty(),
                Optional.of(PhoneNumber.of("+8613812345678")), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), true);
        CustomerDetails details = CustomerDetails.builder().type(CustomerType.INDIVIDUAL).name(name).industry("manufacturing").build();
        return new Customer(new CustomerId(UUID.randomUUID()), details, List.of(contact), owner, "prospect", at, owner, at, 1);
    }

    /** Stores 20,000 customers in batches and walks to page 1,000 once to get its cursor. */
    @Setup(Level.Trial)
    public void setUp() {
        db = BenchDatabase.open(database);
        crm = Crm.builder().storage(db.storage()).clock(Clock.systemUTC()).build();
        TenantId tenant = TenantId.of(BenchFixture.TENANT);
        session = crm.session(tenant, Principal.user(BenchFixture.USER, RoleName.SALES_REP));
        for (int batch = 0; batch < PAGE * PAGES / 500; batch++) {
            int b = batch;
            db.storage().inTransaction(tenant, tx -> {
                for (int i = 0; i < 500; i++) {
                    tx.port(Customers.class).insert(listed(String.format("customer %06d", (b * 7919 + i * 104729) % 1_000_000)));
                }
                return null;
            });
        }
        Optional<String> cursor = Optional.empty();
        for (int p = 1; p < PAGES; p++) {
            Page<Customer> page = session.customers().list(byName, new PageRequest(PAGE, cursor));
            cursor = page.next();
        }
        cursorOfPage1000 = cursor.orElseThrow();
    }

    /** Closes everything. */
    @TearDown(Level.Trial)
    public void tearDown() {
        crm.close();
        db.close();
    }

    /** {@return the first page} */
    @Benchmark
    public Page<Customer> page1() {
        return session.customers().list(byName, PageRequest.first(PAGE));
    }

    /** {@return page 1,000, reached by the cursor of page 999} */
    @Benchmark
    public Page<Customer> page1000() {
        return session.customers().list(byName, PageRequest.after(PAGE, cursorOfPage1000));
    }
}
