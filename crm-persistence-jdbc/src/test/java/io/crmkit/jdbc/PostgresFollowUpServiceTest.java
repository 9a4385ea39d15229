package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.FollowUpServiceContract;
import io.crmkit.storage.Storage;

/** The {@code FollowUpServiceContract} kit on PostgreSQL. */
class PostgresFollowUpServiceTest extends FollowUpServiceContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
