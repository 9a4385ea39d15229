package io.crmkit.spi;

import io.crmkit.storage.Storage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds the one {@link StorageProvider} on the class path that accepts a URL and opens the
 * storage. A convenience over explicit wiring ({@code Crm.builder().storage(...)}): it fails
 * loudly when no provider, or more than one, accepts the URL — it never guesses.
 *
 * <pre>{@code
 * Storage storage = StorageProviders.open(config.getProperty("crm.storage"),   // e.g. jdbc:postgresql://db/crm
 *         Map.of("user", "crm", "password", secret));
 * }</pre>
 */
public final class StorageProviders {
    private StorageProviders() {
    }

    /**
     * Opens the storage at a URL.
     *
     * @param url the storage URL
     * @return the storage
     * @throws StorageProviderException if no provider or several accept the URL
     */
    public static Storage open(String url) {
        return open(url, Map.of());
    }

    /**
     * Opens the storage at a URL with settings.
     *
     * @param url the storage URL
     * @param properties settings for the provider
     * @return the storage
     * @throws StorageProviderException if no provider or several accept the URL
     */
    public static Storage open(String url, Map<String, String> properties) {
        return pick(url, available()).open(url, properties);
    }

    /** @return every provider on the class path */
    public static List<StorageProvider> available() {
        List<StorageProvider> all = new ArrayList<>();
        ServiceLoader.load(StorageProvider.class).forEach(all::add);
        return all;
    }

    /**
     * Picks the one provider of a list that accepts a URL.
     *
     * @param url the storage URL
     * @param providers the candidates
     * @return the provider
     * @throws StorageProviderException if none or several accept the URL
     */
    public static StorageProvider pick(String url, List<StorageProvider> providers) {
        List<StorageProvider> accepting = providers.stream().filter(p -> p.accepts(url)).toList();
        String known = providers.stream().map(StorageProvider::name).collect(Collectors.joining(", ", "[", "]"));
        String shown = url.replaceAll("(?i)(password=)[^&;]*", "$1…");
        if (accepting.isEmpty()) {
            throw new StorageProviderException("no storage provider accepts '" + shown + "'; providers on the class path: "
                    + known + ". Add the adapter's artifact (e.g. crm-persistence-jdbc) or fix the URL.");
        }
        if (accepting.size() > 1) {
            throw new StorageProviderException("several storage providers accept '" + shown + "': "
                    + accepting.stream().map(StorageProvider::name).collect(Collectors.joining(", "))
                    + ". Wire the storage explicitly with Crm.builder().storage(...).");
        }
        return accepting.get(0);
    }
}
