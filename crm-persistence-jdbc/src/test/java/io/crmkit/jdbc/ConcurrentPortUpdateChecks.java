package io.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.customer.CustomFieldValue;
import io.crmkit.customer.Customer;
import io.crmkit.customer.Customers;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.TenantId;
import io.crmkit.kit.ContractFixtures;
import io.crmkit.storage.Storage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Many threads writing one customer straight through the {@code Customers} port, each in its
 * own transaction on its own connection: the database's row lock and the version check
 * together let exactly one writer per version through.
 */
abstract class ConcurrentPortUpdateChecks {
    private static final int THREADS = 12;
    private Storage storage;
    private TenantId tenant;

    protected abstract TestStorages.TestDatabase database();

    @BeforeEach
    void setUp() {
        storage = database().storage();
        tenant = ContractFixtures.freshTenant();
    }

    private Customer find(Customer c) {
        return storage.inTransaction(tenant, tx -> tx.port(Customers.class).find(c.id())).orElseThrow();
    }

    @Test
    @DisplayName("of many updates from the same version, exactly one wins; the others conflict and write nothing")
    void exactlyOneWins() throws Exception {
        Customer start = ContractFixtures.full("contended");
        storage.inTransaction(tenant, tx -> {
            tx.port(Customers.class).insert(start);
            return null;
        });
        CountDownLatch go = new CountDownLatch(1);
        ConcurrentLinkedQueue<Customer> winners = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<ConflictException> conflicts = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Customer mine = ContractFixtures.changed(start, "region-" + i);
                done.add(pool.submit(() -> {
                    go.await();
                    try {
                        storage.inTransaction(tenant, tx -> {
                            tx.port(Customers.class).update(mine, 1);
                            return null;
                        });
                        winners.add(mine);
                    } catch (ConflictException e) {
                        conflicts.add(e);
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
        assertThat(winners).hasSize(1);
        assertThat(conflicts).hasSize(THREADS - 1).allSatisfy(e -> {
            assertThat(e.expectedVersion()).isEqualTo(1);
            assertThat(e.actualVersion()).isEqualTo(2);
        });
        assertThat(find(start)).isEqualTo(winners.peek());
    }

    @Test
    @DisplayName("read-modify-write with retry on conflict loses no update")
    void noLostUpdate() throws Exception {
        int perThread = 10;
        Customer start = ContractFixtures.minimal("counter");
        storage.inTransaction(tenant, tx -> {
            tx.port(Customers.class).insert(start);
            return null;
        });
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        while (!increment(start)) {
                            Thread.onSpinWait();
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
        Customer end = find(start);
        assertThat(end.details().customFields().get("count")).isEqualTo(CustomFieldValue.integer(THREADS * perThread));
        assertThat(end.version()).isEqualTo(1 + THREADS * perThread);
    }

    /** One read-modify-write in one transaction; {@code false} if another writer came first. */
    private boolean increment(Customer start) {
        try {
            storage.inTransaction(tenant, tx -> {
                Customer c = tx.port(Customers.class).find(start.id()).orElseThrow();
                long count = Optional.ofNullable((CustomFieldValue.Whole) c.details().customFields().get("count"))
                        .map(CustomFieldValue.Whole::value).orElse(0L);
                Customer next = new Customer(c.id(), c.details().toBuilder()
                        .customField("count", CustomFieldValue.integer(count + 1)).build(), c.contacts(), c.owner(),
                        c.lifecycleStatus(), c.createdAt(), c.createdBy(), c.updatedAt(), c.version() + 1);
                tx.port(Customers.class).update(next, c.version());
                return null;
            });
            return true;
        } catch (ConflictException e) {
            return false;
        }
    }
}
