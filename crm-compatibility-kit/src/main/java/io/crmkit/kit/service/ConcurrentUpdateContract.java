package io.crmkit.kit.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.CrmSession;
import io.crmkit.customer.CustomFieldValue;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.UpdateCustomer;
import io.crmkit.kit.AtOnce;
import io.crmkit.purchase.Purchase;
import io.crmkit.purchase.PurchaseId;
import io.crmkit.purchase.RecordPurchase;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.Money;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Sessions on many threads changing the same data: updating the same customer, one wins per
 * version, the rest get a conflict, and no update is ever lost; recording the same order, all
 * get its one id. Subclass it and implement {@link #storage()}.
 */
public abstract class ConcurrentUpdateContract {
    private static final int THREADS = 6;
    private ServiceFixtures fixtures;
    private TenantId tenant;

    /** Creates the subject. */
    protected ConcurrentUpdateContract() {
    }

    /**
     * The storage under test; may be shared between tests.
     *
     * @return the storage; not closed by the contract
     */
    protected abstract Storage storage();

    /** Wires crmkit over the storage in a fresh tenant. */
    @BeforeEach
    void wire() {
        fixtures = new ServiceFixtures(storage());
        tenant = ServiceFixtures.freshTenant();
    }

    @Test
    @DisplayName("of many sessions updating from the same version, exactly one wins and the rest conflict")
    void exactlyOneWins() throws Exception {
        CrmSession owner = fixtures.rep(tenant, "u-1");
        CustomerId id = owner.customers().create(ServiceFixtures.newCustomer("Contended"));
        Customer start = owner.customers().get(id);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                String region = "region-" + i;
                done.add(pool.submit(() -> {
                    CrmSession s = fixtures.rep(tenant, "u-1");
                    go.await();
                    try {
                        s.customers().update(new UpdateCustomer(id, 1, start.details().toBuilder().region(region).build()));
                        wins.incrementAndGet();
                    } catch (ConflictException e) {
                        conflicts.incrementAndGet();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(wins).hasValue(1);
        assertThat(conflicts).hasValue(THREADS - 1);
        Customer end = owner.customers().get(id);
        assertThat(end.version()).isEqualTo(2);
        assertThat(owner.customers().history(id, PageRequest.first(50)).items()).hasSize(2);
    }

    @Test
    @DisplayName("read-modify-write with retry on conflict loses no update")
    void noLostUpdate() throws Exception {
        int perThread = 5;
        CrmSession owner = fixtures.rep(tenant, "u-1");
        CustomerId id = owner.customers().create(ServiceFixtures.newCustomer("Counter"));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    CrmSession s = fixtures.rep(tenant, "u-1");
                    for (int i = 0; i < perThread; i++) {
                        while (true) {
                            Customer c = s.customers().get(id);
                            long years = c.details().customFields().containsKey("years")
                                    ? ((CustomFieldValue.Whole) c.details().customFields().get("years")).value() : 0;
                            try {
                                s.customers().update(new UpdateCustomer(id, c.version(), c.details().toBuilder()
                                        .customField("years", CustomFieldValue.integer(years + 1)).build()));
                                break;
                            } catch (ConflictException e) {
                                Thread.onSpinWait();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Customer end = owner.customers().get(id);
        assertThat(end.details().customFields().get("years")).isEqualTo(CustomFieldValue.integer(THREADS * perThread));
        assertThat(end.version()).isEqualTo(1 + THREADS * perThread);
    }

    @Test
    @DisplayName("sessions recording the same order at once all get its one id, and it is recorded once")
    void theSameOrderRecordedAtOnceIsOnePurchase() throws Exception {
        CrmSession owner = fixtures.rep(tenant, "u-1");
        CustomerId customer = owner.customers().create(ServiceFixtures.newCustomer("Buyer"));
        RecordPurchase order = new RecordPurchase(customer, "SO-RACE-1", LocalDate.of(2026, 11, 20),
                Money.of("1280.00", "CNY"));
        List<Object> outcomes = atOnce(i -> () -> fixtures.rep(tenant, "u-1").purchases().record(order));

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(PurchaseId.class));
        assertThat(outcomes.stream().distinct()).hasSize(1);
        List<Purchase> recorded = owner.purchases().of(customer);
        assertThat(recorded).singleElement().satisfies(p -> assertThat(p.id()).isEqualTo(outcomes.get(0)));
        assertThat(owner.customers().history(customer, PageRequest.first(50)).items())
                .filteredOn(e -> e.action().equals("purchase.recorded")).hasSize(1);
    }

    @Test
    @DisplayName("sessions recording one order reference at once with different contents: one is recorded, the rest conflict")
    void oneReferenceWithDifferentContentsAtOnceRecordsOne() throws Exception {
        CrmSession owner = fixtures.rep(tenant, "u-1");
        CustomerId customer = owner.customers().create(ServiceFixtures.newCustomer("Buyer"));
        List<Object> outcomes = atOnce(i -> () -> fixtures.rep(tenant, "u-1").purchases().record(new RecordPurchase(
                customer, "SO-RACE-2", LocalDate.of(2026, 11, 20), Money.of((100 + i) + ".00", "CNY"))));

        assertThat(outcomes).filteredOn(o -> o instanceof PurchaseId).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof ConflictException).hasSize(THREADS - 1);
        PurchaseId winner = (PurchaseId) outcomes.stream().filter(o -> o instanceof PurchaseId).findFirst().orElseThrow();
        assertThat(owner.purchases().of(customer)).singleElement().satisfies(p -> assertThat(p.id()).isEqualTo(winner));
    }

    /**
     * Runs {@link #THREADS} calls released at the same moment.
     *
     * @return each call's result, or the {@link ConflictException} it threw, in call order
     */
    private List<Object> atOnce(Function<Integer, Callable<Object>> call) throws Exception {
        return AtOnce.run(THREADS, i -> {
            Callable<Object> c = call.apply(i);
            return () -> {
                try {
                    return c.call();
                } catch (ConflictException e) {
                    return e;
                }
            };
        });
    }
}
