package io.crmkit.shared;

/** Thrown when an entity that the caller named does not exist in the caller's tenant. */
public final class NotFoundException extends CrmException {
    private static final long serialVersionUID = 1L;
    private final String entityType;
    private final String entityId;

    /**
     * Creates the exception.
     *
     * @param entityType the kind of entity, e.g. {@code "customer"}
     * @param entityId the id that was not found
     */
    public NotFoundException(String entityType, String entityId) {
        super(entityType + " " + entityId + " was not found");
        this.entityType = entityType;
        this.entityId = entityId;
    }

    /** {@return the kind of entity that was looked up, e.g. {@code "customer"}} */
    public String entityType() {
        return entityType;
    }

    /** {@return the id that was not found} */
    public String entityId() {
        return entityId;
    }
}
