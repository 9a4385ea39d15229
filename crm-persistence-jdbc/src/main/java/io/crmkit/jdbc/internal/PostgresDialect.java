package io.crmkit.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

/**
 * PostgreSQL 15+ and databases that speak its protocol. What needs PostgreSQL's own JDBC
 * driver goes through {@link PostgresDriver}, which works without it: a database reached
 * through another driver loses only the driver's extras.
 */
final class PostgresDialect extends Dialect {

    @Override
    public String key() {
        return "postgresql";
    }

    /** Collation "C" compares UTF-8 bytes, which is code-point order: the name itself. */
    @Override
    public String nameOrderColumn() {
        return "c.name";
    }

    @Override
    public void bindNameKey(PreparedStatement ps, int index, String name) throws SQLException {
        ps.setString(index, name);
    }

    @Override
    public boolean sendsStatementsTogether() {
        return true;
    }

    @Override
    boolean readsParentsOneByOne() {
        return false;
    }

    @Override
    public boolean updatesRowsFromArrays() {
        return true;
    }

    /** PostgreSQL names the table with every constraint violation. */
    @Override
    Optional<String> failedTable(SQLException e) {
        return PostgresDriver.failedTable(e);
    }

    /**
     * PostgreSQL's JDBC driver turns a statement into a server-side prepared one after a few
     * executions, and the server then may switch to a generic plan that ignores the values;
     * for these queries that plan scans the tenant's rows and grows slower with the table
     * (measured: a page of contacts 0.3 ms with the values' plan, 6 ms with the generic one on
     * 4,000 customers). So such statements are planned for their values every time.
     */
    @Override
    public PreparedStatement prepareValueDependent(Connection connection, String sql) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        PostgresDriver.planForValues(ps);
        return ps;
    }
}
