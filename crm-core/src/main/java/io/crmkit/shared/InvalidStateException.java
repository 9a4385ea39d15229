package io.crmkit.shared;

/** Thrown when an operation is not allowed in the entity's current state. */
public final class InvalidStateException extends CrmException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which operation, which state, and what would be allowed
     */
    public InvalidStateException(String message) {
        super(message);
    }
}
