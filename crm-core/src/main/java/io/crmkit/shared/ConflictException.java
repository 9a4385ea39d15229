package io.crmkit.shared;

/**
 * Thrown when a write was based on a version of an entity that is no longer current
 * (optimistic locking), or when an entity with the same identity already exists.
 */
public final class ConflictException extends CrmException {
    private static final long serialVersionUID = 1L;
    private final String entityType;
    private final String entityId;
    private final long expectedVersion;
    private final long actualVersion;

    private ConflictException(String message, String entityType, String entityId, long expected, long actual) {
        super(message);
        this.entityType = entityType;
        this.entityId = entityId;
        this.expectedVersion = expected;
        this.actualVersion = actual;
    }

    /**
     * A write expected one version but found another.
     *
     * @param entityType the kind of entity
     * @param entityId its id
     * @param expected the version the writer based its change on
     * @param actual the version currently stored
     * @return the exception
     */
    public static ConflictException staleVersion(String entityType, String entityId, long expected, long actual) {
        return new ConflictException(entityType + " " + entityId + " was changed by someone else: expected version "
                + expected + " but the current version is " + actual, entityType, entityId, expected, actual);
    }

    /**
     * An insert found the id already taken.
     *
     * @param entityType the kind of entity
     * @param entityId its id
     * @return the exception
     */
    public static ConflictException alreadyExists(String entityType, String entityId) {
        return new ConflictException(entityType + " " + entityId + " already exists", entityType, entityId, 0, 0);
    }

    /** {@return the kind of entity} */
    public String entityType() {
        return entityType;
    }

    /** {@return the id of the entity} */
    public String entityId() {
        return entityId;
    }

    /** {@return the version the writer expected (0 for an id clash on insert)} */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** {@return the version found in storage (0 for an id clash on insert)} */
    public long actualVersion() {
        return actualVersion;
    }
}
