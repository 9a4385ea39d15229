package io.crmkit.shared;

/**
 * Thrown by a storage adapter when the underlying store failed (connection lost, constraint
 * violated unexpectedly, disk full). Adapters translate their own exceptions into this one so
 * that no driver type crosses a port.
 */
public final class StorageException extends CrmException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what the adapter was doing
     * @param cause the store's own failure
     */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates the exception without an underlying cause.
     *
     * @param message what went wrong
     */
    public StorageException(String message) {
        super(message);
    }
}
