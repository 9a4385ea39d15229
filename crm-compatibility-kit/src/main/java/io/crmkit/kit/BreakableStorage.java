package io.crmkit.kit;

import io.crmkit.storage.Storage;
import java.util.Objects;

/**
 * A storage on database connections a test can break, for
 * {@link StorageCompatibilityKit#breakableStorage()}: the outbox reliability contract runs on it
 * and calls the breaker to lose the connections in use mid-batch, as a database restart or a
 * network failure would.
 *
 * @param storage the storage on the breakable connections (its schema ready); the kit never closes it
 * @param breaker breaks the connections in use and the next one the storage takes
 */
public record BreakableStorage(Storage storage, Runnable breaker) {

    /**
     * Checks the parts.
     *
     * @param storage the storage on the breakable connections
     * @param breaker breaks the connections
     */
    public BreakableStorage {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(breaker, "breaker");
    }
}
