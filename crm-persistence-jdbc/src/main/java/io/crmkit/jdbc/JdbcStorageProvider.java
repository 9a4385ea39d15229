package io.crmkit.jdbc;

import io.crmkit.spi.StorageProvider;
import io.crmkit.storage.Storage;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Opens a {@link JdbcStorage} for {@code jdbc:h2:…} and {@code jdbc:postgresql:…} URLs, pooled
 * by crmkit (see {@link JdbcStorage#url(String, String, String, SchemaMigration)}). Found by
 * {@link java.util.ServiceLoader} through {@code io.crmkit.spi.StorageProviders}.
 *
 * <p>Properties: {@code user}, {@code password} (both default to empty) and {@code migrate}
 * ({@code true}, the default, or {@code false} for hosts that migrate the schema themselves).
 * Any other key is refused, so a misspelt setting is not silently ignored.
 */
public final class JdbcStorageProvider implements StorageProvider {
    private static final Set<String> KEYS = Set.of("user", "password", "migrate");

    /** Creates the provider (called by {@link java.util.ServiceLoader}). */
    public JdbcStorageProvider() {
    }

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public boolean accepts(String url) {
        return url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:");
    }

    /**
     * Opens the storage.
     *
     * @param url a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
     * @param properties {@code user}, {@code password}, {@code migrate}
     * @return the storage; the caller closes it
     * @throws IllegalArgumentException if the URL is not accepted, or a property is unknown or malformed
     * @throws io.crmkit.shared.StorageException if the database cannot be reached or migrated
     */
    @Override
    public Storage open(String url, Map<String, String> properties) {
        if (!accepts(url)) {
            throw new IllegalArgumentException("the JDBC storage opens jdbc:h2: and jdbc:postgresql: URLs only");
        }
        Set<String> unknown = new TreeSet<>(properties.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown JDBC storage properties " + unknown
                    + "; known are " + new TreeSet<>(KEYS));
        }
        return JdbcStorage.url(url, properties.getOrDefault("user", ""), properties.getOrDefault("password", ""),
                migration(properties.getOrDefault("migrate", "true")));
    }

    private static SchemaMigration migration(String value) {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true":
                return SchemaMigration.MIGRATE;
            case "false":
                return SchemaMigration.SKIP;
            default:
                throw new IllegalArgumentException("property migrate must be true or false but was '" + value + "'");
        }
    }
}
