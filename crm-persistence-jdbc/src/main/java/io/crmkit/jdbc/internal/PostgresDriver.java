package io.crmkit.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.PGStatement;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The only class that names PostgreSQL's JDBC driver ({@code org.postgresql:postgresql}, an
 * optional dependency). Its types are touched only when the driver is on the class path, so a
 * host using H2 alone, or a PostgreSQL-compatible database through another driver, needs
 * none of it.
 */
final class PostgresDriver {
    private static final boolean PRESENT =
            Drivers.present("org.postgresql.util.PSQLException", PostgresDriver.class.getClassLoader());

    private PostgresDriver() {
    }

    /** The table the server names in a failure, when the failure came from PostgreSQL's driver. */
    static Optional<String> failedTable(SQLException e) {
        return PRESENT ? Driver.failedTable(e) : Optional.empty();
    }

    /** Makes the statement planned for its values at every execution, when it is PostgreSQL's driver's. */
    static void planForValues(PreparedStatement ps) throws SQLException {
        if (PRESENT) {
            Driver.planForValues(ps);
        }
    }

    /** Loaded only when the driver is present: the verifier may resolve the driver's types in it. */
    private static final class Driver {
        static Optional<String> failedTable(SQLException e) {
            if (e instanceof PSQLException p) {
                ServerErrorMessage m = p.getServerErrorMessage();
                return m == null ? Optional.empty() : Optional.ofNullable(m.getTable());
            }
            return Optional.empty();
        }

        static void planForValues(PreparedStatement ps) throws SQLException {
            if (ps.isWrapperFor(PGStatement.class)) {
                ps.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
        }
    }
}
