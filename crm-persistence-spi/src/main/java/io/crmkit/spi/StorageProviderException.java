package io.crmkit.spi;

import io.crmkit.shared.CrmException;
import java.util.List;

/**
 * Thrown when a storage URL cannot be opened by exactly one provider: none accepts it, more
 * than one does, the providers on the class path cannot be loaded, or the one that accepts it
 * refuses the URL's details. Carries the URL (with secrets masked) and the provider names so a
 * host can report what it found.
 */
public final class StorageProviderException extends CrmException {
    private static final long serialVersionUID = 1L;
    private final String url;
    private final transient List<String> available;
    private final transient List<String> accepting;

    private StorageProviderException(String message, String url, List<String> available, List<String> accepting,
                                     Throwable cause) {
        super(message, cause);
        this.url = url;
        this.available = List.copyOf(available);
        this.accepting = List.copyOf(accepting);
    }

    /**
     * No provider accepts the URL.
     *
     * @param url the URL, secrets masked
     * @param available the names of every provider on the class path
     * @return the exception
     */
    public static StorageProviderException noneAccepts(String url, List<String> available) {
        return new StorageProviderException("no storage provider accepts '" + url + "'; providers on the class path: "
                + available + ". Add the adapter's artifact to the class path or fix the URL.",
                url, available, List.of(), null);
    }

    /**
     * More than one provider accepts the URL.
     *
     * @param url the URL, secrets masked
     * @param available the names of every provider on the class path
     * @param accepting the names of those that accept the URL
     * @return the exception
     */
    public static StorageProviderException severalAccept(String url, List<String> available, List<String> accepting) {
        return new StorageProviderException("several storage providers accept '" + url + "': " + accepting
                + ". Remove one from the class path or wire the storage explicitly with Crm.builder().storage(...).",
                url, available, accepting, null);
    }

    /**
     * The providers on the class path could not be loaded (a broken
     * {@code META-INF/services} entry, or a provider whose constructor failed).
     *
     * @param url the URL, secrets masked; empty if the providers were only listed
     * @param cause the loading failure
     * @return the exception
     */
    public static StorageProviderException cannotLoad(String url, Throwable cause) {
        String target = url.isEmpty() ? "" : " to open '" + url + "'";
        return new StorageProviderException("cannot load the storage providers" + target + ": " + cause.getMessage(),
                url, List.of(), List.of(), cause);
    }

    /**
     * The provider that accepts the URL refuses what it says (a malformed name, an unknown
     * setting).
     *
     * @param url the URL, secrets masked
     * @param provider the provider's name
     * @param reason what is wrong, and what would be accepted
     * @return the exception
     */
    public static StorageProviderException refused(String url, String provider, String reason) {
        return new StorageProviderException("storage provider '" + provider + "' cannot open '" + url + "': " + reason,
                url, List.of(provider), List.of(provider), null);
    }

    /** {@return the URL that was asked for, with passwords masked} */
    public String url() {
        return url;
    }

    /** {@return the names of the providers found on the class path, in loading order; empty if unknown} */
    public List<String> available() {
        return available;
    }

    /** {@return the names of the providers that accepted the URL; empty if none did} */
    public List<String> accepting() {
        return accepting;
    }
}
