package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.ClassificationContract;
import io.crmkit.storage.Storage;

/** The {@code ClassificationContract} kit on PostgreSQL. */
class PostgresClassificationTest extends ClassificationContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
