package io.crmkit.jdbc.internal;

import io.crmkit.access.Visibility;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Visibility} as a SQL condition on a customer row: {@code owner_id IN (…)} or a
 * correlated {@code EXISTS} on {@code customer_share}'s primary key, with a bind value for
 * each owner, each grantee key and the instant shares are judged at. The whole tenant adds
 * no condition. Used by every listing and count of customers (search, segments, tag counts),
 * so the same rule is applied inside each query and paging and counts stay exact.
 *
 * @param sql the condition, to be joined with {@code AND}; empty for the whole tenant
 * @param binds its values in order: strings and one {@link java.time.Instant}
 */
public record VisibilitySql(Optional<String> sql, List<Object> binds) {

    /**
     * Copies the binds.
     *
     * @param sql see {@link #sql()}
     * @param binds see {@link #binds()}
     */
    public VisibilitySql {
        binds = List.copyOf(binds);
    }

    /**
     * The condition for a customer row.
     *
     * @param v the visibility
     * @param alias the alias of the {@code customer} table in the statement, e.g. {@code c}
     * @return the condition and its binds
     */
    public static VisibilitySql of(Visibility v, String alias) {
        if (!v.restricted()) {
            return new VisibilitySql(Optional.empty(), List.of());
        }
        List<Object> binds = new ArrayList<>();
        List<String> alternatives = new ArrayList<>();
        if (!v.owners().isEmpty()) {
            alternatives.add(alias + ".owner_id IN (" + marks(v.owners().size()) + ")");
            v.owners().stream().map(o -> o.value()).sorted().forEach(binds::add);
        }
        if (!v.shareKeys().isEmpty()) {
            alternatives.add("EXISTS (SELECT 1 FROM customer_share s WHERE s.tenant_id = " + alias
                    + ".tenant_id AND s.customer_id = " + alias + ".id AND s.grantee IN ("
                    + marks(v.shareKeys().size()) + ") AND (s.until_at IS NULL OR s.until_at > ?)"
                    + (v.editableOnly() ? " AND s.access = 'EDIT'" : "") + ")");
            v.shareKeys().stream().sorted().forEach(binds::add);
            binds.add(v.at());
        }
        String sql = alternatives.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", alternatives) + ")";
        return new VisibilitySql(Optional.of(sql), binds);
    }

    /**
     * Binds the condition's values from a position.
     *
     * @param ps the statement
     * @param first the position of the condition's first mark
     * @return the next free position
     * @throws SQLException if the driver refuses a value
     */
    public int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object v : binds) {
            bindValue(ps, i++, v);
        }
        return i;
    }

    /**
     * Binds one of the condition's values: a string or the instant.
     *
     * @param ps the statement
     * @param i the position
     * @param v the value
     * @throws SQLException if the driver refuses it
     */
    public static void bindValue(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v instanceof Instant t) {
            Sql.instant(ps, i, t);
        } else {
            ps.setString(i, (String) v);
        }
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
