package io.crmkit.kit;

import static io.crmkit.kit.ContractFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.access.Visibility;
import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.AuditTrail;
import io.crmkit.customer.CustomFieldValue;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.Customers;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.InvalidStateException;
import io.crmkit.shared.PageRequest;
import io.crmkit.storage.Storage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The transaction boundary of {@link Storage}: the work's result returned and its writes
 * committed; on any throw every write of every port undone and the same throwable rethrown;
 * and optimistic locking that holds when transactions on many threads race.
 *
 * <p>Subclass it and implement {@link #storage()}.
 */
public abstract class TransactionContract {
    private static final int THREADS = 8;
    private TenantScope scope;

    /** Creates the contract. */
    protected TransactionContract() {
    }

    /**
     * The storage under test. It may be shared between tests and may hold other data: every
     * test works in a fresh tenant.
     *
     * @return the storage; the contract never closes it
     */
    protected abstract Storage storage();

    /** Takes the storage and a fresh tenant before each test. */
    @BeforeEach
    void setUpScope() {
        scope = TenantScope.fresh(storage());
    }

    private List<AuditEntry> history(Customer c) {
        return scope.historyAll("customer", c.id().toString(), 100);
    }

    /** The storage's ports, checked with every adapter that runs this contract. */
    @Nested
    @DisplayName("ports")
    class Ports extends PortsContract {
        @Override
        protected Storage storage() {
            return TransactionContract.this.storage();
        }
    }

    /** Committing. */
    @Nested
    @DisplayName("committing")
    class Committing {

        @Test
        @DisplayName("returns the work's result and commits what it wrote to every port")
        void commits() {
            Customer c = ContractFixtures.full("A");
            AuditEntry e = ContractFixtures.audit(c.id().toString(), T0);
            OutboxMessage m = ContractFixtures.message(c.id().toString(), T0);
            String result = scope.tx(t -> {
                t.port(Customers.class).insert(c);
                t.port(AuditTrail.class).record(e);
                t.port(Outbox.class).append(m);
                return "done";
            });
            assertThat(result).isEqualTo("done");
            assertThat(scope.find(c.id())).contains(c);
            assertThat(history(c)).containsExactly(e);
            assertThat(scope.pending(10)).containsExactly(m);
        }

        @Test
        @DisplayName("lets the work read its own writes before it commits")
        void readsItsOwnWrites() {
            Customer c = ContractFixtures.full("A");
            AuditEntry e = ContractFixtures.audit(c.id().toString(), T0);
            OutboxMessage m = ContractFixtures.message(c.id().toString(), T0);
            List<Object> seen = scope.tx(t -> {
                t.port(Customers.class).insert(c);
                t.port(AuditTrail.class).record(e);
                t.port(Outbox.class).append(m);
                return List.of(t.port(Customers.class).find(c.id()), t.port(Customers.class).count(CustomerQuery.all(), Visibility.wholeTenant()),
                        t.port(Customers.class).search(CustomerQuery.all(), Visibility.wholeTenant(), PageRequest.first(5)).items(),
                        t.port(AuditTrail.class).history("customer", c.id().toString(), PageRequest.first(5)).items(),
                        t.port(Outbox.class).pending(5), t.tenant());
            });
            assertThat(seen).containsExactly(Optional.of(c), 1L, List.of(c), List.of(e), List.of(m), scope.tenant());
        }
    }

    /** Rolling back. */
    @Nested
    @DisplayName("rolling back")
    class RollingBack {

        @Test
        @DisplayName("a throw undoes the customer, its audit entry and its event, and the same exception comes out")
        void undoesEveryPort() {
            Customer c = ContractFixtures.full("A");
            InvalidStateException boom = new InvalidStateException("boom");
            assertThatThrownBy(() -> scope.tx(t -> {
                t.port(Customers.class).insert(c);
                t.port(AuditTrail.class).record(ContractFixtures.audit(c.id().toString(), c.createdAt()));
                t.port(Outbox.class).append(ContractFixtures.message(c.id().toString(), c.createdAt()));
                throw boom;
            })).isSameAs(boom);
            assertThat(scope.find(c.id())).isEmpty();
            assertThat(scope.count(CustomerQuery.all())).isZero();
            assertThat(history(c)).isEmpty();
            assertThat(scope.pending(5)).isEmpty();
        }

        @Test
        @DisplayName("a throw undoes updates and inserts alike, leaving what earlier transactions committed")
        void undoesUpdatesAndKeepsEarlierCommits() {
            Customer a = ContractFixtures.full("A");
            AuditEntry committed = ContractFixtures.audit(a.id().toString(), T0);
            OutboxMessage sent = ContractFixtures.message(a.id().toString(), T0);
            scope.tx(t -> {
                t.port(Customers.class).insert(a);
                t.port(AuditTrail.class).record(committed);
                t.port(Outbox.class).append(sent);
                return null;
            });
            Customer b = ContractFixtures.minimal("B");
            assertThatThrownBy(() -> scope.tx(t -> {
                t.port(Customers.class).update(ContractFixtures.changed(a, "west"), 1);
                t.port(Customers.class).update(ContractFixtures.changed(ContractFixtures.changed(a, "west"), "south"), 2);
                t.port(Customers.class).insert(b);
                t.port(AuditTrail.class).record(ContractFixtures.audit(a.id().toString(), T0.plusSeconds(1)));
                t.port(Outbox.class).append(ContractFixtures.message(a.id().toString(), T0.plusSeconds(1)));
                throw new InvalidStateException("after the writes");
            })).isInstanceOf(InvalidStateException.class);
            assertThat(scope.find(a.id())).contains(a);
            assertThat(scope.find(b.id())).isEmpty();
            assertThat(history(a)).containsExactly(committed);
            assertThat(scope.pending(10)).containsExactly(sent);
        }

        @Test
        @DisplayName("a port's own failure mid-way undoes the writes before it")
        void undoesWritesBeforeAPortFailure() {
            Customer a = ContractFixtures.minimal("A");
            scope.insert(a);
            Customer b = ContractFixtures.minimal("B");
            assertThatThrownBy(() -> scope.tx(t -> {
                t.port(Customers.class).insert(b);
                t.port(Outbox.class).append(ContractFixtures.message(b.id().toString(), T0));
                t.port(Customers.class).insert(a);
                return null;
            })).isInstanceOf(ConflictException.class);
            assertThat(scope.find(b.id())).isEmpty();
            assertThat(scope.pending(5)).isEmpty();
            assertThat(scope.count(CustomerQuery.all())).isEqualTo(1);
        }

        @Test
        @DisplayName("an Error rolls back too, and the same Error comes out")
        void undoesOnError() {
            Customer c = ContractFixtures.minimal("A");
            StackOverflowError error = new StackOverflowError("deep");
            assertThatThrownBy(() -> scope.tx(t -> {
                t.port(Customers.class).insert(c);
                throw error;
            })).isSameAs(error);
            assertThat(scope.find(c.id())).isEmpty();
        }

        @Test
        @DisplayName("leaves the storage usable after many failed transactions")
        void staysUsableAfterFailures() {
            for (int i = 0; i < 20; i++) {
                Customer c = ContractFixtures.minimal("failed " + i);
                assertThatThrownBy(() -> scope.tx(t -> {
                    t.port(Customers.class).insert(c);
                    throw new InvalidStateException("no");
                })).isInstanceOf(InvalidStateException.class);
            }
            Customer ok = ContractFixtures.minimal("ok");
            scope.insert(ok);
            assertThat(scope.count(CustomerQuery.all())).isEqualTo(1);
            assertThat(scope.find(ok.id())).contains(ok);
        }
    }

    /** Racing transactions. */
    @Nested
    @DisplayName("racing transactions")
    class Racing {

        /** Runs the tasks on their own threads, all released at once; waits for every one. */
        private <T> List<T> race(List<Callable<T>> tasks) throws Exception {
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
            try {
                List<Future<T>> futures = new ArrayList<>();
                for (Callable<T> task : tasks) {
                    futures.add(pool.submit(() -> {
                        go.await();
                        return task.call();
                    }));
                }
                go.countDown();
                List<T> results = new ArrayList<>();
                for (Future<T> f : futures) {
                    results.add(f.get(60, TimeUnit.SECONDS));
                }
                return results;
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        @DisplayName("of many transactions updating from the same version, exactly one wins; the rest conflict and write nothing")
        void exactlyOneUpdateWins() throws Exception {
            Customer start = ContractFixtures.full("contended");
            scope.insert(start);
            ConcurrentLinkedQueue<Customer> winners = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<ConflictException> conflicts = new ConcurrentLinkedQueue<>();
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Customer mine = ContractFixtures.changed(start, "region-" + i);
                tasks.add(() -> {
                    try {
                        scope.update(mine, 1);
                        winners.add(mine);
                    } catch (ConflictException e) {
                        conflicts.add(e);
                    }
                    return null;
                });
            }
            race(tasks);
            assertThat(winners).hasSize(1);
            assertThat(conflicts).hasSize(THREADS - 1).allSatisfy(e -> {
                assertThat(e.expectedVersion()).isEqualTo(1);
                assertThat(e.actualVersion()).isEqualTo(2);
            });
            assertThat(scope.find(start.id())).contains(winners.peek());
        }

        @Test
        @DisplayName("of many transactions inserting the same id, exactly one succeeds; the rest conflict")
        void exactlyOneInsertWins() throws Exception {
            Customer template = ContractFixtures.minimal("first");
            ConcurrentLinkedQueue<Customer> winners = new ConcurrentLinkedQueue<>();
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Customer mine = ContractFixtures.withDetails(template,
                        template.details().toBuilder().name("insert " + i).build());
                tasks.add(() -> {
                    try {
                        scope.insert(mine);
                        winners.add(mine);
                        return true;
                    } catch (ConflictException e) {
                        return false;
                    }
                });
            }
            assertThat(race(tasks)).filteredOn(won -> won).hasSize(1);
            assertThat(scope.find(template.id())).contains(winners.peek());
            assertThat(scope.count(CustomerQuery.all())).isEqualTo(1);
        }

        @Test
        @DisplayName("read-modify-write with a retry on conflict loses no update")
        void losesNoUpdate() throws Exception {
            int perThread = 5;
            Customer start = ContractFixtures.minimal("counter");
            scope.insert(start);
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                tasks.add(() -> {
                    for (int n = 0; n < perThread; n++) {
                        while (!increment(start)) {
                            Thread.onSpinWait();
                        }
                    }
                    return null;
                });
            }
            race(tasks);
            Customer end = scope.find(start.id()).orElseThrow();
            assertThat(end.details().customFields().get("count")).isEqualTo(CustomFieldValue.integer(THREADS * perThread));
            assertThat(end.version()).isEqualTo(1 + THREADS * perThread);
        }

        /** One read-modify-write in one transaction; {@code false} if another writer came first. */
        private boolean increment(Customer start) {
            try {
                scope.tx(t -> {
                    Customer c = t.port(Customers.class).find(start.id()).orElseThrow();
                    long count = Optional.ofNullable((CustomFieldValue.Whole) c.details().customFields().get("count"))
                            .map(CustomFieldValue.Whole::value).orElse(0L);
                    Customer next = ContractFixtures.nextVersion(c, c.details().toBuilder()
                            .customField("count", CustomFieldValue.integer(count + 1)).build(), c.contacts());
                    t.port(Customers.class).update(next, c.version());
                    return null;
                });
                return true;
            } catch (ConflictException e) {
                return false;
            }
        }
    }
}
