package io.crmkit.jdbc;

import io.crmkit.spi.contract.service.TimelineContract;
import io.crmkit.storage.Storage;

/** The {@code TimelineContract} kit on PostgreSQL. */
class PostgresTimelineTest extends TimelineContract {
    @Override
    protected Storage storage() {
        return TestStorages.postgres().storage();
    }
}
