package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.ConcurrentUpdateContract;
import io.crmkit.storage.Storage;

/** The {@code ConcurrentUpdateContract} kit on PostgreSQL. */
class PostgresConcurrentUpdateTest extends ConcurrentUpdateContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
