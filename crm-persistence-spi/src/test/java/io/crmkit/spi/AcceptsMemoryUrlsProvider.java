package io.crmkit.spi;

import io.crmkit.spi.memory.InMemoryStorage;
import io.crmkit.storage.Storage;
import java.util.Map;

/** A second provider claiming {@code memory:} URLs, registered only by the ambiguity test. */
public final class AcceptsMemoryUrlsProvider implements StorageProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public AcceptsMemoryUrlsProvider() {
    }

    @Override
    public String name() {
        return "also-memory";
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
