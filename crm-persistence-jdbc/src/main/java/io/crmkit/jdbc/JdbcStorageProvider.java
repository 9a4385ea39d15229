package io.crmkit.jdbc;

import io.crmkit.spi.StorageProvider;
import io.crmkit.storage.Storage;
import java.util.Map;

/**
 * Opens a {@link JdbcStorage} for {@code jdbc:h2:…} and {@code jdbc:postgresql:…} URLs, with
 * {@code user} and {@code password} from the properties.
 */
public final class JdbcStorageProvider implements StorageProvider {

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

    @Override
    public Storage open(String url, Map<String, String> properties) {
        return JdbcStorage.url(url, properties.getOrDefault("user", ""), properties.getOrDefault("password", ""));
    }
}
