package io.crmkit.jdbc;

import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.CustomerSort;
import io.crmkit.customer.SortDirection;
import io.crmkit.shared.PageRequest;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the SQL of a customer query: a WHERE clause of fixed fragments with bind
 * parameters only, and ORDER BY / keyset conditions on whitelisted columns. No value of the
 * query ever becomes SQL text.
 */
final class CustomerSearchSql {
    /** A bind value with the way to bind it. */
    private interface Bind {
        void apply(PreparedStatement ps, int index) throws SQLException;
    }

    private final StringBuilder where = new StringBuilder(" WHERE c.tenant_id = ?");
    private final List<Bind> binds = new ArrayList<>();

    CustomerSearchSql(String tenant, CustomerQuery q) {
        binds.add((ps, i) -> ps.setString(i, tenant));
        q.owner().ifPresent(v -> condition(" AND c.owner_id = ?", (ps, i) -> ps.setString(i, v.value())));
        q.lifecycleStatus().ifPresent(v -> condition(" AND c.lifecycle_status = ?", (ps, i) -> ps.setString(i, v)));
        q.industry().ifPresent(v -> condition(" AND c.industry = ?", (ps, i) -> ps.setString(i, v)));
        q.region().ifPresent(v -> condition(" AND c.region = ?", (ps, i) -> ps.setString(i, v)));
        q.createdFrom().ifPresent(v -> condition(" AND c.created_at >= ?", (ps, i) -> Sql.instant(ps, i, v)));
        q.createdBefore().ifPresent(v -> condition(" AND c.created_at < ?", (ps, i) -> Sql.instant(ps, i, v)));
        q.phone().ifPresent(v -> condition(" AND EXISTS (SELECT 1 FROM customer_contact k WHERE k.tenant_id = c.tenant_id"
                + " AND k.customer_id = c.id AND k.phone = ?)", (ps, i) -> ps.setString(i, v.e164())));
        q.email().ifPresent(v -> condition(" AND EXISTS (SELECT 1 FROM customer_contact k WHERE k.tenant_id = c.tenant_id"
                + " AND k.customer_id = c.id AND k.email = ?)", (ps, i) -> ps.setString(i, v.value())));
        q.textNeedle().ifPresent(needle -> text(needle, q.phoneNeedle()));
    }

    private void text(String needle, Optional<String> phoneNeedle) {
        String pattern = Sql.containsPattern(needle);
        StringBuilder sql = new StringBuilder(" AND (c.name_lower LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM"
                + " customer_contact k WHERE k.tenant_id = c.tenant_id AND k.customer_id = c.id AND (k.email LIKE ? ESCAPE '\\'");
        binds.add((ps, i) -> ps.setString(i, pattern));
        binds.add((ps, i) -> ps.setString(i, pattern));
        if (phoneNeedle.isPresent()) {
            String phonePattern = Sql.containsPattern(phoneNeedle.get());
            sql.append(" OR k.phone LIKE ? ESCAPE '\\'");
            binds.add((ps, i) -> ps.setString(i, phonePattern));
        }
        where.append(sql).append(")))");
    }

    private void condition(String sql, Bind bind) {
        where.append(sql);
        binds.add(bind);
    }

    /** SELECT … WHERE … [keyset] ORDER BY … LIMIT size + 1 (one extra row tells whether a next page exists). */
    String select(CustomerQuery q, PageRequest page) {
        CustomerSort sort = q.sort();
        String column = column(sort);
        boolean asc = q.direction() == SortDirection.ASC;
        StringBuilder sql = new StringBuilder("SELECT ").append(CustomerReader.COLUMNS).append(" FROM customer c")
                .append(where);
        if (page.after().isPresent()) {
            CustomerSort.Position p = sort.position(page.after().get());
            String op = asc ? " > " : " < ";
            // Expanded row comparison: (key, id) > (?, ?), written out so every database plans it the same.
            sql.append(" AND (").append(column).append(op).append("? OR (").append(column).append(" = ? AND c.id")
                    .append(op).append("?))");
            Bind key = sort == CustomerSort.NAME ? (ps, i) -> ps.setString(i, p.key())
                    : (ps, i) -> Sql.instant(ps, i, p.keyAsInstant());
            binds.add(key);
            binds.add(key);
            binds.add((ps, i) -> Sql.uuid(ps, i, p.id().value()));
        }
        String dir = asc ? " ASC" : " DESC";
        sql.append(" ORDER BY ").append(column).append(dir).append(", c.id").append(dir);
        sql.append(" LIMIT ?");
        binds.add((ps, i) -> ps.setInt(i, page.size() + 1));
        return sql.toString();
    }

    String count() {
        return "SELECT COUNT(*) FROM customer c" + where;
    }

    void bind(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < binds.size(); i++) {
            binds.get(i).apply(ps, i + 1);
        }
    }

    /** The whitelist: each sort maps to one column with an index on (tenant_id, column, id). */
    private static String column(CustomerSort sort) {
        switch (sort) {
            case NAME:
                return "c.name";
            case CREATED_AT:
                return "c.created_at";
            case UPDATED_AT:
                return "c.updated_at";
            default:
                throw new AssertionError(sort);
        }
    }
}
