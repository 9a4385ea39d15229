package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.InteractionServiceContract;
import io.crmkit.storage.Storage;

/** The {@code InteractionServiceContract} kit on PostgreSQL. */
class PostgresInteractionServiceTest extends InteractionServiceContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
