package io.crmkit.jdbc.internal;

import io.crmkit.shared.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The databases the adapter supports, told apart by the driver's product name, and every
 * place where they differ, as methods of this one seam (no {@code if (dialect == H2)} spread
 * through the adapter). Each database is a subclass in its own file; driver-specific types
 * stay behind it ({@link PostgresDriver}), so each JDBC driver is an optional dependency a
 * host adds for the databases it uses.
 */
public abstract sealed class Dialect permits H2Dialect, PostgresDialect {
    /** H2 2.x, file or in memory. */
    static final Dialect H2 = new H2Dialect();
    /** PostgreSQL 15+ and databases that speak its protocol and report its product name. */
    static final Dialect POSTGRESQL = new PostgresDialect();

    /** For the subclasses only, one per database. */
    Dialect() {
    }

    /** {@return the short name: {@code h2} or {@code postgresql}} */
    public abstract String key();

    /**
     * The Flyway locations of this database's migration scripts: the scripts written once for
     * every database, and this database's own where its SQL differs.
     *
     * @return the locations
     */
    final String[] migrationLocations() {
        return new String[] {"classpath:db/crmkit/migration/common", "classpath:db/crmkit/migration/" + key()};
    }

    /**
     * The column that orders customers by name in Unicode code-point order.
     *
     * @return the qualified column
     */
    public abstract String nameOrderColumn();

    /**
     * Binds a name as a value of {@link #nameOrderColumn()}.
     *
     * @param ps the statement
     * @param index the parameter index
     * @param name the name
     * @throws SQLException if binding fails
     */
    public abstract void bindNameKey(PreparedStatement ps, int index, String name) throws SQLException;

    /**
     * Whether several statements go to the database as one text (one execution, one round
     * trip): {@link PendingWrites} and {@link QueriesTogether} then send them so.
     *
     * @return true where a round trip is worth saving
     */
    public abstract boolean sendsStatementsTogether();

    /**
     * Whether children of several parents are better read with one query per parent than
     * with one {@code IN} list ({@link ByIds}).
     *
     * @return true where per-parent reads are faster
     */
    abstract boolean readsParentsOneByOne();

    /**
     * Whether a batch of outbox rows is claimed and marked with one statement over arrays
     * ({@code unnest}) rather than one statement per row ({@code JdbcOutboxDelivery}).
     *
     * @return true where the database takes arrays
     */
    public abstract boolean updatesRowsFromArrays();

    /**
     * The table a failed statement names, if the database reports it (used to tell apart the
     * failures of several writes sent as one text).
     *
     * @param e the failure
     * @return the table, without schema
     */
    abstract Optional<String> failedTable(SQLException e);

    /**
     * Prepares a query whose best plan depends on its parameter values: keyset pages, IN
     * lists of a page's ids, LIMITs.
     *
     * @param connection the connection
     * @param sql the statement
     * @return the prepared statement
     * @throws SQLException if preparing fails
     */
    public abstract PreparedStatement prepareValueDependent(Connection connection, String sql) throws SQLException;

    @Override
    public final String toString() {
        return key();
    }

    /**
     * The dialect of the database a connection is to.
     *
     * @param connection the connection
     * @return the dialect
     * @throws SQLException if the driver's metadata cannot be read
     * @throws StorageException if the database is neither H2 nor PostgreSQL
     */
    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new StorageException("crmkit's JDBC storage supports H2 and PostgreSQL, not '" + product + "'");
    }
}
