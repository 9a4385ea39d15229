package io.crmkit.jdbc.schedule;

import io.crmkit.jdbc.internal.JdbcTransaction;
import io.crmkit.jdbc.internal.Sql;
import io.crmkit.schedule.JobTenants;
import io.crmkit.shared.Cursor;
import io.crmkit.shared.Page;
import io.crmkit.shared.PageRequest;
import io.crmkit.shared.TenantId;
import io.crmkit.shared.ValidationException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link JobTenants} on {@code customer}: the distinct tenant ids, one range of {@code customer_pk}
 * after the cursor. Deliberately not bound to its transaction's tenant (the port's one
 * cross-tenant statement); it reads only {@code tenant_id}.
 */
final class JdbcJobTenants implements JobTenants {
    private static final String AFTER = "page.after";

    private final JdbcTransaction tx;

    JdbcJobTenants(JdbcTransaction tx) {
        this.tx = tx;
    }

    @Override
    public Page<TenantId> withCustomers(PageRequest page) {
        Optional<String> after = page.after().map(JdbcJobTenants::tenantKey);
        String sql = "SELECT DISTINCT tenant_id FROM customer" + (after.isPresent() ? " WHERE tenant_id > ?" : "")
                + " ORDER BY tenant_id LIMIT ?";
        try (PreparedStatement ps = tx.dialect().prepareValueDependent(tx.connection(), sql)) {
            int i = 1;
            if (after.isPresent()) {
                ps.setString(i++, after.get());
            }
            ps.setInt(i, page.size() + 1);
            List<TenantId> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(TenantId.of(rs.getString(1)));
                }
            }
            return Page.ofLookahead(rows, page.size(), t -> Cursor.of(t.value()).encode());
        } catch (SQLException e) {
            throw Sql.failure("listing the tenants with customers", e);
        }
    }

    private static String tenantKey(String token) {
        String key = Cursor.decode(token, 1, AFTER).keys().get(0);
        try {
            return TenantId.of(key).value();
        } catch (ValidationException e) {
            throw Cursor.invalid(AFTER);
        }
    }
}
