package io.crmkit.jdbc;

import io.crmkit.customer.Customer;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.Customers;
import io.crmkit.shared.ConflictException;
import io.crmkit.shared.NotFoundException;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link Customers} on the {@code customer} tables. */
final class JdbcCustomers implements Customers {
    private final JdbcTransaction tx;
    private final String tenant;

    JdbcCustomers(JdbcTransaction tx) {
        this.tx = tx;
        this.tenant = tx.tenant().value();
    }

    @Override
    public void insert(Customer customer) {
        try {
            new CustomerWriter(tx.connection(), tenant).insert(customer);
        } catch (SQLException e) {
            if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw ConflictException.alreadyExists("customer", customer.id().toString());
            }
            throw Sql.failure("inserting customer " + customer.id(), e);
        }
    }

    @Override
    public void update(Customer customer, long expectedVersion) {
        try {
            if (!new CustomerWriter(tx.connection(), tenant).update(customer, expectedVersion)) {
                long actual = version(customer.id())
                        .orElseThrow(() -> new NotFoundException("customer", customer.id().toString()));
                throw ConflictException.staleVersion("customer", customer.id().toString(), expectedVersion, actual);
            }
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
        Connection c = tx.connection();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CustomerReader.COLUMNS
                + " FROM customer c WHERE c.tenant_id = ? AND c.id = ?")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return new CustomerReader(c, tenant).readAll(rs, 1).stream().findFirst();
            }
        } catch (SQLException e) {
            throw Sql.failure("reading customer " + id, e);
        }
    }

    @Override
    public Page<Customer> search(CustomerQuery query, PageRequest page) {
        CustomerSearchSql sql = new CustomerSearchSql(tenant, query);
        String select = sql.select(query, page);
        Connection c = tx.connection();
        try (PreparedStatement ps = c.prepareStatement(select)) {
            sql.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<Customer> rows = new CustomerReader(c, tenant).readAll(rs, page.size());
                boolean more = rows.size() == page.size() && rs.next();
                Optional<String> next = more ? Optional.of(query.sort().cursorAfter(rows.get(rows.size() - 1)))
                        : Optional.empty();
                return new Page<>(rows, next);
            }
        } catch (SQLException e) {
            throw Sql.failure("searching customers", e);
        }
    }

    @Override
    public long count(CustomerQuery query) {
        CustomerSearchSql sql = new CustomerSearchSql(tenant, query);
        try (PreparedStatement ps = tx.connection().prepareStatement(sql.count())) {
            sql.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw Sql.failure("counting customers", e);
        }
    }
}
