package io.crmkit.spi;

import io.crmkit.storage.Storage;
import java.util.Map;

/**
 * Opens a {@link Storage} from a URL, so a host can choose storage in its configuration.
 * Adapters register an implementation in
 * {@code META-INF/services/io.crmkit.spi.StorageProvider}; {@link StorageProviders} finds it.
 */
public interface StorageProvider {

    /** @return the provider's name, e.g. {@code "memory"} or {@code "jdbc"} */
    String name();

    /**
     * Whether this provider opens the URL.
     *
     * @param url the storage URL, e.g. {@code memory:} or {@code jdbc:postgresql://db/crm}
     * @return {@code true} if it does
     */
    boolean accepts(String url);

    /**
     * Opens the storage.
     *
     * @param url the storage URL
     * @param properties further settings, e.g. {@code user} and {@code password}
     * @return the storage; the caller closes it
     */
    Storage open(String url, Map<String, String> properties);
}
