package io.crmkit.spi;

import io.crmkit.storage.Storage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * Finds the one {@link StorageProvider} on the class path that accepts a URL and opens the
 * storage. A convenience over explicit wiring ({@code Crm.builder().storage(...)}): it fails
 * loudly when no provider, or more than one, accepts the URL — it never guesses and never
 * logs and carries on.
 *
 * <pre>{@code
 * Storage storage = StorageProviders.open(config.getProperty("crm.storage"),   // e.g. "memory:" or a JDBC URL
 *         Map.of("user", "crm", "password", secret));
 * }</pre>
 */
public final class StorageProviders {
    // Secrets may sit in a URL as a "password=" parameter or as user:password@ user info;
    // they must not reach an exception message, which ends up in logs.
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]*:)[^/@]*@");

    private StorageProviders() {
    }

    /**
     * Opens the storage at a URL.
     *
     * @param url the storage URL, e.g. {@code memory:}
     * @return the storage; the caller closes it
     * @throws StorageProviderException if no provider or several accept the URL, or the providers cannot be loaded
     */
    public static Storage open(String url) {
        return open(url, Map.of());
    }

    /**
     * Opens the storage at a URL with settings.
     *
     * @param url the storage URL
     * @param properties settings for the provider, e.g. {@code user} and {@code password}
     * @return the storage; the caller closes it
     * @throws StorageProviderException if no provider or several accept the URL, or the providers cannot be loaded
     */
    public static Storage open(String url, Map<String, String> properties) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(properties, "properties");
        return pick(url, available(url)).open(url, Map.copyOf(properties));
    }

    /**
     * Every provider on the class path, in {@link ServiceLoader} order.
     *
     * @return the providers; empty if there are none
     * @throws StorageProviderException if a registered provider cannot be loaded
     */
    public static List<StorageProvider> available() {
        return available("");
    }

    private static List<StorageProvider> available(String url) {
        List<StorageProvider> all = new ArrayList<>();
        try {
            ServiceLoader.load(StorageProvider.class).forEach(all::add);
        } catch (ServiceConfigurationError e) {
            throw StorageProviderException.cannotLoad(mask(url), e);
        }
        return all;
    }

    /**
     * Picks the one provider of a list that accepts a URL. {@link #open(String, Map)} uses it
     * with the providers on the class path; hosts and tests may pass their own list.
     *
     * @param url the storage URL
     * @param providers the candidates
     * @return the provider
     * @throws StorageProviderException if none or several accept the URL
     */
    public static StorageProvider pick(String url, List<StorageProvider> providers) {
        Objects.requireNonNull(url, "url");
        List<StorageProvider> accepting = providers.stream().filter(p -> p.accepts(url)).toList();
        if (accepting.size() == 1) {
            return accepting.get(0);
        }
        List<String> names = providers.stream().map(StorageProvider::name).toList();
        if (accepting.isEmpty()) {
            throw StorageProviderException.noneAccepts(mask(url), names);
        }
        throw StorageProviderException.severalAccept(mask(url), names,
                accepting.stream().map(StorageProvider::name).toList());
    }

    /**
     * A URL with its secrets masked, fit for messages and logs.
     *
     * @param url the URL
     * @return the URL with any password replaced by {@code ***}
     */
    public static String mask(String url) {
        String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(masked).replaceAll("$1***@");
    }
}
