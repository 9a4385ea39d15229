package io.crmkit.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Reads the child rows of several parents (a page's contacts, tags, purchases…).
 *
 * <p>PostgreSQL: one {@code … WHERE tenant_id = ? AND parent IN (…)} query. H2: one indexed
 * equality query per parent, on one prepared statement. H2 uses no index for an {@code IN}
 * list on the second column of a composite index (every crmkit index starts with
 * {@code tenant_id}), nor for {@code = ANY(array)} or {@code IN} over a subquery, and picks
 * the wrong side of a join with a table of the ids: it reads every row of the tenant for each
 * page (measured: 0.1-0.7 s for 20-500 ids among 350,000 tag rows), which made batch reads
 * quadratic in the tenant's size. An embedded equality lookup costs microseconds.
 */
public final class ByIds {

    /** Takes one row of the result. */
    @FunctionalInterface
    public interface RowHandler {
        /**
         * Takes the row the result set is on.
         *
         * @param rs the result, on the row
         * @throws SQLException if reading fails
         */
        void row(ResultSet rs) throws SQLException;
    }

    private ByIds() {
    }

    /**
     * Reads the rows of the given parents.
     *
     * @param c the connection
     * @param dialect the database
     * @param tenant the tenant
     * @param select {@code SELECT columns FROM table} (a constant)
     * @param idColumn the parent id column (a constant)
     * @param order the ORDER BY list within a parent (a constant)
     * @param ids the parents
     * @param handler takes each row; rows of one parent come together, in {@code order}
     * @throws SQLException if the database fails
     */
    public static void forEach(Connection c, Dialect dialect, String tenant, String select, String idColumn, String order,
                        List<UUID> ids, RowHandler handler) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        if (dialect.readsParentsOneByOne() && ids.size() > 1) {
            try (PreparedStatement ps = c.prepareStatement(select + " WHERE tenant_id = ? AND " + idColumn + " = ? ORDER BY "
                    + order)) {
                ps.setString(1, tenant);
                for (UUID id : ids) {
                    Sql.uuid(ps, 2, id);
                    read(ps, handler);
                }
            }
            return;
        }
        String sql = select + " WHERE tenant_id = ? AND " + idColumn + " IN (" + Sql.placeholders(ids.size())
                + ") ORDER BY " + idColumn + ", " + order;
        // One id (a single customer's view) plans well generically and keeps the cheaper
        // server-prepared statement; a page's list of ids is planned for its values.
        try (PreparedStatement ps = ids.size() == 1 ? c.prepareStatement(sql) : dialect.prepareValueDependent(c, sql)) {
            ps.setString(1, tenant);
            for (int i = 0; i < ids.size(); i++) {
                Sql.uuid(ps, i + 2, ids.get(i));
            }
            read(ps, handler);
        }
    }

    private static void read(PreparedStatement ps, RowHandler handler) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                handler.row(rs);
            }
        }
    }
}
