package io.crmkit.shared;

/** Thrown when the acting principal may not perform an operation. */
public final class AccessDeniedException extends CrmException {
    private static final long serialVersionUID = 1L;
    private final String userId;
    private final String operation;

    /**
     * Creates the exception.
     *
     * @param userId the acting user
     * @param operation what was attempted, e.g. {@code "edit customer 5f0c…"}
     * @param reason why it was refused
     */
    public AccessDeniedException(String userId, String operation, String reason) {
        super("user " + userId + " may not " + operation + ": " + reason);
        this.userId = userId;
        this.operation = operation;
    }

    /** {@return the acting user that was refused} */
    public String userId() {
        return userId;
    }

    /** {@return the operation that was refused} */
    public String operation() {
        return operation;
    }
}
