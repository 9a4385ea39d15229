package io.crmkit.jdbc;

import io.crmkit.spi.contract.OutboxReliabilityContract;
import io.crmkit.storage.Storage;
import java.util.Optional;

/**
 * The {@code OutboxReliabilityContract} kit on the H2 in-memory database, through plain connections that the
 * test can break.
 */
class H2OutboxReliabilityTest extends OutboxReliabilityContract {
    private static BreakableDataSource dataSource;
    private static JdbcStorage storage;

    private static synchronized JdbcStorage breakable() {
        if (storage == null) {
            dataSource = new BreakableDataSource(TestStorages.h2Memory());
            storage = JdbcStorage.dataSource(dataSource, SchemaMigration.SKIP);
        }
        return storage;
    }

    @Override
    protected Storage storage() {
        return breakable();
    }

    @Override
    protected Optional<Runnable> connectionBreaker() {
        breakable();
        return Optional.of(dataSource::breakAll);
    }
}
