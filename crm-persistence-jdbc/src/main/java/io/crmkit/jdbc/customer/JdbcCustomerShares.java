package io.crmkit.jdbc.customer;

import io.crmkit.access.Grantee;
import io.crmkit.access.ShareAccess;
import io.crmkit.customer.CustomerId;
import io.crmkit.customer.CustomerShare;
import io.crmkit.customer.CustomerShares;
import io.crmkit.jdbc.internal.JdbcTransaction;
import io.crmkit.jdbc.internal.Sql;
import io.crmkit.shared.UserId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link CustomerShares} on {@code customer_share}. Replacing a share is a delete and an
 * insert of its primary key in one transaction: portable across the dialects (no MERGE or
 * ON CONFLICT), and the row is locked by the delete for the rest of the transaction.
 */
final class JdbcCustomerShares implements CustomerShares {
    private final JdbcTransaction tx;
    private final String tenant;

    JdbcCustomerShares(JdbcTransaction tx) {
        this.tx = tx;
        this.tenant = tx.tenant().value();
    }

    @Override
    public void put(CustomerShare share) {
        remove(share.customerId(), share.grantee());
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO customer_share"
                + " (tenant_id, customer_id, grantee, access, until_at, shared_by, shared_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, share.customerId().value());
            ps.setString(3, share.grantee().key());
            ps.setString(4, share.access().name());
            if (share.until().isPresent()) {
                Sql.instant(ps, 5, share.until().get());
            } else {
                ps.setNull(5, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            }
            ps.setString(6, share.sharedBy().value());
            Sql.instant(ps, 7, share.sharedAt());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure("sharing a customer", e);
        }
    }

    @Override
    public boolean remove(CustomerId customer, Grantee grantee) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "DELETE FROM customer_share WHERE tenant_id = ? AND customer_id = ? AND grantee = ?")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, customer.value());
            ps.setString(3, grantee.key());
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw Sql.failure("revoking a customer share", e);
        }
    }

    @Override
    public List<CustomerShare> of(CustomerId customer) {
        try (PreparedStatement ps = tx.connection().prepareStatement("SELECT grantee, access, until_at, shared_by,"
                + " shared_at FROM customer_share WHERE tenant_id = ? AND customer_id = ?")) {
            ps.setString(1, tenant);
            Sql.uuid(ps, 2, customer.value());
            List<CustomerShare> shares = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    shares.add(new CustomerShare(customer, Grantee.parse(rs.getString(1)),
                            ShareAccess.valueOf(rs.getString(2)), Optional.ofNullable(rs.getObject(3, OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                            UserId.of(rs.getString(4)), Sql.instant(rs, 5)));
                }
            }
            // Sorted here, not by ORDER BY: the database's collation need not be code-point order.
            shares.sort(Comparator.comparing(sh -> sh.grantee().key()));
            return shares;
        } catch (SQLException e) {
            throw Sql.failure("reading a customer's shares", e);
        }
    }
}
