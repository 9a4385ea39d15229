package io.crmkit.jdbc.customer;

import io.crmkit.access.Visibility;
import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.Customers;
import io.crmkit.jdbc.internal.ByIds;
import io.crmkit.jdbc.internal.JdbcTransaction;
import io.crmkit.jdbc.internal.Sql;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Customers} on the {@code customer} tables, bound to one transaction and tenant. */
final class JdbcCustomers implements Customers {
    private static final String ENTITY = Customer.ENTITY_TYPE;
    private final JdbcTransaction tx;
    private final String tenant;

    JdbcCustomers(JdbcTransaction tx) {
        this.tx = tx;
        this.tenant = tx.tenant().value();
    }

    @Override
    public void insert(Customer customer) {
        new CustomerWriter(tx).insert(customer);
    }

    @Override
    public void update(Customer customer, long expectedVersion) {
        try {
            if (new CustomerWriter(tx).update(customer, expectedVersion)) {
                return;
            }
            // Nothing matched: tell a missing customer from a stale version. The row may have
            // changed since the UPDATE, but any version read now differs from the expected one
            // (versions only grow), so the conflict is reported truthfully either way.
            Optional<Long> actual = version(customer.id());
            if (actual.isEmpty()) {
                throw new NotFoundException(ENTITY, customer.id().toString());
            }
            throw ConflictException.staleVersion(ENTITY, customer.id().toString(), expectedVersion, actual.get());
        } catch (SQLException e) {
            throw Sql.failure("updating customer " + customer.id(), e);
        }
    }

    private Optional<Long> version(CustomerId id) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT version FROM customer WHERE tenant_id = ? AND id = ?")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        try {
            return new CustomerReader(tx.connection(), tx.dialect(), tenant).find(id.value());
        } catch (SQLException e) {
            throw Sql.failure("reading customer " + id, e);
        }
    }

    @Override
    public Map<CustomerId, Customer> find(Collection<CustomerId> ids) {
        Connection c = tx.connection();
        try {
            List<CustomerReader.Row> rows = new ArrayList<>(ids.size());
            ByIds.forEach(c, tx.dialect(), tenant, "SELECT " + CustomerReader.COLUMNS + " FROM customer c", "id", "id",
                    ids.stream().map(CustomerId::value).distinct().toList(), rs -> rows.add(CustomerReader.row(rs)));
            Map<CustomerId, Customer> out = new HashMap<>();
            for (Customer customer : new CustomerReader(c, tx.dialect(), tenant).complete(rows)) {
                out.put(customer.id(), customer);
            }
            return out;
        } catch (SQLException e) {
            throw Sql.failure("reading " + ids.size() + " customers", e);
        }
    }

    @Override
    public Page<Customer> search(CustomerQuery query, Visibility visibility, PageRequest page) {
        CustomerSearchSql sql = new CustomerSearchSql(tx.dialect(), tenant, query, visibility);
        String select = sql.select(query, page);
        Connection c = tx.connection();
        try {
            List<CustomerReader.Row> rows;
            try (PreparedStatement ps = tx.dialect().prepareValueDependent(c, select)) {
                sql.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rows = CustomerReader.rows(rs);
                }
            }
            boolean more = rows.size() > page.size();
            List<Customer> items = new CustomerReader(c, tx.dialect(), tenant).complete(more ? rows.subList(0, page.size()) : rows);
            Optional<String> next = more ? Optional.of(query.sort().cursorAfter(items.get(items.size() - 1)))
                    : Optional.empty();
            return new Page<>(items, next);
        } catch (SQLException e) {
            throw Sql.failure("searching customers", e);
        }
    }

    @Override
    public long count(CustomerQuery query, Visibility visibility) {
        CustomerSearchSql sql = new CustomerSearchSql(tx.dialect(), tenant, query, visibility);
        try (PreparedStatement ps = tx.dialect().prepareValueDependent(tx.connection(), sql.count())) {
            sql.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw Sql.failure("counting customers", e);
        }
    }

    @Override
    public void recordContact(CustomerId id, Instant at) {
        // Keep the latest: update only when later; insert when there is no row yet. INSERT … SELECT
        // FROM customer also proves the customer exists without an error that would abort a
        // PostgreSQL transaction.
        try (PreparedStatement update = tx.connection().prepareStatement("UPDATE customer_activity SET last_contact_at = ?"
                + " WHERE tenant_id = ? AND customer_id = ? AND last_contact_at < ?")) {
            Sql.instant(update, 1, at);
            update.setString(2, tenant);
            Sql.uuid(update, 3, id.value());
            Sql.instant(update, 4, at);
            if (update.executeUpdate() == 1) {
                return;
            }
        } catch (SQLException e) {
            throw Sql.failure("recording a contact", e);
        }
        try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO customer_activity (tenant_id,"
                + " customer_id, last_contact_at) SELECT c.tenant_id, c.id, ? FROM customer c WHERE c.tenant_id = ?"
                + " AND c.id = ? AND NOT EXISTS (SELECT 1 FROM customer_activity a WHERE a.tenant_id = c.tenant_id"
                + " AND a.customer_id = c.id)")) {
            Sql.instant(insert, 1, at);
            insert.setString(2, tenant);
            Sql.uuid(insert, 3, id.value());
            if (insert.executeUpdate() == 0 && find(id).isEmpty()) {
                throw new NotFoundException(Customer.ENTITY_TYPE, id.toString());
            }
        } catch (SQLException e) {
            throw Sql.failure("recording a contact", e);
        }
    }

    @Override
    public Optional<Instant> lastContact(CustomerId id) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "SELECT last_contact_at FROM customer_activity WHERE tenant_id = ? AND customer_id = ?")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Sql.instant(rs, 1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Sql.failure("reading the last contact", e);
        }
    }

    @Override
    public Map<CustomerId, Instant> lastContacts(Collection<CustomerId> ids) {
        if (ids.size() > 1000) {
            throw new IllegalArgumentException("read the contacts of at most 1,000 customers at once, not " + ids.size());
        }
        Map<CustomerId, Instant> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<CustomerId> list = List.copyOf(ids);
        try {
            ByIds.forEach(tx.connection(), tx.dialect(), tenant, "SELECT customer_id, last_contact_at FROM customer_activity",
                    "customer_id", "customer_id", list.stream().map(CustomerId::value).toList(),
                    rs -> out.put(new CustomerId(Sql.uuid(rs, 1)), Sql.instant(rs, 2)));
            return out;
        } catch (SQLException e) {
            throw Sql.failure("reading last contacts", e);
        }
    }
}
