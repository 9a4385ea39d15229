package io.crmkit.jdbc;

import io.crmkit.shared.StorageException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.postgresql.util.PSQLException;

/**
 * The databases the adapter supports, told apart by the driver's product name, and the few
 * places where their SQL differs.
 */
enum Dialect {
    /** H2 2.x, file or in memory. */
    H2("h2", "c.name_key"),
    /** PostgreSQL 15+ and databases that speak its protocol and report its product name. */
    POSTGRESQL("postgresql", "c.name");

    private final String key;
    private final String nameOrderColumn;

    Dialect(String key, String nameOrderColumn) {
        this.key = key;
        this.nameOrderColumn = nameOrderColumn;
    }

    /** {@return the short name: {@code h2} or {@code postgresql}} */
    String key() {
        return key;
    }

    /** {@return the Flyway location of this database's migration scripts} */
    String migrationLocation() {
        return "classpath:db/crmkit/migration/" + key;
    }

    /**
     * The column that orders customers by name in Unicode code-point order. On PostgreSQL
     * that is {@code name} itself (collation "C" compares UTF-8 bytes, which is code-point
     * order). H2 has no per-column collation and compares strings by UTF-16 code unit, which
     * puts characters above U+FFFF before U+E000–U+FFFF; its {@code name_key} column, the
     * generated UTF-8 bytes of the name, compares unsigned byte by byte: code-point order.
     *
     * @return the qualified column
     */
    String nameOrderColumn() {
        return nameOrderColumn;
    }

    /**
     * Binds a name as a value of {@link #nameOrderColumn()}.
     *
     * @param ps the statement
     * @param index the parameter index
     * @param name the name
     * @throws SQLException if binding fails
     */
    void bindNameKey(PreparedStatement ps, int index, String name) throws SQLException {
        if (this == H2) {
            ps.setBytes(index, name.getBytes(StandardCharsets.UTF_8));
        } else {
            ps.setString(index, name);
        }
    }

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new StorageException("crmkit's JDBC storage supports H2 and PostgreSQL, not '" + product + "'");
    }

    /**
     * The table a failed statement names, if the database reports it: PostgreSQL does, with
     * every constraint violation; H2 does not (crmkit sends H2 statements one by one, so it
     * never needs to ask).
     *
     * @param e the failure
     * @return the table, without schema
     */
    static Optional<String> failedTable(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            return Optional.ofNullable(p.getServerErrorMessage().getTable());
        }
        return Optional.empty();
    }

    /**
     * Prepares a query whose best plan depends on its parameter values: keyset pages, IN
     * lists of a page's ids, LIMITs. PostgreSQL's JDBC driver turns a statement into a
     * server-side prepared one after a few executions, and the server then may switch to a
     * generic plan that ignores the values; for these queries that plan scans the tenant's
     * rows and grows slower with the table (measured: a page of contacts 0.3 ms with the
     * values' plan, 6 ms with the generic one on 4,000 customers). So on PostgreSQL such
     * statements are planned for their values every time (lists of several ids, keyset
     * pages and LIMITs; a single id plans well generically). H2 needs nothing.
     *
     * @param connection the connection
     * @param sql the statement
     * @return the prepared statement
     * @throws SQLException if preparing fails
     */
    PreparedStatement prepareValueDependent(Connection connection, String sql) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        if (this == POSTGRESQL && ps.isWrapperFor(org.postgresql.PGStatement.class)) {
            ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
        }
        return ps;
    }
}
