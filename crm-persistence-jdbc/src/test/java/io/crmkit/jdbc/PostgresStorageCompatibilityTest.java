package io.crmkit.jdbc;

import io.crmkit.kit.BreakableStorage;
import io.crmkit.kit.StorageCompatibilityKit;
import io.crmkit.storage.Storage;
import java.util.Optional;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The whole compatibility kit on PostgreSQL. Without a server, the JUnit tests fail (CI) or are
 * skipped through {@link TestStorages#postgres()}, the jqwik properties through
 * {@link PostgresRequired}.
 */
@AddLifecycleHook(PostgresRequired.class)
class PostgresStorageCompatibilityTest extends StorageCompatibilityKit {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }

    /** The outbox reliability contract's storage: plain connections the test can break. */
    @Override
    protected Optional<BreakableStorage> breakableStorage() {
        BreakableDataSource connections = BreakableDataSource.over(TestStorages.postgres());
        return Optional.of(new BreakableStorage(connections.storage(), connections::breakAll));
    }
}
