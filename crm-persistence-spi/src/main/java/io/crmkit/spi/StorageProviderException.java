package io.crmkit.spi;

import io.crmkit.shared.CrmException;

/** Thrown when no storage provider, or more than one, accepts a storage URL. */
public final class StorageProviderException extends CrmException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which URL, and which providers were found
     */
    public StorageProviderException(String message) {
        super(message);
    }
}
