package io.crmkit.jdbc.customer;

import io.crmkit.access.Visibility;
import io.crmkit.customer.CustomerQuery;
import io.crmkit.customer.CustomerSort;
import io.crmkit.customer.SortDirection;
import io.crmkit.jdbc.internal.Dialect;
import io.crmkit.jdbc.internal.Sql;
import io.crmkit.jdbc.internal.VisibilitySql;
import io.crmkit.shared.PageRequest;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of one customer query, with the semantics of {@link CustomerQuery#matches}: a WHERE
 * clause of fixed fragments with bind parameters, and ORDER BY and keyset conditions on
 * columns chosen by a switch over {@link CustomerSort}. No value of the query, and no text
 * from a cursor, ever becomes SQL text.
 */
final class CustomerSearchSql {
    /** A bind value with the way to bind it. */
    private interface Bind {
        void apply(PreparedStatement ps, int index) throws SQLException;
    }

    private static final String CONTACT_EXISTS = " EXISTS (SELECT 1 FROM customer_contact k"
            + " WHERE k.tenant_id = c.tenant_id AND k.customer_id = c.id AND ";

    private final Dialect dialect;
    private final StringBuilder where = new StringBuilder(" WHERE c.tenant_id = ?");
    private final List<Bind> binds = new ArrayList<>();

    CustomerSearchSql(Dialect dialect, String tenant, CustomerQuery q, Visibility visibility) {
        this.dialect = dialect;
        binds.add((ps, i) -> ps.setString(i, tenant));
        VisibilitySql visible = VisibilitySql.of(visibility, "c");
        visible.sql().ifPresent(sql -> {
            where.append(" AND ").append(sql);
            for (Object value : visible.binds()) {
                binds.add((ps, i) -> VisibilitySql.bindValue(ps, i, value));
            }
        });
        q.owner().ifPresent(v -> condition(" AND c.owner_id = ?", (ps, i) -> ps.setString(i, v.value())));
        q.lifecycleStatus().ifPresent(v -> condition(" AND c.lifecycle_status = ?", (ps, i) -> ps.setString(i, v)));
        q.industry().ifPresent(v -> condition(" AND c.industry = ?", (ps, i) -> ps.setString(i, v)));
        q.region().ifPresent(v -> condition(" AND c.region = ?", (ps, i) -> ps.setString(i, v)));
        q.createdFrom().ifPresent(v -> condition(" AND c.created_at >= ?", (ps, i) -> Sql.instant(ps, i, v)));
        q.createdBefore().ifPresent(v -> condition(" AND c.created_at < ?", (ps, i) -> Sql.instant(ps, i, v)));
        q.phone().ifPresent(v -> condition(" AND" + CONTACT_EXISTS + "k.phone = ?)",
                (ps, i) -> ps.setString(i, v.e164())));
        q.email().ifPresent(v -> condition(" AND" + CONTACT_EXISTS + "k.email = ?)",
                (ps, i) -> ps.setString(i, v.value())));
        q.textNeedle().ifPresent(needle -> text(needle, q.phoneNeedle()));
    }

    /**
     * Name (pre-lower-cased by crmkit into {@code name_lower}), contact e-mail (stored lower
     * case) or contact phone (E.164, matched against the needle without spaces and dashes).
     */
    private void text(String needle, Optional<String> phoneNeedle) {
        String pattern = Sql.containsPattern(needle);
        StringBuilder sql = new StringBuilder(" AND (c.name_lower LIKE ?").append(Sql.LIKE_ESCAPE).append(" OR")
                .append(CONTACT_EXISTS).append("(k.email LIKE ?").append(Sql.LIKE_ESCAPE);
        binds.add((ps, i) -> ps.setString(i, pattern));
        binds.add((ps, i) -> ps.setString(i, pattern));
        if (phoneNeedle.isPresent()) {
            String phonePattern = Sql.containsPattern(phoneNeedle.get());
            sql.append(" OR k.phone LIKE ?").append(Sql.LIKE_ESCAPE);
            binds.add((ps, i) -> ps.setString(i, phonePattern));
        }
        where.append(sql).append(")))");
    }

    private void condition(String sql, Bind bind) {
        where.append(sql);
        binds.add(bind);
    }

    /**
     * {@code SELECT … WHERE … [after the cursor] ORDER BY key, id LIMIT size + 1}: the one
     * extra row says whether a next page exists.
     *
     * @throws io.crmkit.shared.ValidationException if the cursor is not one of this sort
     */
    String select(CustomerQuery q, PageRequest page) {
        CustomerSort sort = q.sort();
        String key = keyColumn(sort);
        boolean asc = q.direction() == SortDirection.ASC;
        StringBuilder sql = new StringBuilder("SELECT ").append(CustomerReader.COLUMNS).append(" FROM customer c")
                .append(where);
        if (page.after().isPresent()) {
            CustomerSort.Position p = sort.position(page.after().get());
            // (key, id) > (?, ?) written as key >= ? AND (key > ? OR id > ?): the first
            // conjunct is a plain range on the (tenant_id, key, id) index, so a deep page
            // starts where the last one ended on H2 and PostgreSQL alike, and every
            // PostgreSQL-compatible database reads it the same way.
            String op = asc ? ">" : "<";
            sql.append(" AND ").append(key).append(' ').append(op).append("= ? AND (").append(key).append(' ')
                    .append(op).append(" ? OR c.id ").append(op).append(" ?)");
            Bind keyBind = switch (sort) {
                case NAME -> (ps, i) -> dialect.bindNameKey(ps, i, p.key());
                case CREATED_AT, UPDATED_AT -> (ps, i) -> Sql.instant(ps, i, p.keyAsInstant());
            };
            binds.add(keyBind);
            binds.add(keyBind);
            binds.add((ps, i) -> Sql.uuid(ps, i, p.id().value()));
        }
        String dir = asc ? " ASC" : " DESC";
        // tenant_id is fixed by the WHERE clause, so ordering by it changes nothing, but it
        // lets H2 see that the index already has the order and stop after size + 1 rows
        // instead of sorting the whole range (PostgreSQL sees that either way).
        sql.append(" ORDER BY c.tenant_id").append(dir).append(", ").append(key).append(dir).append(", c.id").append(dir)
                .append(" LIMIT ?");
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

    /** The whitelist: each sort is one column with an index on (tenant_id, column, id). */
    private String keyColumn(CustomerSort sort) {
        return switch (sort) {
            case NAME -> dialect.nameOrderColumn();
            case CREATED_AT -> "c.created_at";
            case UPDATED_AT -> "c.updated_at";
        };
    }
}
