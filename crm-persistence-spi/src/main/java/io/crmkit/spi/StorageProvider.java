package io.crmkit.spi;

import io.crmkit.storage.Storage;
import java.util.Map;

/**
 * Opens a {@link Storage} from a URL, so a host can choose storage in its configuration.
 * Adapters register an implementation in
 * {@code META-INF/services/io.crmkit.spi.StorageProvider}; {@link StorageProviders} finds it.
 *
 * <p>Implementations have a public no-argument constructor and are cheap to create:
 * {@link java.util.ServiceLoader} instantiates every registered provider on each lookup.
 */
public interface StorageProvider {

    /** {@return the provider's name for messages, e.g. {@code "memory"} or {@code "jdbc"}; never blank} */
    String name();

    /**
     * Whether this provider opens the URL. Decided from the URL's form alone (its scheme),
     * without any I/O, so that two providers never both claim a URL by accident.
     *
     * @param url the storage URL, e.g. {@code memory:} or {@code jdbc:postgresql://db/crm}
     * @return {@code true} if it does
     */
    boolean accepts(String url);

    /**
     * Opens the storage.
     *
     * @param url a storage URL this provider {@linkplain #accepts(String) accepts}
     * @param properties further settings, e.g. {@code user} and {@code password}; never {@code null}
     * @return the storage; the caller closes it
     * @throws StorageProviderException if the URL's details or a setting are not acceptable
     * @throws io.crmkit.shared.StorageException if the store cannot be reached
     */
    Storage open(String url, Map<String, String> properties);
}
