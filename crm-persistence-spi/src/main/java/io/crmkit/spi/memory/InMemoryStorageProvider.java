package io.crmkit.spi.memory;

import io.crmkit.spi.StorageProvider;
import io.crmkit.storage.Storage;
import java.util.Map;

/** Opens a fresh {@link InMemoryStorage} for the URL {@code memory:} (anything after the colon is ignored). */
public final class InMemoryStorageProvider implements StorageProvider {

    /** Creates the provider (called by {@link java.util.ServiceLoader}). */
    public InMemoryStorageProvider() {
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public boolean accepts(String url) {
        return url.startsWith("memory:");
    }

    @Override
    public Storage open(String url, Map<String, String> properties) {
        return new InMemoryStorage();
    }
}
