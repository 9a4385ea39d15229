package io.crmkit.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Queries whose parameters are all known before any is run, sent as one text on PostgreSQL
 * (one round trip; the driver hands back one result set per query) and one by one on H2
 * (in the JVM: nothing to save). A customer's view is two such groups — the customer with its
 * contacts, need tags and custom fields, then a page of its history with the entries' field
 * changes — instead of six round trips.
 */
public final class QueriesTogether {
    private final List<Query> queries = new ArrayList<>();

    /** An empty group; {@link #add} the queries, then {@link #run} them. */
    public QueriesTogether() {
    }

    /**
     * Adds a query.
     *
     * @param sql the query (a constant of the adapter, or assembled from whitelisted parts)
     * @param binder binds them, numbered from 1
     * @param rows takes each row of its result
     * @return this
     */
    public QueriesTogether add(String sql, RowBinder binder, ByIds.RowHandler rows) {
        queries.add(new Query(sql, Sql.parameterCount(sql), binder, rows));
        return this;
    }

    /**
     * Runs the queries, in the order added; each query's rows go to its handler.
     *
     * @param connection the transaction's connection
     * @param dialect the database
     * @throws SQLException if the database fails
     */
    public void run(Connection connection, Dialect dialect) throws SQLException {
        if (dialect.sendsStatementsTogether() && queries.size() > 1) {
            runAsOneText(connection);
            return;
        }
        for (Query q : queries) {
            try (PreparedStatement ps = connection.prepareStatement(q.sql())) {
                q.binder().bind(new RowParams(ps));
                try (ResultSet rs = ps.executeQuery()) {
                    read(rs, q);
                }
            }
        }
    }

    private void runAsOneText(Connection connection) throws SQLException {
        StringBuilder text = new StringBuilder();
        for (Query q : queries) {
            text.append(text.length() == 0 ? "" : ";\n").append(q.sql());
        }
        try (PreparedStatement ps = connection.prepareStatement(text.toString())) {
            RowParams params = new RowParams(ps);
            int before = 0;
            for (Query q : queries) {
                params.startAt(before);
                q.binder().bind(params);
                before += q.parameters();
            }
            ps.execute();
            for (Query q : queries) {
                try (ResultSet rs = ps.getResultSet()) {
                    read(rs, q);
                }
                ps.getMoreResults();
            }
        }
    }

    private static void read(ResultSet rs, Query q) throws SQLException {
        while (rs.next()) {
            q.rows().row(rs);
        }
    }

    /**
     * One query of the group.
     *
     * @param sql the query
     * @param parameters how many parameters it has
     * @param binder binds them
     * @param rows takes its rows
     */
    private record Query(String sql, int parameters, RowBinder binder, ByIds.RowHandler rows) {
    }
}
