package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.InteractionPortsContract;
import io.crmkit.storage.Storage;

/** The {@code InteractionPortsContract} kit on PostgreSQL. */
class PostgresInteractionPortsTest extends InteractionPortsContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
