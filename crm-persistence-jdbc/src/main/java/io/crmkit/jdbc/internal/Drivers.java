package io.crmkit.jdbc.internal;

import io.crmkit.shared.StorageException;
import java.util.List;
import java.util.Locale;

/**
 * The JDBC drivers crmkit's adapter works with. Each is an optional dependency of
 * {@code crm-persistence-jdbc}: a host adds the ones for the databases it uses. A URL whose
 * driver is missing is refused with a message naming the artifact to add, instead of the
 * pool's "no suitable driver".
 */
public final class Drivers {
    /** A driver crmkit knows: the URLs it serves, its class, and the Maven coordinates that bring it. */
    private record Known(String urlPrefix, String driverClass, String artifact) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known("jdbc:h2:", "org.h2.Driver", "com.h2database:h2"),
            new Known("jdbc:postgresql:", "org.postgresql.Driver", "org.postgresql:postgresql"));

    private Drivers() {
    }

    /**
     * Checks that the driver of a URL crmkit knows is on the class path; URLs of other
     * drivers pass unchecked (the pool reports them).
     *
     * @param jdbcUrl the URL
     * @throws StorageException naming the artifact to add, if the driver is missing
     */
    public static void requireFor(String jdbcUrl) {
        requireFor(jdbcUrl, Drivers.class.getClassLoader());
    }

    /** {@link #requireFor(String)}, looking for the driver through the given class loader. */
    static void requireFor(String jdbcUrl, ClassLoader loader) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        for (Known known : KNOWN) {
            if (url.startsWith(known.urlPrefix()) && !present(known.driverClass(), loader)) {
                throw new StorageException("the JDBC driver for " + known.urlPrefix() + "… URLs (" + known.driverClass()
                        + ") is not on the class path: add the dependency " + known.artifact()
                        + " (crm-persistence-jdbc declares each driver optional)");
            }
        }
    }

    /** Whether a class can be loaded through the loader, without initialising it. */
    static boolean present(String driverClass, ClassLoader loader) {
        try {
            Class.forName(driverClass, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
