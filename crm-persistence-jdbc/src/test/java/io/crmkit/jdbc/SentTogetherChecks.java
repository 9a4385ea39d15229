package io.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.audit.AuditEntry;
import io.crmkit.audit.AuditTrail;
import io.crmkit.audit.FieldChange;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.Customers;
import io.crmkit.jdbc.internal.PendingWritesLimit;
import io.crmkit.jdbc.internal.QueriesTogether;
import io.crmkit.kit.ContractFixtures;
import io.crmkit.outbox.Outbox;
import io.crmkit.outbox.OutboxMessage;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.storage.Storage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Statements sent together: writes that wait ({@code PendingWrites}) — what a unit of work
 * reads sees them, a unique-key violation among them is the conflict of the write that caused
 * it — and queries grouped ({@link QueriesTogether}). On PostgreSQL a customer's create goes to
 * the server as one execution and its view as two. Executions are counted on a host connection
 * wrapped to count them (the database itself is real).
 */
abstract class SentTogetherChecks {
    private final AtomicInteger executions = new AtomicInteger();
    private Storage own;
    private Connection host;
    private JdbcStorage counted;
    private TenantId tenant;

    protected abstract TestStorages.TestDatabase database();

    /** @return whether the database gets statements together (PostgreSQL) or one by one (H2) */
    protected abstract boolean together();

    /** The executions of statements that go together where the database allows, else one by one. */
    private int executions(int together, int oneByOne) {
        return together() ? together : oneByOne;
    }

    @BeforeEach
    void open() throws SQLException {
        own = database().storage();
        host = database().connect();
        host.setAutoCommit(false);
        Connection counting = counting(host);
        counted = JdbcStorage.connectionProvider(() -> counting);
        tenant = ContractFixtures.freshTenant();
    }

    @AfterEach
    void close() throws SQLException {
        if (host != null) {
            host.rollback();
            host.close();
        }
    }

    @Test
    @DisplayName("a customer's create with its audit entry and event is sent as one execution on PostgreSQL")
    void sendsACreateTogether() {
        Customer c = ContractFixtures.full("together");
        AuditEntry entry = ContractFixtures.audit(c.id().toString(), c.createdAt());
        assertThat(entry.changes()).isNotEmpty();
        executions.set(0);
        counted.inTransaction(tenant, tx -> {
            tx.port(Customers.class).insert(c);
            tx.port(AuditTrail.class).record(entry);
            tx.port(Outbox.class).append(ContractFixtures.message(c.id().toString(), c.createdAt()));
            return null;
        });
        // customer, contacts, need tags, custom fields, audit entry, its changes, outbox message
        assertThat(executions.get()).isEqualTo(executions(1, 7));
        assertThat(find(counted, c.id())).contains(c);
        assertThat(history(counted, c.id().toString())).containsExactly(entry);
    }

    @Test
    @DisplayName("a customer's view (the customer with its children, then a page of history) is two executions on PostgreSQL")
    void readsAViewInTwoExecutions() {
        Customer c = ContractFixtures.full("viewed");
        AuditEntry older = ContractFixtures.audit(c.id().toString(), c.createdAt());
        AuditEntry newer = ContractFixtures.audit(c.id().toString(), c.createdAt().plusSeconds(1));
        counted.inTransaction(tenant, tx -> {
            tx.port(Customers.class).insert(c);
            tx.port(AuditTrail.class).record(older);
            tx.port(AuditTrail.class).record(newer);
            return null;
        });
        executions.set(0);
        var read = counted.inTransaction(tenant, tx -> Map.entry(tx.port(Customers.class).find(c.id()),
                tx.port(AuditTrail.class).history("customer", c.id().toString(), PageRequest.first(1))));
        // H2: the customer row, contacts, need tags, custom fields; the entries; each shown entry's changes
        assertThat(executions.get()).isEqualTo(executions(2, 4 + 1 + 1));
        assertThat(read.getKey()).contains(c);
        assertThat(read.getValue().items()).containsExactly(newer);
        assertThat(read.getValue().next()).isPresent();
        List<AuditEntry> rest = counted.inTransaction(tenant, tx -> tx.port(AuditTrail.class).history("customer",
                c.id().toString(), PageRequest.after(5, read.getValue().next().get())).items());
        assertThat(rest).containsExactly(older);
        assertThat(find(counted, new CustomerId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    @DisplayName("reads in the same unit of work see the writes still pending")
    void readsSeePendingWrites() {
        Customer c = ContractFixtures.full("read back");
        AuditEntry entry = ContractFixtures.audit(c.id().toString(), c.createdAt());
        OutboxMessage message = ContractFixtures.message(c.id().toString(), c.createdAt());
        counted.inTransaction(tenant, tx -> {
            tx.port(Customers.class).insert(c);
            assertThat(tx.port(Customers.class).find(c.id())).contains(c);
            tx.port(AuditTrail.class).record(entry);
            assertThat(tx.port(AuditTrail.class).history("customer", c.id().toString(), PageRequest.first(5)).items())
                    .containsExactly(entry);
            tx.port(Outbox.class).append(message);
            assertThat(tx.port(Outbox.class).pending(10)).containsExactly(message);
            return null;
        });
    }

    @Test
    @DisplayName("a customer id taken already is the customer's conflict, and nothing of the unit of work is stored")
    void duplicateCustomerAmongPendingWrites() {
        Customer first = ContractFixtures.minimal("first");
        own.inTransaction(tenant, tx -> {
            tx.port(Customers.class).insert(first);
            return null;
        });
        Customer second = ContractFixtures.withId(ContractFixtures.minimal("second"), first.id());
        OutboxMessage message = ContractFixtures.message(first.id().toString(), first.createdAt());
        assertThatThrownBy(() -> own.inTransaction(tenant, tx -> {
            tx.port(AuditTrail.class).record(ContractFixtures.audit(first.id().toString(), first.createdAt()));
            tx.port(Customers.class).insert(second);
            tx.port(Outbox.class).append(message);
            return null;
        })).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.entityType()).isEqualTo("customer");
            assertThat(e.entityId()).isEqualTo(first.id().toString());
        });
        assertThat(find(own, first.id())).contains(first);
        assertThat(history(own, first.id().toString())).isEmpty();
        assertThat(pending(own)).isEmpty();
    }

    @Test
    @DisplayName("an outbox message id taken already is the outbox's conflict, even sent with a new customer")
    void duplicateMessageAmongPendingWrites() {
        Customer c = ContractFixtures.minimal("new");
        OutboxMessage message = ContractFixtures.message("elsewhere", ContractFixtures.T0);
        own.inTransaction(tenant, tx -> {
            tx.port(Outbox.class).append(message);
            return null;
        });
        assertThatThrownBy(() -> own.inTransaction(tenant, tx -> {
            tx.port(Customers.class).insert(c);
            tx.port(AuditTrail.class).record(ContractFixtures.audit(c.id().toString(), c.createdAt()));
            tx.port(Outbox.class).append(message);
            return null;
        })).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.entityType()).isEqualTo("outbox message");
            assertThat(e.entityId()).isEqualTo(message.id().toString());
        });
        assertThat(find(own, c.id())).isEmpty();
        assertThat(history(own, c.id().toString())).isEmpty();
        assertThat(pending(own)).containsExactly(message);
    }

    @Test
    @DisplayName("two inserts of one customer id in one unit of work: the second is the conflict")
    void duplicateCustomerWithinOneUnitOfWork() {
        Customer first = ContractFixtures.minimal("first");
        Customer second = ContractFixtures.withId(ContractFixtures.minimal("second"), first.id());
        assertThatThrownBy(() -> own.inTransaction(tenant, tx -> {
            tx.port(Customers.class).insert(first);
            tx.port(Customers.class).insert(second);
            return null;
        })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.entityType()).isEqualTo("customer"));
        assertThat(find(own, first.id())).isEmpty();
    }

    @Test
    @DisplayName("more pending statements than one text holds are all sent, in order")
    void manyPendingWrites() {
        String entity = UUID.randomUUID().toString();
        int entries = PendingWritesLimit.MOST_STATEMENTS + 37;
        List<AuditEntry> recorded = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            recorded.add(ContractFixtures.audit(ContractFixtures.id(), "customer", entity,
                    ContractFixtures.T0.plusSeconds(i), List.of(new FieldChange("n", Optional.empty(), Optional.of("" + i)),
                            new FieldChange("m", Optional.of("" + i), Optional.empty()))));
        }
        counted.inTransaction(tenant, tx -> {
            recorded.forEach(tx.port(AuditTrail.class)::record);
            return null;
        });
        List<AuditEntry> read = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            PageRequest page = after.map(a -> PageRequest.after(100, a)).orElse(PageRequest.first(100));
            var p = counted.inTransaction(tenant, tx -> tx.port(AuditTrail.class).history("customer", entity, page));
            read.addAll(p.items());
            after = p.next();
        } while (after.isPresent());
        assertThat(read).hasSize(entries);
        Collections.reverse(recorded);
        assertThat(read).containsExactlyElementsOf(recorded);
    }

    private Optional<Customer> find(Storage s, CustomerId id) {
        return s.inTransaction(tenant, tx -> tx.port(Customers.class).find(id));
    }

    private List<AuditEntry> history(Storage s, String customerId) {
        return s.inTransaction(tenant, tx -> tx.port(AuditTrail.class).history("customer", customerId, PageRequest.first(5)).items());
    }

    private List<OutboxMessage> pending(Storage s) {
        return s.inTransaction(tenant, tx -> tx.port(Outbox.class).pending(10));
    }

    /** The connection, with every statement execution counted. */
    private Connection counting(Connection target) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof PreparedStatement ps) {
                        return countingStatement(ps);
                    }
                    return result;
                });
    }

    private PreparedStatement countingStatement(PreparedStatement target) {
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("execute")) {
                        executions.incrementAndGet();
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
