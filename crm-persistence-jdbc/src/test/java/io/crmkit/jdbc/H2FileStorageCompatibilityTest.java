package io.crmkit.jdbc;

import io.crmkit.kit.BreakableStorage;
import io.crmkit.kit.StorageCompatibilityKit;
import io.crmkit.storage.Storage;
import java.util.Optional;

/** The whole compatibility kit on the H2 file database. */
class H2FileStorageCompatibilityTest extends StorageCompatibilityKit {
    @Override
    protected Storage storage() {
        return TestStorages.h2File().storage();
    }

    /** The outbox reliability contract's storage: plain connections the test can break. */
    @Override
    protected Optional<BreakableStorage> breakableStorage() {
        BreakableDataSource connections = BreakableDataSource.over(TestStorages.h2File());
        return Optional.of(new BreakableStorage(connections.storage(), connections::breakAll));
    }
}
