package io.crmkit.jdbc;

import io.crmkit.shared.StorageException;
import java.util.Locale;
import java.util.Map;

/**
 * The JDBC drivers crmkit's adapter works with. Each is an optional dependency of
 * {@code crm-persistence-jdbc}: a host adds the ones for the databases it uses. A URL whose
 * driver is missing is refused with a message naming the artifact to add, instead of the
 * pool's "no suitable driver".
 */
final class Drivers {
    /** URL prefix, then the driver class and the Maven coordinates that bring it. */
    private static final Map<String, String[]> KNOWN = Map.of(
            "jdbc:h2:", new String[] {"org.h2.Driver", "com.h2database:h2"},
            "jdbc:postgresql:", new String[] {"org.postgresql.Driver", "org.postgresql:postgresql"});

    private Drivers() {
    }

    /**
     * Checks that the driver of a URL crmkit knows is on the class path; URLs of other
     * drivers pass unchecked (the pool reports them).
     *
     * @throws StorageException naming the artifact to add, if the driver is missing
     */
    static void requireFor(String jdbcUrl) {
        requireFor(jdbcUrl, Drivers.class.getClassLoader());
    }

    /** {@link #requireFor(String)}, looking for the driver through the given class loader. */
    static void requireFor(String jdbcUrl, ClassLoader loader) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String[]> known : KNOWN.entrySet()) {
            if (url.startsWith(known.getKey()) && !present(known.getValue()[0], loader)) {
                throw new StorageException("the JDBC driver for " + known.getKey() + "… URLs (" + known.getValue()[0]
                        + ") is not on the class path: add the dependency " + known.getValue()[1]
                        + " (crm-persistence-jdbc declares each driver optional)");
            }
        }
    }

    private static boolean present(String driverClass, ClassLoader loader) {
        try {
            Class.forName(driverClass, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
