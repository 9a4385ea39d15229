package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.TagServiceContract;
import io.crmkit.storage.Storage;

/** The {@code TagServiceContract} kit on PostgreSQL. */
class PostgresTagServiceTest extends TagServiceContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
