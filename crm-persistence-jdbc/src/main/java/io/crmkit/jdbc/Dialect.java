package io.crmkit.jdbc;

import io.crmkit.shared.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases the adapter supports, told apart by the driver's product name. */
enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String flywayVendor;

    Dialect(String flywayVendor) {
        this.flywayVendor = flywayVendor;
    }

    /** The folder name of this database's migrations. */
    String migrationFolder() {
        return flywayVendor;
    }

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new StorageException("crmkit's JDBC storage supports H2 and PostgreSQL, not " + product);
    }
}
