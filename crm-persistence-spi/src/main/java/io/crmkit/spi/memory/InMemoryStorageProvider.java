package io.crmkit.spi.memory;

import io.crmkit.spi.StorageProvider;
import io.crmkit.spi.StorageProviderException;
import io.crmkit.storage.Storage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Opens an {@link InMemoryStorage} for the URLs {@code memory:} and {@code memory:<name>}.
 *
 * <ul>
 *   <li>{@code memory:} opens a new, empty storage on every call.</li>
 *   <li>{@code memory:<name>} (name of letters, digits, {@code .}, {@code -}, {@code _}) opens
 *       the same storage for the same name, for as long as the JVM runs, so that parts of one
 *       application configured with the same URL share their data. Closing it does not empty
 *       it; there is no way to drop a named storage, so use names for a fixed few stores only.</li>
 * </ul>
 * Settings are not used; any given are refused, so that a misspelt one is not silently ignored.
 */
public final class InMemoryStorageProvider implements StorageProvider {
    private static final String SCHEME = "memory:";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    // Static on purpose: ServiceLoader creates a new provider per lookup, yet a name must mean
    // the same storage across lookups.
    private static final Map<String, InMemoryStorage> NAMED = new ConcurrentHashMap<>();

    /** Creates the provider (called by {@link java.util.ServiceLoader}). */
    public InMemoryStorageProvider() {
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public boolean accepts(String url) {
        return url.startsWith(SCHEME);
    }

    /**
     * Opens a new storage for {@code memory:}, or the storage of that name for {@code memory:<name>}.
     *
     * @param url {@code memory:} or {@code memory:<name>}
     * @param properties must be empty
     * @return the storage
     * @throws StorageProviderException if the URL is not of that form or settings are given
     */
    @Override
    public Storage open(String url, Map<String, String> properties) {
        if (!accepts(url)) {
            throw StorageProviderException.refused(url, name(), "the URL does not start with " + SCHEME);
        }
        if (!properties.isEmpty()) {
            throw StorageProviderException.refused(url, name(),
                    "in-memory storage takes no settings but was given " + properties.keySet());
        }
        String storeName = url.substring(SCHEME.length());
        if (storeName.isEmpty()) {
            return new InMemoryStorage();
        }
        if (!NAME.matcher(storeName).matches()) {
            throw StorageProviderException.refused(url, name(),
                    "a storage name is 1-64 letters, digits, '.', '-' or '_'");
        }
        return NAMED.computeIfAbsent(storeName, n -> new InMemoryStorage());
    }
}
